import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtensionViaApi } from './api-helpers.ts';
import { expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// The environments are polled every 5 s; a runner process also needs a few seconds to load the extension.
const LIVE = { timeout: 30_000 };

/** The options of the command Local Access shows (`pnpm runner --environment … --api-key "…" --server … ./path`). */
function parseRunnerCommand(command: string) {
  const words = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
  expect(words.slice(0, 2)).toEqual(['pnpm', 'runner']);
  const { values, positionals } = parseArgs({
    args: words.slice(2),
    allowPositionals: true,
    options: { environment: { type: 'string' }, 'api-key': { type: 'string' }, server: { type: 'string' } },
  });
  expect(positionals).toHaveLength(1);
  return { environment: values.environment ?? '', apiKey: values['api-key'] ?? '', server: values.server ?? '', extensionPath: positionals[0] ?? '' };
}

/** Runs the runner CLI as the command would (the root `runner` script is `node packages/runner/bin/devops-runner.mjs`). */
function startRunner(options: ReturnType<typeof parseRunnerCommand>, log: string[]): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'packages/runner/bin/devops-runner.mjs'),
      '--environment',
      options.environment,
      '--api-key',
      options.apiKey,
      '--server',
      options.server,
      path.resolve(repoRoot, options.extensionPath),
    ],
    { cwd: repoRoot, env: { ...process.env, SHUTDOWN_GRACE_SECONDS: '2' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  return child;
}

test('a real runner started with the command from Local Access connects, serves its custom API and stops', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name: uniqueName('Real runner'), type: 'multiaccount' });
  const environmentId = extension.environments.development.id;

  await page.goto(`/extensions/${extension.id}`);
  const panel = page.getByRole('tabpanel', { name: 'Development' });
  const environment = panel.getByRole('region', { name: 'Environment', exact: true });
  const customApi = panel.getByRole('region', { name: 'Custom API Methods' });
  await expect(customApi.getByText('No runner is connected — start one to see its API')).toBeVisible();

  const localAccess = panel.getByRole('region', { name: 'Local Access' });
  await localAccess.getByRole('button', { name: 'Create API key for this environment' }).click();
  const command = (await localAccess.getByRole('figure', { name: 'Runner command with your new API key' }).locator('code').textContent()) ?? '';
  const options = parseRunnerCommand(command);
  expect(options).toMatchObject({ environment: environmentId, server: new URL(page.url()).origin, extensionPath: './packages/sample-extension' });

  const runnerLog: string[] = [];
  const runner = startRunner(options, runnerLog);
  try {
    await expect(environment.getByRole('definition').filter({ hasText: /^Connected$/ })).toBeVisible(LIVE);
    const instances = environment.getByRole('table', { name: 'Development runner instances' });
    await expect(instances.getByRole('row', { name: /INS-.*Connected/ })).toBeVisible();

    const events = panel.getByRole('region', { name: 'Subscribed System Events' });
    const purchase = events.getByRole('row').filter({ hasText: 'asset_purchase_request_processing' });
    await expect(purchase.getByRole('rowheader')).toContainText('Purchase Request');
    await expect(purchase.getByRole('cell', { name: 'Yes' })).toBeVisible();
    const uiComponents = panel.getByRole('region', { name: 'UI Components' });
    await expect(uiComponents.getByRole('row', { name: /Settings\s+settings\s+\/static\/settings\.html/ })).toBeVisible();

    // The methods the runner describes, each with its full endpoint.
    const hello = customApi.getByRole('row', { name: /GET\s+\/hello/ });
    const echo = customApi.getByRole('row', { name: /POST\s+\/echo/ });
    await expect(hello).toContainText('Say hello');
    await expect(echo).toContainText('Echo a JSON body');
    const origin = new URL(page.url()).origin;
    await expect(hello.getByText(`${origin}/public/v1/devops/services/${extension.id}/environments/${environmentId}/api/hello`)).toBeVisible();
    const features = panel.getByRole('region', { name: 'Extension Features' });
    await expect(features.getByRole('listitem').filter({ hasText: 'Custom API methods' })).toContainText('Enabled');

    await hello.getByRole('button', { name: 'Try it' }).click();
    const tryHello = page.getByRole('dialog', { name: 'Try GET /hello' });
    await expect(tryHello.getByLabel('JSON body')).toHaveCount(0);
    await tryHello.getByLabel('Query string').fill('name=Ada');
    await tryHello.getByRole('button', { name: 'Send' }).click();
    const helloResponse = tryHello.getByRole('region', { name: 'Response' });
    await expect(helloResponse.getByRole('definition').first()).toHaveText(/^200\b/);
    await expect(helloResponse.getByRole('definition').nth(1)).toHaveText(/^\d+ ms$/);
    await expect(helloResponse.getByRole('figure', { name: 'Response body' })).toContainText('"message": "Hello from DevOps Sample Extension, Ada"');
    await helloResponse.getByText(/^Response headers \(\d+\)$/).click();
    await expect(helloResponse.getByRole('row', { name: /content-type\s+application\/json/ })).toBeVisible();
    await tryHello.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(tryHello).toBeHidden();

    await echo.getByRole('button', { name: 'Try it' }).click();
    const tryEcho = page.getByRole('dialog', { name: 'Try POST /echo' });
    // The body is checked before anything is sent.
    await tryEcho.getByLabel('JSON body').fill('{a:1}');
    await tryEcho.getByRole('button', { name: 'Send' }).click();
    await expect(tryEcho.getByText(/^The body is not valid JSON/)).toBeVisible();
    await expect(tryEcho.getByRole('region', { name: 'Response' })).toHaveCount(0);
    await tryEcho.getByLabel('JSON body').fill('{"a":1}');
    await tryEcho.getByRole('button', { name: 'Send' }).click();
    const echoResponse = tryEcho.getByRole('region', { name: 'Response' });
    await expect(echoResponse.getByRole('definition').first()).toHaveText(/^200\b/);
    await expect(echoResponse.getByRole('figure', { name: 'Response body' }).locator('code')).toHaveText('{\n  "a": 1\n}');
    await tryEcho.getByRole('button', { name: 'Close', exact: true }).click();

    // Stopping tells the runner to shut down: it exits cleanly and the API is gone with it.
    await environment.getByRole('button', { name: 'Stop' }).click();
    const confirm = page.getByRole('dialog', { name: 'Stop the Development environment?' });
    await confirm.getByRole('button', { name: 'Stop' }).click();
    await expect(confirm).toBeHidden();
    await expect(environment.getByRole('definition').filter({ hasText: /^Stopped$/ })).toBeVisible();
    await expect.poll(() => runner.exitCode, { timeout: 15_000 }).toBe(0);
    await expect(customApi.getByText('No runner is connected — start one to see its API')).toBeVisible();
  } finally {
    if (runner.exitCode === null && runner.signalCode === null) runner.kill('SIGKILL');
    await testInfo.attach('runner-stderr', { body: runnerLog.join(''), contentType: 'text/plain' });
  }
});
