import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../src/modules/api-keys/api-keys.service.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createAccount, createExtensionViaApi, type TestAccount } from './builders.ts';
import { capture, connectRunner } from './runner-client.ts';

let t: TestApp;
let baseUrl: string;
let vendor: TestAccount;
let stranger: TestAccount;
let env: { id: string; dev: string; test: string };

beforeAll(async () => {
  t = await createTestApp({}, { gatewayLimits: { setupTimeoutMs: 400, pingIntervalMs: 60_000, idleTimeoutMs: 180_000, maxMessagesPerSecond: 20, shutdownGraceMs: 300 } });
  baseUrl = await t.listen();
  vendor = await createAccount(t.prisma);
  stranger = await createAccount(t.prisma);
  env = await createExtensionViaApi(t.app, vendor, { name: 'Protocol errors', type: 'multiaccount' });
});
afterAll(() => t.close());

async function closeOf(options: Parameters<typeof connectRunner>[1], send?: (runner: Awaited<ReturnType<typeof connectRunner>>) => void) {
  const runner = await connectRunner(baseUrl, options);
  send?.(runner);
  return runner.closed;
}
const setupThen = (message: unknown) => async (runner: Awaited<ReturnType<typeof connectRunner>>) => {
  runner.send(capture('03-runner-setup_request.json'));
  await runner.next('setup_response');
  runner.send(message);
};

describe('refused connections', () => {
  it('closes with a reason for a missing or bad key, an unknown environment, and another account’s environment', async () => {
    expect(await closeOf({ environmentId: env.dev })).toEqual({ code: 4001, reason: 'Send the Authorization: ApiKey SU-…:… header' });
    expect(await closeOf({ environmentId: env.dev, apiKey: 'ApiKey SU-000-000-000:0123456789abcdef0123' })).toEqual({ code: 4001, reason: 'The API key is not valid' });
    expect(await closeOf({ environmentId: 'ENV-0000-0000-01', apiKey: vendor.apiKey })).toEqual({ code: 4004, reason: 'Environment ENV-0000-0000-01 was not found' });
    expect(await closeOf({ environmentId: env.dev, apiKey: stranger.apiKey })).toEqual({ code: 4004, reason: `Environment ${env.dev} was not found` });
    expect(await t.prisma.instance.count({ where: { environmentId: env.dev } })).toBe(0);
  });

  it('holds a runner key to its own environment and refuses viewer keys', async () => {
    const { key } = await issueApiKey(t.prisma, { accountId: vendor.accountId, name: 'runner', role: 'developer', environmentId: env.dev });
    expect(await closeOf({ environmentId: env.test, apiKey: key })).toEqual({ code: 4003, reason: `This API key may only run ${env.dev}` });
    const viewer = await issueApiKey(t.prisma, { accountId: vendor.accountId, name: 'viewer', role: 'viewer' });
    expect((await closeOf({ environmentId: env.dev, apiKey: viewer.key })).code).toBe(4003);
  });
});

describe('protocol errors', () => {
  const options = () => ({ environmentId: env.test, apiKey: vendor.apiKey });

  it('disconnects a runner that sends garbage, an unknown message type or an invalid message', async () => {
    expect(await closeOf(options(), (runner) => runner.send('not json at all'))).toEqual({ code: 4000, reason: 'Malformed message: not JSON' });
    expect(await closeOf(options(), (runner) => runner.send({ version: 2, message_type: 'teleport', data: {} }))).toEqual({
      code: 4000,
      reason: "Malformed message: unknown message type 'teleport'",
    });
    const badSetup = await closeOf(options(), (runner) => runner.send({ version: 2, message_type: 'setup_request', data: { variables: 'nope' } }));
    expect(badSetup.code).toBe(4000);
    expect(badSetup.reason).toMatch(/^Malformed message: data\.variables/);
    expect((await closeOf(options(), (runner) => runner.send({ version: 1, message_type: 'setup_request', data: {} }))).code).toBe(4000);
  });

  it('disconnects a runner answering a task it does not hold', async () => {
    const closed = await closeOf(options(), setupThen(capture('05-runner-task-reply-background.json')));
    expect(closed).toEqual({ code: 4000, reason: 'Task ET-000-000-003 is not assigned to this runner' });
  });

  it('disconnects on an oversized frame, a flood, and a missing setup_request', async () => {
    expect((await closeOf(options(), (runner) => runner.send('x'.repeat(1024 * 1024 + 1)))).code).toBe(1009);
    const flood = await closeOf(options(), async (runner) => {
      runner.send(capture('03-runner-setup_request.json'));
      await runner.next('setup_response');
      for (let i = 0; i < 40; i++) runner.send(capture('03-runner-setup_request.json'));
    });
    expect(flood).toEqual({ code: 4029, reason: 'More than 20 messages per second' });
    expect(await closeOf(options())).toEqual({ code: 4010, reason: 'No setup_request received' });
  });

  it('leaves other environments untouched', async () => {
    const healthy = await connectRunner(baseUrl, { environmentId: env.dev, apiKey: vendor.apiKey, instanceId: 'INS-healthy' });
    healthy.send(capture('03-runner-setup_request.json'));
    await healthy.next('setup_response');
    await closeOf(options(), (runner) => runner.send('garbage'));
    expect(healthy.socket.readyState).toBe(healthy.socket.OPEN);
    expect((await t.prisma.environment.findUniqueOrThrow({ where: { id: env.dev } })).status).toBe('connected');
    healthy.socket.close();
    await healthy.closed;
  });
});

describe('keepalive', () => {
  it('pings runners and disconnects one that stops answering', async () => {
    const quick = await createTestApp({}, { gatewayLimits: { setupTimeoutMs: 5_000, pingIntervalMs: 100, idleTimeoutMs: 350, maxMessagesPerSecond: 20, shutdownGraceMs: 300 } });
    try {
      const url = await quick.listen();
      const account = await createAccount(quick.prisma);
      const created = await quick.app.inject({ method: 'POST', url: '/public/v1/devops/services', headers: { authorization: account.apiKey }, payload: { name: 'Ping', type: 'multiaccount' } });
      const environmentId = created.json().environments.development.id;
      const alive = await connectRunner(url, { environmentId, apiKey: account.apiKey, instanceId: 'INS-alive' });
      const silent = await connectRunner(url, { environmentId, apiKey: account.apiKey, instanceId: 'INS-silent', autoPong: false });
      for (const runner of [alive, silent]) {
        runner.send(capture('03-runner-setup_request.json'));
        await runner.next('setup_response');
      }
      expect(await silent.closed).toEqual({ code: 4008, reason: 'No message or pong within the idle timeout' });
      expect(alive.socket.readyState).toBe(alive.socket.OPEN);
      alive.socket.close();
      await alive.closed;
    } finally {
      await quick.close();
    }
  });
});

describe('instances of a crashed API process', () => {
  it('are marked disconnected once they stop reporting, with their environment', async () => {
    const { sweepStaleInstances } = await import('../src/modules/runner-gateway/stale-instance-sweeper.ts');
    const orphan = await t.app.inject({ method: 'POST', url: '/public/v1/devops/services', headers: { authorization: vendor.apiKey }, payload: { name: 'Orphan', type: 'multiaccount' } });
    const environmentId = orphan.json().environments.development.id;
    // As a process that died would leave them: connected, with sockets it can no longer close.
    await t.prisma.environment.update({ where: { id: environmentId }, data: { status: 'connected' } });
    await t.prisma.instance.create({
      data: { id: 'INS-0000-0000-000001', environmentId, accountId: vendor.accountId, runnerKey: 'INS-crashed', openSockets: 2, lastSeenAt: new Date(Date.now() - 10 * 60_000) },
    });
    const fresh = await connectRunner(baseUrl, { environmentId: env.dev, apiKey: vendor.apiKey, instanceId: 'INS-fresh' });
    fresh.send(capture('03-runner-setup_request.json'));
    await fresh.next('setup_response');

    expect(await sweepStaleInstances(t.prisma, 5 * 60_000)).toBe(1);
    expect(await t.prisma.instance.findUniqueOrThrow({ where: { id: 'INS-0000-0000-000001' } })).toMatchObject({ status: 'disconnected', openSockets: 0 });
    expect((await t.prisma.environment.findUniqueOrThrow({ where: { id: environmentId } })).status).toBe('disconnected');
    // A live runner is left alone.
    expect((await t.prisma.environment.findUniqueOrThrow({ where: { id: env.dev } })).status).toBe('connected');
    fresh.socket.close();
    await fresh.closed;
  });
});
