import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, createExtensionViaApi, type TestAccount } from './builders.ts';
import { capture, connectRunner, type TestRunner } from './runner-client.ts';

let t: TestApp;
let baseUrl: string;
let vendor: TestAccount;
let ext: { id: string; dev: string };

beforeAll(async () => {
  t = await createTestApp({}, { customApiTimeoutMs: 300 });
  baseUrl = await t.listen();
  vendor = await createAccount(t.prisma);
  ext = await createExtensionViaApi(t.app, vendor, { name: 'Custom API', type: 'multiaccount' });
});
afterAll(() => t.close());

async function webAppRunner(): Promise<TestRunner> {
  const runner = await connectRunner(baseUrl, { environmentId: ext.dev, apiKey: vendor.apiKey, subPath: '/webapp', runnerType: 'webapp' });
  runner.send(capture('03-runner-setup_request.json'));
  await runner.next('setup_response');
  // On connecting, the platform asks the runner for its API description; this one has none.
  const discovery = (await runner.next('web_task')).data as Record<string, any>;
  expect(discovery.request).toMatchObject({ method: 'GET', url: '/openapi/spec.json' });
  runner.send({ version: 2, message_type: 'web_task', data: { ...discovery, response: { status: 404, headers: {}, content: null } } });
  return runner;
}
const callApi = (method: 'GET' | 'POST', path: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/public/v1/devops/services/${ext.id}/environments/${ext.dev}/api/${path}`,
    headers: { authorization: vendor.apiKey, 'x-trace': 'abc' },
    ...(payload && { payload }),
  });

describe('custom API methods (web_task)', () => {
  it("forwards the request to the runner with the caller's identity and returns its answer", async () => {
    const runner = await webAppRunner();
    const pending = callApi('POST', 'echo/items?verbose=1', { hello: 'world' });
    const message = await runner.next('web_task');
    const task = message.data as Record<string, any>;
    expect(task.request).toMatchObject({ method: 'POST', url: '/echo/items?verbose=1' });
    expect(task.request.headers['x-trace']).toBe('abc');
    expect(task.request.headers.authorization).toBeUndefined();
    expect(JSON.parse(Buffer.from(task.request.content, 'base64').toString())).toEqual({ hello: 'world' });
    expect(task.options).toMatchObject({ account_id: vendor.accountId, account_role: 'admin', call_source: 'api' });

    runner.send({
      version: 2,
      message_type: 'web_task',
      data: {
        model_type: 'web_task',
        options: task.options,
        request: { method: 'POST', url: '/echo/items', headers: {} },
        response: { status: 201, headers: { 'content-type': 'application/json', 'x-extension': 'yes' }, content: Buffer.from('{"echo":true}').toString('base64') },
      },
    });
    const response = await pending;
    expect(response.statusCode).toBe(201);
    expect(response.headers['x-extension']).toBe('yes');
    expect(response.json()).toEqual({ echo: true });
    runner.socket.close();
    await runner.closed;
  });

  it('answers 502 without a runner, 504 when it does not answer, and 502 when it leaves mid-request', async () => {
    const none = await callApi('GET', 'hello');
    expect(none.statusCode).toBe(502);
    expect(none.json()).toEqual({ error_code: 'RUNNER_UNAVAILABLE', errors: ['No runner of the Development environment is connected'] });

    const silent = await webAppRunner();
    const timeout = await callApi('GET', 'hello');
    expect(timeout.statusCode).toBe(504);
    expect(timeout.json().error_code).toBe('RUNNER_TIMEOUT');

    // A late answer to the timed-out request is dropped quietly; the runner stays connected.
    const late = (await silent.next('web_task')).data as Record<string, any>;
    silent.send({ version: 2, message_type: 'web_task', data: { ...late, response: { status: 200, headers: {}, content: null } } });

    const leaving = callApi('GET', 'slow');
    await silent.next('web_task');
    expect(silent.socket.readyState).toBe(silent.socket.OPEN);
    silent.socket.close();
    expect((await leaving).statusCode).toBe(502);
  });

  it("answers 404 for another account's environment", async () => {
    const stranger = await createAccount(t.prisma);
    const response = await t.app.inject({
      method: 'GET',
      url: `/public/v1/devops/services/${ext.id}/environments/${ext.dev}/api/hello`,
      headers: { authorization: stranger.apiKey },
    });
    expect(response.statusCode).toBe(404);
  });
});
