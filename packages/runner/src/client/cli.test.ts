import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { messagesOf, startProtocolPeer, waitFor, type ProtocolPeer } from '../test-support/protocol-peer.ts';

const BIN = fileURLToPath(new URL('../../bin/devops-runner.mjs', import.meta.url));
const EXTENSION = fileURLToPath(new URL('../test-support/cli-extension.ts', import.meta.url));

interface Spawned {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs the real CLI (bin → tsx → src/cli.ts) with exactly the given environment. */
function spawnCli(args: string[], env: Record<string, string> = {}): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

let peer: ProtocolPeer | undefined;
let spawned: Spawned | undefined;

afterEach(async () => {
  if (spawned && spawned.child.exitCode === null) spawned.child.kill('SIGKILL');
  await peer?.close();
  peer = undefined;
  spawned = undefined;
});

describe('devops-runner CLI', () => {
  it('on SIGTERM says shutdown on both sockets, finishes its task, closes and exits 0', async () => {
    peer = await startProtocolPeer();
    spawned = spawnCli(['--server', peer.url.replace('ws:', 'http:'), EXTENSION], {
      ENVIRONMENT_ID: 'ENV-0000-0000-01',
      API_KEY: 'SU-000-000-000:0123456789abcdef',
      INSTANCE_ID: 'INS-cli-0001',
      SHUTDOWN_GRACE_SECONDS: '10',
    });
    const background = await waitFor(() => peer!.ready('background')[0], 20_000, 'background socket');
    const interactive = await waitFor(() => peer!.ready('interactive')[0], 20_000, 'interactive socket');
    expect(background.path).toBe('/public/v1/devops/ws/ENV-0000-0000-01/INS-cli-0001');
    expect(background.headers.authorization).toBe('ApiKey SU-000-000-000:0123456789abcdef');

    background.send({
      version: 2,
      message_type: 'task',
      data: {
        options: { task_id: 'ET-cli', task_category: 'background' },
        input: { event_type: 'asset_purchase_request_processing', object_id: 'PR-9', data: { status: 'pending', delay: 700 } },
      },
    });
    await waitFor(() => spawned!.stderr().includes('processing PR-9'), 10_000, 'task started');
    spawned.child.kill('SIGTERM');

    expect(await spawned.exited).toBe(0);
    expect(messagesOf(interactive, 'shutdown')).toEqual([{ version: 2, message_type: 'shutdown', data: null }]);
    expect(background.events.slice(-2)).toEqual(['message:shutdown', 'message:task']);
    expect(messagesOf(background, 'task')[0]?.data.output.result).toBe('success');
    await waitFor(() => background.closeCode === 1000 && interactive.closeCode === 1000, 2_000, 'close 1000');
    expect(spawned.stderr()).toMatch(/SIGTERM received: stopping/);
  }, 40_000);

  it('explains a missing environment id and exits 2', async () => {
    spawned = spawnCli([EXTENSION], { API_KEY: 'ApiKey SU-1:x' });
    expect(await spawned.exited).toBe(2);
    expect(spawned.stderr()).toContain('the environment id is required (--environment or ENVIRONMENT_ID)');
    expect(spawned.stderr()).toContain('Usage: devops-runner');
  }, 20_000);

  it('exits 1 when the path holds no extension', async () => {
    spawned = spawnCli(['-e', 'ENV-1-1-01', '-k', 'ApiKey SU-1:x', fileURLToPath(new URL('./backoff.ts', import.meta.url))]);
    expect(await spawned.exited).toBe(1);
    expect(spawned.stderr()).toMatch(/must export default defineExtension/);
  }, 20_000);
});
