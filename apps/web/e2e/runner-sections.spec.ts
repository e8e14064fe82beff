import type { SetupRequest } from '@devops/contracts/runner-protocol';
import { createExtensionViaApi } from './api-helpers.ts';
import { expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';
import { RunnerSocket } from './runner-socket.ts';

/** What Connect's runner declares (see apps/api's connect-runner-captures), with a UI module and a Connect API path. */
const SETUP_REQUEST: SetupRequest = {
  event_subscriptions: {
    product_action_execution: [],
    asset_purchase_request_processing: ['pending'],
    asset_purchase_request_validation: [],
  },
  ui_modules: { settings: { label: 'Settings', url: '/static/settings.html' } },
  icon: null,
  variables: [{ name: 'X', initial_value: '1', secure: false }],
  schedulables: [],
  anvil_callables: null,
  transformations: null,
  audience: ['vendor'],
  repository: { readme_url: 'https://example.org/README.md', changelog_url: 'https://example.org/CHANGELOG.md' },
  runner_version: '42.0',
  proxied_connect_api: ['/public/v1/marketplaces'],
  model_type: 'setup_request',
};

// The environments are polled every 5 s: give the page a couple of rounds to show a runner's change.
const LIVE = { timeout: 15_000 };

test('a runner key from Local Access connects a runner; its declaration and status show live', async ({ page }) => {
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name: uniqueName('Runner'), type: 'multiaccount' });
  const environmentId = extension.environments.development.id;

  await page.goto(`/extensions/${extension.id}`);
  const panel = page.getByRole('tabpanel', { name: 'Development' });
  const environment = panel.getByRole('region', { name: 'Environment', exact: true });
  const instances = environment.getByRole('table', { name: 'Development runner instances' });
  const permissions = panel.getByRole('region', { name: 'Permissions' });
  const uiComponents = panel.getByRole('region', { name: 'UI Components' });
  const events = panel.getByRole('region', { name: 'Subscribed System Events' });
  const features = panel.getByRole('region', { name: 'Extension Features' });

  // Before any runner: the sections say so; the command carries a placeholder key.
  for (const section of [permissions, uiComponents, events, features]) {
    await expect(section.getByText('No runner has connected yet')).toBeVisible();
  }
  const localAccess = panel.getByRole('region', { name: 'Local Access' });
  await expect(localAccess.getByText(environmentId, { exact: true })).toBeVisible();
  await expect(localAccess.getByRole('button', { name: 'Copy environment ID' })).toBeVisible();
  const placeholderCommand = localAccess.getByRole('figure', { name: 'Runner command', exact: true });
  await expect(placeholderCommand).toContainText(`pnpm runner --environment ${environmentId} --api-key "ApiKey SU-…:…"`);

  // The runner key is created for this environment and shown once, inside the command.
  await localAccess.getByRole('button', { name: 'Create API key for this environment' }).click();
  await expect(localAccess.getByText("the API key in it won't be shown again")).toBeVisible();
  const keyCommand = localAccess.getByRole('figure', { name: 'Runner command with your new API key' });
  const command = (await keyCommand.locator('code').textContent()) ?? '';
  expect(command).toContain(`--environment ${environmentId}`);
  expect(command).toContain(`--server ${new URL(page.url()).origin}`);
  const apiKey = /--api-key "([^"]+)"/.exec(command)?.[1] ?? '';
  expect(apiKey).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:.{20,}$/);
  await localAccess.getByRole('button', { name: 'Done' }).click();
  await expect(placeholderCommand).toBeVisible();
  await expect(localAccess.getByText(apiKey.split(':')[1] ?? apiKey)).toHaveCount(0);

  // Act as the runner: the real gateway, at the socket level.
  const runner = await RunnerSocket.connect({ environmentId, instanceId: 'INS-e2e-1', apiKey });
  try {
    runner.send('setup_request', SETUP_REQUEST);
    const response = await runner.waitFor('setup_response');
    expect(response.data).toMatchObject({ environment_type: 'development', variables: [{ name: 'X', value: '1', secure: false }] });

    await expect(environment.getByRole('definition').filter({ hasText: /^Connected$/ })).toBeVisible(LIVE);
    await expect(instances.getByRole('row', { name: /INS-.*Connected.*42\.0/ })).toBeVisible();
    await expect(environment.getByRole('link', { name: 'Readme' })).toHaveAttribute('href', 'https://example.org/README.md');

    const purchase = events.getByRole('row').filter({ hasText: 'asset_purchase_request_processing' });
    await expect(purchase.getByRole('rowheader')).toContainText('Purchase Request');
    await expect(purchase.getByRole('cell', { name: 'Yes' })).toBeVisible();
    await expect(purchase.getByRole('list', { name: 'Statuses handled for Purchase Request' })).toHaveText('pending');
    const change = events.getByRole('row').filter({ hasText: 'asset_change_request_processing' });
    await expect(change.getByRole('cell', { name: 'No' })).toBeVisible();
    // Handled events come first; the toggle leaves only them.
    await expect(events.getByRole('row').nth(1)).toContainText('Yes');
    await expect(events.getByText(/^3 of \d+ event types handled$/)).toBeVisible();
    await events.getByLabel('Handled only').check();
    await expect(events.getByRole('row')).toHaveCount(4);

    const eventProcessing = features.getByRole('listitem').filter({ hasText: 'Event processing' });
    await expect(eventProcessing).toContainText('Enabled');
    await expect(features.getByRole('listitem').filter({ hasText: 'Custom API methods' })).toContainText('Disabled');

    await expect(uiComponents.getByRole('row', { name: /Settings\s+settings\s+\/static\/settings\.html/ })).toBeVisible();
    await expect(permissions.getByRole('cell', { name: '/public/v1/marketplaces' })).toBeVisible();
  } finally {
    await runner.close();
  }

  // The runner went away: Disconnected, and the sections keep what it declared last.
  await expect(environment.getByRole('definition').filter({ hasText: /^Disconnected$/ })).toBeVisible(LIVE);
  await expect(instances.getByRole('row', { name: /Disconnected/ })).toBeVisible();
  await expect(permissions.getByRole('cell', { name: '/public/v1/marketplaces' })).toBeVisible();
});
