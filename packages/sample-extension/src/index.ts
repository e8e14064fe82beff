import { fileURLToPath } from 'node:url';
import { defineExtension } from '@devops/runner';
import { EXTENSION_NAME, routes } from './api.ts';
import { processCustomEvent, processPurchaseRequest, validatePurchaseRequest } from './events.ts';
import { refreshCache, syncCatalog } from './schedules.ts';

/** The sample extension: what `devops-runner packages/sample-extension` runs. */
export default defineExtension({
  name: EXTENSION_NAME,
  description: 'Approves purchase requests, validates drafts, echoes custom events and serves a small API.',
  version: '0.1.0',
  variables: [
    { name: 'TEMPLATE_ID', initialValue: 'TL-000-000-000', secure: false },
    { name: 'API_TOKEN', initialValue: 'changeme', secure: true },
  ],
  events: {
    asset_purchase_request_processing: { category: 'background', statuses: ['pending'], handler: processPurchaseRequest },
    asset_purchase_request_validation: { category: 'interactive', handler: validatePurchaseRequest },
    product_custom_event_processing: { category: 'interactive', handler: processCustomEvent },
  },
  schedulables: [
    { method: 'refresh_cache', name: 'Refresh cache', description: 'Reloads cached vendor data.', handler: refreshCache },
    { method: 'sync_catalog', name: 'Sync catalog', description: 'Synchronises the product catalog with the vendor.', handler: syncCatalog },
  ],
  ui: { modules: { settings: { label: 'Settings', url: '/static/settings.html' } } },
  api: { routes, staticRoot: fileURLToPath(new URL('../static/', import.meta.url)) },
  proxiedConnectApi: ['/public/v1/marketplaces'],
  audience: ['vendor'],
});
