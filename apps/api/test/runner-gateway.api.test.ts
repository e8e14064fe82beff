import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, createExtensionViaApi, type TestAccount } from './builders.ts';
import { capture, connectRunner } from './runner-client.ts';

let t: TestApp;
let baseUrl: string;
let vendor: TestAccount;

beforeAll(async () => {
  t = await createTestApp({}, { gatewayLimits: { setupTimeoutMs: 500, pingIntervalMs: 60_000, idleTimeoutMs: 180_000, maxMessagesPerSecond: 50, shutdownGraceMs: 300 }, customApiTimeoutMs: 300 });
  baseUrl = await t.listen();
  vendor = await createAccount(t.prisma);
});
afterAll(() => t.close());

const newExtension = () => createExtensionViaApi(t.app, vendor, { name: 'Runner test', type: 'products', products: [{ id: vendor.productIds[0] }] });
const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/public/v1/devops/services/${url}`, headers: { authorization: vendor.apiKey }, ...(payload && { payload }) });
const statusOf = async (environmentId: string) => (await t.prisma.environment.findUniqueOrThrow({ where: { id: environmentId } })).status;

describe('the setup handshake, replaying Connect runner traffic', () => {
  it("answers the captured setup_request, creating the declared variables, and marks the environment connected", async () => {
    const ext = await newExtension();
    const runner = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey });
    // Connect's runner pings first and waits for the pong.
    await new Promise<void>((resolve) => {
      runner.socket.once('pong', () => resolve());
      runner.socket.ping();
    });
    runner.send(capture('03-runner-setup_request.json'));
    const response = await runner.next('setup_response');
    expect(response.version).toBe(2);
    const data = response.data as Record<string, any>;
    expect(data.model_type).toBe('setup_response');
    expect(data.variables).toEqual([{ name: 'X', value: '1', secure: false }]);
    expect(data.environment_type).toBe('development');
    expect(data.environment_runtime).toBe('local');
    expect(data.logging).toMatchObject({ log_level: 'INFO', meta: { account_id: vendor.accountId, service_id: ext.id, products: [vendor.productIds[0]] } });
    expect(data.event_definitions).toContainEqual({
      event_type: 'asset_purchase_request_processing',
      api_resource_endpoint: 'requests/{pk}',
      api_collection_endpoint: 'requests',
      api_collection_filter: 'and(eq(id,${_object_id_}),in(status,${_statuses_}))',
    });

    expect(await statusOf(ext.dev)).toBe('connected');
    const environment = (await api('GET', `${ext.id}/environments/${ext.dev}`)).json();
    expect(environment.instances).toMatchObject([{ runner_instance_id: 'INS-test-0001', status: 'connected', runner_version: '42.0' }]);
    expect((await api('GET', `${ext.id}/environments/${ext.dev}/variables`)).json()).toMatchObject([{ name: 'X', value: '1', secure: false }]);

    // A runner that announces its shutdown gets no new work, and closes the socket itself when done.
    runner.send(capture('08-runner-shutdown.json'));
    await expect.poll(async () => (await api('GET', `${ext.id}/environments/${ext.dev}/api/hello`)).statusCode, { timeout: 5_000 }).toBe(502);
    expect(runner.socket.readyState).toBe(runner.socket.OPEN);
    runner.socket.close(1000);
    await runner.closed;
    await expect.poll(() => statusOf(ext.dev)).toBe('disconnected');
  });

  it('counts the two sockets of one runner process as one instance, connected until both close', async () => {
    const ext = await newExtension();
    const background = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey, runnerType: 'background', instanceId: 'INS-two' });
    const interactive = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey, runnerType: 'interactive', instanceId: 'INS-two' });
    for (const runner of [background, interactive]) {
      runner.send(capture('03-runner-setup_request.json'));
      await runner.next('setup_response');
    }
    const instances = await t.prisma.instance.findMany({ where: { environmentId: ext.dev } });
    expect(instances).toMatchObject([{ runnerKey: 'INS-two', openSockets: 2, status: 'connected' }]);
    expect(await t.prisma.variable.count({ where: { environmentId: ext.dev } })).toBe(1);

    background.socket.close();
    await background.closed;
    await expect.poll(async () => (await t.prisma.instance.findFirstOrThrow({ where: { environmentId: ext.dev } })).openSockets).toBe(1);
    expect(await statusOf(ext.dev)).toBe('connected');

    // While connected, deleting the extension and switching mode are refused.
    expect((await api('DELETE', ext.id)).statusCode).toBe(409);
    expect((await api('PUT', `${ext.id}/environments/${ext.dev}`, { runtime: 'cloud', git: { url: 'https://git.example.com/x.git', tag: '1' } })).statusCode).toBe(409);

    interactive.socket.close();
    await interactive.closed;
    await expect.poll(() => statusOf(ext.dev)).toBe('disconnected');
    expect((await t.prisma.instance.findFirstOrThrow({ where: { environmentId: ext.dev } })).status).toBe('disconnected');
  });
});

describe('configuration pushes', () => {
  it('sends a new setup_response when a variable or the log level changes', async () => {
    const ext = await newExtension();
    const runner = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey });
    runner.send(capture('03-runner-setup_request.json'));
    await runner.next('setup_response');

    const created = await api('POST', `${ext.id}/environments/${ext.dev}/variables`, { name: 'TOKEN', value: 'pushed-secret', secure: true });
    expect(created.statusCode).toBe(201);
    const pushed = (await runner.next('setup_response')).data as Record<string, any>;
    expect(pushed.variables).toEqual([
      { name: 'TOKEN', value: 'pushed-secret', secure: true },
      { name: 'X', value: '1', secure: false },
    ]);
    await expect.poll(async () => (await t.prisma.environment.findUniqueOrThrow({ where: { id: ext.dev } })).configurationChanged).toBe(false);

    const level = await api('POST', `${ext.id}/environments/${ext.dev}/logs/set-level/DEBUG`);
    expect(level.statusCode).toBe(200);
    expect(level.json().log_level).toBe('DEBUG');
    expect(((await runner.next('setup_response')).data as Record<string, any>).logging.log_level).toBe('DEBUG');
    runner.socket.close();
  });
});

describe('stopping', () => {
  it('tells connected runners to shut down and refuses new ones until started again', async () => {
    const ext = await newExtension();
    const runner = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey });
    runner.send(capture('03-runner-setup_request.json'));
    await runner.next('setup_response');

    expect((await api('POST', `${ext.id}/environments/${ext.dev}/stop`)).json().status).toBe('stopped');
    expect(await runner.next('shutdown')).toEqual({ version: 2, message_type: 'shutdown', data: null });
    await runner.closed;
    expect(await statusOf(ext.dev)).toBe('stopped');

    const refused = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey });
    expect(await refused.closed).toEqual({ code: 4009, reason: 'The environment is stopped; start it in the console' });

    expect((await api('POST', `${ext.id}/environments/${ext.dev}/start`)).json().status).toBe('disconnected');
    const again = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey });
    again.send(capture('03-runner-setup_request.json'));
    await again.next('setup_response');
    expect(await statusOf(ext.dev)).toBe('connected');
    again.socket.close();
  });
});

describe('what the runner declares', () => {
  it('shows its event subscriptions, features and repository on the environment', async () => {
    const ext = await newExtension();
    const before = (await api('GET', `${ext.id}/environments/${ext.dev}`)).json();
    expect(before.runner).toBeNull();
    expect(before.features.event_processing_available).toBe(false);

    const runner = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey });
    runner.send(capture('03-runner-setup_request.json'));
    await runner.next('setup_response');
    const environment = (await api('GET', `${ext.id}/environments/${ext.dev}`)).json();
    expect(environment.features).toMatchObject({ event_processing_available: true, web_app_available: false });
    expect(environment.readme_url).toBe('https://example.org/README.md');
    expect(environment.runner).toMatchObject({
      runner_version: '42.0',
      event_subscriptions: { asset_purchase_request_processing: ['pending'], asset_purchase_request_validation: [], product_action_execution: [] },
      audience: ['vendor'],
      variables: [{ name: 'X', secure: false }],
    });

    const subscriptions = (await api('GET', `${ext.id}/environments/${ext.dev}/event-subscriptions`)).json();
    const purchase = subscriptions.capabilities.find((c: { id: string }) => c.id === 'asset_purchase_request_processing');
    expect(purchase).toMatchObject({ enabled: true, category: 'background', group: { id: 'subscription' } });
    expect(purchase.statuses).toMatchObject({ pending: true, approved: false });
    expect(subscriptions.capabilities.find((c: { id: string }) => c.id === 'asset_change_request_processing').enabled).toBe(false);

    const definitions = await t.app.inject({ method: 'GET', url: '/public/v1/devops/event-definitions', headers: { authorization: vendor.apiKey } });
    expect(definitions.json().map((d: { type: string }) => d.type)).toContain('product_custom_event_processing');
    runner.socket.close();
    await runner.closed;
  });
});

describe('declarations over several sockets', () => {
  it('keeps what each socket declares: events from one, the web application from another', async () => {
    const ext = await newExtension();
    const events = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey, instanceId: 'INS-split', runnerType: 'background' });
    events.send(capture('03-runner-setup_request.json'));
    await events.next('setup_response');
    const webapp = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey, instanceId: 'INS-split', subPath: '/webapp' });
    const webSetup = capture('03-runner-setup_request.json') as { data: Record<string, unknown> };
    webapp.send({ ...webSetup, data: { ...webSetup.data, event_subscriptions: null, ui_modules: { settings: { label: 'Settings', url: '/static/settings.html' } } } });
    await webapp.next('setup_response');

    const runner = (await api('GET', `${ext.id}/environments/${ext.dev}`)).json().runner;
    expect(runner.event_subscriptions).toHaveProperty('asset_purchase_request_processing');
    expect(runner.ui_modules).toEqual({ settings: { label: 'Settings', url: '/static/settings.html' } });
    for (const socket of [events, webapp]) {
      socket.socket.close();
      await socket.closed;
    }
  });
});
