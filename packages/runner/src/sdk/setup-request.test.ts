import { readFileSync } from 'node:fs';
import { RunnerMessage, SetupRequest } from '@devops/contracts/runner-protocol';
import { describe, expect, it } from 'vitest';
import { buildSetupRequestMessage } from '../protocol/messages.ts';
import { readCapture } from '../test-support/captures.ts';
import { RUNNER_VERSION } from '../version.ts';
import { defineExtension } from './define-extension.ts';
import { success } from './results.ts';
import { buildSetupRequest } from './setup-request.ts';

/** The extension Connect's runner was probed with when 03-runner-setup_request.json was captured. */
const probeExtension = defineExtension({
  variables: [{ name: 'X', initialValue: '1', secure: false }],
  events: {
    product_action_execution: { category: 'interactive', handler: () => success() },
    asset_purchase_request_processing: { category: 'background', statuses: ['pending'], handler: () => success() },
    asset_purchase_request_validation: { category: 'interactive', handler: () => success() },
  },
  audience: ['vendor'],
  repository: { readmeUrl: 'https://example.org/README.md', changelogUrl: 'https://example.org/CHANGELOG.md' },
});

describe('buildSetupRequest', () => {
  it('reproduces the captured setup_request of Connect’s runner, key order included', () => {
    const captured = readCapture('03-runner-setup_request.json');
    const message = buildSetupRequestMessage(buildSetupRequest(probeExtension, '42.0'));

    expect(message).toEqual(captured);
    expect(JSON.stringify(message)).toBe(JSON.stringify(captured));
  });

  it('sends every field of a bare extension, null when unset', () => {
    const data = buildSetupRequest(defineExtension({}), RUNNER_VERSION);

    expect(Object.keys(data)).toEqual(Object.keys(readCapture('03-runner-setup_request.json').data));
    expect(data).toEqual({
      event_subscriptions: {},
      ui_modules: null,
      icon: null,
      variables: [],
      schedulables: [],
      anvil_callables: null,
      transformations: null,
      audience: null,
      repository: { readme_url: null, changelog_url: null },
      runner_version: RUNNER_VERSION,
      proxied_connect_api: null,
      model_type: 'setup_request',
    });
  });

  it('declares schedulables, UI modules, secure variables and the proxied API', () => {
    const extension = defineExtension({
      icon: '/static/icon.png',
      variables: [{ name: 'API_TOKEN', initialValue: 'changeme', secure: true }, { name: 'EMPTY' }],
      schedulables: [{ method: 'refresh_cache', name: 'Refresh cache', description: 'Reloads it', handler: () => success() }],
      ui: { modules: { settings: { label: 'Settings', url: '/static/settings.html' } } },
      proxiedConnectApi: ['/public/v1/marketplaces'],
    });
    const data = buildSetupRequest(extension, '1.0');

    expect(data.variables).toEqual([
      { name: 'API_TOKEN', initial_value: 'changeme', secure: true },
      { name: 'EMPTY', initial_value: null, secure: false },
    ]);
    expect(data.schedulables).toEqual([{ method: 'refresh_cache', name: 'Refresh cache', description: 'Reloads it' }]);
    expect(data.ui_modules).toEqual({ settings: { label: 'Settings', url: '/static/settings.html' } });
    expect(data.icon).toBe('/static/icon.png');
    expect(data.proxied_connect_api).toEqual(['/public/v1/marketplaces']);
    // What the gateway validates every incoming message with.
    expect(SetupRequest.safeParse(data).success).toBe(true);
    expect(RunnerMessage.safeParse(buildSetupRequestMessage(data)).success).toBe(true);
  });

  it('splits capabilities like Connect’s runner when web tasks have their own /webapp socket', () => {
    const extension = defineExtension({
      events: { asset_purchase_request_processing: { category: 'background', statuses: ['pending'], handler: () => success() } },
      ui: { modules: { settings: { label: 'Settings', url: '/static/settings.html' } } },
    });

    const events = buildSetupRequest(extension, '1.0', 'events');
    const webapp = buildSetupRequest(extension, '1.0', 'webapp');

    expect(events.event_subscriptions).toEqual({ asset_purchase_request_processing: ['pending'] });
    expect(events.ui_modules).toBeNull();
    expect(webapp.event_subscriptions).toBeNull();
    expect(webapp.schedulables).toBeNull();
    expect(webapp.ui_modules).toEqual({ settings: { label: 'Settings', url: '/static/settings.html' } });
  });

  it('reports the package version as runner_version', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(RUNNER_VERSION).toBe(manifest.version);
  });
});
