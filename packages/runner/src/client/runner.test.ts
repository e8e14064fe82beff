import { afterEach, describe, expect, it } from 'vitest';
import { buildSetupRequest } from '../sdk/setup-request.ts';
import { defineExtension } from '../sdk/define-extension.ts';
import { success } from '../sdk/results.ts';
import { readCapture } from '../test-support/captures.ts';
import { messagesOf, startProtocolPeer, waitFor, type PeerConnection, type PeerOptions, type ProtocolPeer } from '../test-support/protocol-peer.ts';
import { RUNNER_VERSION } from '../version.ts';
import { Runner, type RunnerOptions } from './runner.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const extension = defineExtension({
  variables: [{ name: 'GREETING', initialValue: 'declared' }],
  events: {
    asset_purchase_request_processing: {
      category: 'background',
      statuses: ['pending'],
      handler: async (_ctx, request) => (await sleep(Number(request.delay ?? 0)), success()),
    },
    product_custom_event_processing: { category: 'interactive', handler: (ctx, data) => success({ greeting: ctx.variables.GREETING, data }) },
  },
  api: { routes: [{ method: 'GET', path: '/hello', handler: (ctx) => ({ body: { environment: ctx.environmentId } }) }] },
});

const backgroundTask = (taskId: string, delay: number) => ({
  version: 2,
  message_type: 'task',
  data: {
    options: { task_id: taskId, task_category: 'background', correlation_id: 'c', reply_to: 'r' },
    input: { event_type: 'asset_purchase_request_processing', object_id: 'PR-1', data: { status: 'pending', delay } },
  },
});
const customEvent = (taskId: string) => ({
  version: 2,
  message_type: 'task',
  data: {
    options: { task_id: taskId, task_category: 'interactive' },
    input: { event_type: 'product_custom_event_processing', object_id: 'PRD-1', data: { hello: 'world' } },
  },
});
const webTask = {
  version: 2,
  message_type: 'web_task',
  data: { options: { correlation_id: 'web-1', reply_to: 'r' }, request: { method: 'GET', url: '/hello', headers: {}, content: null } },
};

let peer: ProtocolPeer;
let runner: Runner | undefined;
const lines: string[] = [];

async function startRunner(overrides: Partial<RunnerOptions> = {}, peerOptions: PeerOptions = {}): Promise<Runner> {
  peer = await startProtocolPeer(peerOptions);
  runner = new Runner({
    extension,
    environmentId: 'ENV-0000-0000-01',
    instanceId: 'INS-probe-0001',
    apiKey: 'ApiKey SU-000-000-000:0123456789abcdef',
    wsBaseUrl: peer.url,
    apiBaseUrl: 'http://127.0.0.1:9/public/v1',
    timing: { setupTimeoutMs: 1_000, pingIntervalMs: 60_000, pingTimeoutMs: 2_000, handshakeTimeoutMs: 2_000 },
    backoff: { initialMs: 20, maxMs: 100 },
    shutdownGraceMs: 3_000,
    sink: (line) => lines.push(line),
    ...overrides,
  });
  runner.start();
  return runner;
}

const readyConnection = (role: string, index = 0) => waitFor(() => peer.ready(role)[index], 5_000, `${role} socket #${index + 1}`);
const replyTo = (connection: PeerConnection, type: string, id: string) =>
  waitFor(() => messagesOf(connection, type).find((message) => (message.data.options.task_id ?? message.data.options.correlation_id) === id), 5_000, `reply ${id}`);

afterEach(async () => {
  await runner?.stop();
  runner = undefined;
  await peer?.close();
  lines.length = 0;
});

describe('Runner against a protocol peer', () => {
  it('opens two sockets like Connect’s runner, each pinging before its setup_request', async () => {
    await startRunner();
    const background = await readyConnection('background');
    const interactive = await readyConnection('interactive');

    expect(`${background.path}?${background.query}`).toBe(readCapture('01-connect-background.json').path);
    expect(interactive.query.get('runner_type')).toBe('interactive');
    for (const connection of [background, interactive]) {
      expect(connection.headers.authorization).toBe('ApiKey SU-000-000-000:0123456789abcdef');
      expect(connection.events.slice(0, 2)).toEqual(['ping', 'message:setup_request']);
      expect(connection.messages[0]).toEqual({ version: 2, message_type: 'setup_request', data: buildSetupRequest(extension, RUNNER_VERSION) });
    }
  });

  it('answers tasks and web tasks on their socket, with variables the platform pushes live', async () => {
    await startRunner();
    const interactive = await readyConnection('interactive');

    interactive.send(customEvent('ET-1'));
    expect((await replyTo(interactive, 'task', 'ET-1')).data.output).toMatchObject({
      result: 'success',
      data: { http_status: 200, body: { greeting: 'hello from the platform', data: { hello: 'world' } } },
    });

    // Connect's newer platforms send variables as a list.
    interactive.send({ version: 2, message_type: 'setup_response', data: { variables: [{ name: 'GREETING', value: 'updated', secure: false }] } });
    await waitFor(() => runner!.state.variables.GREETING === 'updated', 2_000, 'variables applied');
    interactive.send(customEvent('ET-2'));
    expect((await replyTo(interactive, 'task', 'ET-2')).data.output.data.body.greeting).toBe('updated');

    interactive.send(webTask);
    const web = await replyTo(interactive, 'web_task', 'web-1');
    expect(web.data.response.status).toBe(200);
    expect(JSON.parse(Buffer.from(web.data.response.content, 'base64').toString())).toEqual({ environment: 'ENV-0000-0000-01' });
  });

  it('reconnects after the server drops it and delivers the reply of a task from before the drop', async () => {
    await startRunner();
    const first = await readyConnection('background');
    first.send(backgroundTask('ET-slow', 600));
    await waitFor(() => runner!.inFlightCount === 1, 2_000, 'task started');
    first.ws.terminate();

    const second = await readyConnection('background', 1);
    // The new socket tells the platform what is still running, as Connect's runner does.
    expect(second.query.get('running_tasks')).toBe('1');
    expect(second.events.slice(0, 2)).toEqual(['ping', 'message:setup_request']);
    expect((await replyTo(second, 'task', 'ET-slow')).data.output.result).toBe('success');
    expect(lines.some((line) => /runner\.background: disconnected \(code 1006\); reconnecting in/.test(line))).toBe(true);
  });

  it('waits for the pong before its setup_request, and drops a connection whose pong never comes', async () => {
    await startRunner({ timing: { setupTimeoutMs: 1_000, pingIntervalMs: 60_000, pingTimeoutMs: 150, handshakeTimeoutMs: 2_000 } }, { autoPong: false });
    const background = () => peer.connections.filter((c) => c.query.get('runner_type') === 'background');
    await waitFor(() => background().length >= 2 && background()[1]!.events.includes('ping'), 5_000, 'a second attempt that pinged');
    // Each attempt pinged and, without a pong, never said anything.
    for (const connection of peer.connections) expect(connection.events.filter((event) => event !== 'ping')).toEqual([]);
    expect(background()[0]!.events).toEqual(['ping']);
    expect(lines.some((line) => line.includes('no pong within 0.15 s'))).toBe(true);
  });

  it('keeps a set-up connection alive with periodic pings', async () => {
    await startRunner({ timing: { setupTimeoutMs: 1_000, pingIntervalMs: 80, pingTimeoutMs: 1_000, handshakeTimeoutMs: 2_000 } });
    const background = await readyConnection('background');
    await waitFor(() => background.events.filter((event) => event === 'ping').length >= 4, 2_000, 'keepalive pings');
  });

  it('reconnects when no setup_response arrives within the setup timeout', async () => {
    await startRunner({ timing: { setupTimeoutMs: 200, pingIntervalMs: 60_000, pingTimeoutMs: 2_000, handshakeTimeoutMs: 2_000 } }, { answerSetup: false });
    await waitFor(() => peer.connections.filter((c) => c.query.get('runner_type') === 'background').length >= 3, 5_000, 'three attempts');
    expect(lines.some((line) => line.includes('no setup_response within 0.2 s'))).toBe(true);
  });

  it('stops and never reconnects when the platform says shutdown', async () => {
    await startRunner();
    const sockets = [await readyConnection('background'), await readyConnection('interactive')];
    for (const connection of sockets) connection.send({ version: 2, message_type: 'shutdown', data: null });

    await runner!.stopped;
    await sleep(300);
    expect(peer.connections).toHaveLength(2);
    // Told to stop, the runner does not echo shutdown back.
    for (const connection of sockets) expect(messagesOf(connection, 'shutdown')).toHaveLength(0);
    expect(sockets.map((connection) => connection.closeCode)).toEqual([1000, 1000]);
  });

  it('on stop() says shutdown on every socket, finishes the task in flight, then closes', async () => {
    await startRunner();
    const background = await readyConnection('background');
    const interactive = await readyConnection('interactive');
    background.send(backgroundTask('ET-finishing', 300));
    await waitFor(() => runner!.inFlightCount === 1, 2_000, 'task started');

    await runner!.stop();

    expect(background.events.slice(-2)).toEqual(['message:shutdown', 'message:task']);
    expect(messagesOf(interactive, 'shutdown')).toEqual([{ version: 2, message_type: 'shutdown', data: null }]);
    expect(messagesOf(background, 'task')[0]?.data.output.result).toBe('success');
    await waitFor(() => background.closeCode === 1000 && interactive.closeCode === 1000, 2_000, 'close 1000');
  });

  it('does not wait past the grace period for a task that will not end', async () => {
    await startRunner({ shutdownGraceMs: 100 });
    const background = await readyConnection('background');
    background.send(backgroundTask('ET-stuck', 5_000));
    await waitFor(() => runner!.inFlightCount === 1, 2_000, 'task started');

    const started = Date.now();
    await runner!.stop();

    expect(Date.now() - started).toBeLessThan(1_500);
    expect(lines.some((line) => line.includes('1 task(s) still running after 0.1 s'))).toBe(true);
  });

  it('can take web tasks on a third /webapp socket, like Connect’s runner', async () => {
    await startRunner({ webTaskSocket: 'webapp' });
    const webapp = await waitFor(() => peer.connections.find((c) => c.path.endsWith('/webapp') && c.messages.length > 0), 5_000, 'webapp socket');
    const background = await readyConnection('background');

    expect(webapp.path).toBe('/public/v1/devops/ws/ENV-0000-0000-01/INS-probe-0001/webapp');
    expect([...webapp.query.keys()]).toEqual([]);
    expect(webapp.messages[0]?.data).toEqual(buildSetupRequest(extension, RUNNER_VERSION, 'webapp'));
    expect(background.messages[0]?.data).toEqual(buildSetupRequest(extension, RUNNER_VERSION, 'events'));
    webapp.send(webTask);
    expect((await replyTo(webapp, 'web_task', 'web-1')).data.response.status).toBe(200);
  });
});
