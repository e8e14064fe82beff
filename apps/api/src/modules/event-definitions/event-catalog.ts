import type { ExtensionType } from '@devops/contracts/extensions';

export interface EventDefinitionEntry {
  id: number;
  type: string;
  name: string;
  description: string;
  category: 'background' | 'interactive' | 'scheduled';
  group: { id: string; label: string };
  extension_type: ExtensionType | 'multiaccount+products';
  object_statuses: string[];
}

const REQUEST_STATUSES = ['draft', 'tiers_setup', 'pending', 'inquiring', 'approved', 'failed', 'scheduled', 'revoking', 'revoked'];
const TIER_CONFIG_STATUSES = ['draft', 'pending', 'inquiring', 'approved', 'failed'];
const subscription = { id: 'subscription', label: 'Subscription' };
const tierConfig = { id: 'tier_config', label: 'Tier Configuration' };

const requestKinds = [
  ['purchase', 'Purchase Request'],
  ['change', 'Change Request'],
  ['suspend', 'Suspend Request'],
  ['resume', 'Resume Request'],
  ['cancel', 'Cancel Request'],
  ['adjustment', 'Adjustment Request'],
] as const;
const tierKinds = [
  ['setup', 'Setup Request'],
  ['change', 'Change Request'],
  ['adjustment', 'Adjustment Request'],
] as const;

let nextId = 1;
const entry = (fields: Omit<EventDefinitionEntry, 'id'>): EventDefinitionEntry => ({ id: nextId++, ...fields });

/** The platform events an extension can subscribe to (GET /devops/event-definitions). */
export const EVENT_CATALOG: readonly EventDefinitionEntry[] = [
  ...requestKinds.flatMap(([kind, label]) => [
    entry({ type: `asset_${kind}_request_processing`, name: label, description: `Process subscription ${label.toLowerCase()}s`, category: 'background', group: subscription, extension_type: 'products', object_statuses: REQUEST_STATUSES }),
    entry({ type: `asset_${kind}_request_validation`, name: `${label} Validation`, description: `Validate subscription ${label.toLowerCase()}s while they are drafted`, category: 'interactive', group: subscription, extension_type: 'products', object_statuses: ['draft'] }),
  ]),
  ...tierKinds.flatMap(([kind, label]) => [
    entry({ type: `tier_config_${kind}_request_processing`, name: `Tier ${label}`, description: `Process tier configuration ${label.toLowerCase()}s`, category: 'background', group: tierConfig, extension_type: 'products', object_statuses: TIER_CONFIG_STATUSES }),
    entry({ type: `tier_config_${kind}_request_validation`, name: `Tier ${label} Validation`, description: `Validate tier configuration ${label.toLowerCase()}s`, category: 'interactive', group: tierConfig, extension_type: 'products', object_statuses: ['draft'] }),
  ]),
  entry({ type: 'product_custom_event_processing', name: 'Custom Event', description: 'Receive external events posted to the environment with its JWT secret', category: 'interactive', group: { id: 'product', label: 'Product' }, extension_type: 'products', object_statuses: [] }),
  entry({ type: 'product_action_execution', name: 'Product Action', description: 'Run an action a product exposes to its customers', category: 'interactive', group: { id: 'product', label: 'Product' }, extension_type: 'products', object_statuses: [] }),
  entry({ type: 'listing_new_request_processing', name: 'New Listing Request', description: 'Process requests to list a product in a marketplace', category: 'background', group: { id: 'listing', label: 'Listing' }, extension_type: 'products', object_statuses: ['draft', 'reviewing', 'deploying', 'completed', 'canceled'] }),
  entry({ type: 'usage_file_request_processing', name: 'Usage File', description: 'Process usage files uploaded for a product', category: 'background', group: { id: 'usage', label: 'Usage' }, extension_type: 'products', object_statuses: ['draft', 'uploading', 'uploaded', 'invalid', 'processing', 'ready', 'rejected', 'pending', 'accepted', 'closed'] }),
  entry({ type: 'installation_status_change', name: 'Installation Status Change', description: 'React when a partner installs or uninstalls the extension', category: 'background', group: { id: 'installation', label: 'Installation' }, extension_type: 'multiaccount', object_statuses: ['installed', 'uninstalled'] }),
];
