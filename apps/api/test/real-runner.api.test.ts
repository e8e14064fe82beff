import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { repoRoot } from '../src/config/config.ts';
import { startChangeFeed } from '../src/lib/change-feed.ts';
import { createApiKeyAuthenticator } from '../src/modules/auth/authenticate.ts';
import { issueApiKey } from '../src/modules/api-keys/api-keys.service.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, type TestAccount } from './builders.ts';

// The real runner CLI (packages/runner) running the sample extension against the real server.
let t: TestApp;
let baseUrl: string;
let vendor: TestAccount;
let runner: ChildProcess | null = null;
const runnerLog: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.listen();
  vendor = await createAccount(t.prisma);
});
afterAll(async () => {
  runner?.kill('SIGKILL');
  await t.close();
});

function startRunner(environmentId: string, apiKey: string): ChildProcess {
  const child = spawn(
    process.execPath,
    ['packages/runner/bin/devops-runner.mjs', '--environment', environmentId, '--api-key', apiKey, '--server', baseUrl, 'packages/sample-extension'],
    { cwd: repoRoot, env: { ...process.env, SHUTDOWN_GRACE_SECONDS: '2', INSTANCE_ID: 'INS-real-runner' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.stderr!.on('data', (chunk: Buffer) => runnerLog.push(...chunk.toString().split('\n').filter(Boolean)));
  return child;
}
const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/public/v1/devops/services${url ? `/${url}` : ''}`, headers: { authorization: vendor.apiKey }, ...(payload && { payload }) });
const logCount = (text: string) => runnerLog.filter((line) => line.includes(text)).length;

describe('the sample extension run by the runner CLI', () => {
  it('connects, declares, serves its custom API, follows configuration, survives a server restart, and stops', async () => {
    const extension = (await api('POST', '', { name: 'Real runner', type: 'products', products: [{ id: vendor.productIds[0] }] })).json();
    const ext = { id: extension.id as string, dev: extension.environments.development.id as string };
    const { key } = await issueApiKey(t.prisma, { accountId: vendor.accountId, name: 'runner', role: 'developer', environmentId: ext.dev });
    runner = startRunner(ext.dev, key);

    const environment = async () => (await api('GET', `${ext.id}/environments/${ext.dev}`)).json();
    await expect.poll(async () => (await environment()).status, { timeout: 20_000, interval: 200 }).toBe('connected');
    const connected = await environment();
    expect(connected.instances).toMatchObject([{ runner_instance_id: 'INS-real-runner', status: 'connected' }]);
    expect(connected.runner.event_subscriptions).toHaveProperty('asset_purchase_request_processing');
    expect(connected.features.event_processing_available).toBe(true);
    const variables = (await api('GET', `${ext.id}/environments/${ext.dev}/variables`)).json();
    expect(variables).toMatchObject([
      { name: 'API_TOKEN', secure: true, value: null },
      { name: 'TEMPLATE_ID', secure: false, value: 'TL-000-000-000' },
    ]);

    // Its custom API methods were read from the runner's OpenAPI description when it connected.
    await expect.poll(async () => (await environment()).features.custom_api_available, { timeout: 10_000 }).toBe(true);
    expect((await environment()).runner.custom_api_methods).toEqual([
      { method: 'GET', path: '/hello', summary: 'Say hello' },
      { method: 'POST', path: '/echo', summary: 'Echo a JSON body' },
    ]);

    const hello = await api('GET', `${ext.id}/environments/${ext.dev}/api/hello?name=Ada`);
    expect(hello.statusCode).toBe(200);
    expect(hello.json()).toEqual({ message: 'Hello from DevOps Sample Extension, Ada', environment: ext.dev });

    // A variable change and a log level change reach the running runner.
    const before = logCount('configuration received');
    const template = variables.find((variable: { name: string }) => variable.name === 'TEMPLATE_ID');
    await api('PUT', `${ext.id}/environments/${ext.dev}/variables/${template.id}`, { value: 'TL-111-222-333' });
    await expect.poll(() => logCount('configuration received'), { timeout: 10_000 }).toBeGreaterThan(before);
    await api('POST', `${ext.id}/environments/${ext.dev}/logs/set-level/DEBUG`);
    await expect.poll(() => logCount('log level DEBUG'), { timeout: 10_000 }).toBeGreaterThan(0);

    // The server goes away and comes back on the same port: the runner reconnects by itself.
    const port = Number(new URL(baseUrl).port);
    await t.app.close();
    await expect.poll(async () => (await t.prisma.environment.findUniqueOrThrow({ where: { id: ext.dev } })).status, { timeout: 10_000 }).toBe('disconnected');
    const changeFeed = await startChangeFeed(t.databaseUrl, console);
    const restarted = await buildApp({ config: t.config, prisma: t.prisma, secrets: t.secrets, apiKeys: createApiKeyAuthenticator(t.prisma), changeFeed, pageCache: null });
    await restarted.listen({ port, host: '127.0.0.1' });
    try {
      await expect.poll(async () => (await t.prisma.environment.findUniqueOrThrow({ where: { id: ext.dev } })).status, { timeout: 60_000, interval: 250 }).toBe('connected');

      // Stopping tells the runner to shut down: the process exits and does not come back.
      const exited = new Promise<number | null>((resolve) => runner!.once('exit', (code) => resolve(code)));
      const stop = await restarted.inject({ method: 'POST', url: `/public/v1/devops/services/${ext.id}/environments/${ext.dev}/stop`, headers: { authorization: vendor.apiKey } });
      expect(stop.json().status).toBe('stopped');
      expect(await exited).toBe(0);
      runner = null;
      expect(logCount('asked this runner to shut down')).toBeGreaterThan(0);
      expect((await t.prisma.environment.findUniqueOrThrow({ where: { id: ext.dev } })).status).toBe('stopped');
    } finally {
      await restarted.close();
      await changeFeed.close();
    }
  }, 120_000);
});
