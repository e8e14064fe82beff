import { readFileSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { fileURLToPath } from 'node:url';

// Traffic captured from Connect's own runner (see the README there).
const capturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'connect-runner-captures');

/** A message captured from Connect's own runner (shared/reference), parsed. */
export function capture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(capturesDir, name), 'utf8')) as Record<string, unknown>;
}

export interface TestRunner {
  socket: WebSocket;
  messages: Record<string, unknown>[];
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
  next(type?: string, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** A WebSocket peer that behaves like Connect's runner at the socket level, recording what it receives. */
export async function connectRunner(
  baseUrl: string,
  options: { environmentId: string; instanceId?: string; apiKey?: string; runnerType?: string; subPath?: string; autoPong?: boolean },
): Promise<TestRunner> {
  const query = `running_tasks=0&running_scheduled_tasks=0&runner_type=${options.runnerType ?? 'background'}`;
  const url = `${baseUrl.replace(/^http/, 'ws')}/public/v1/devops/ws/${options.environmentId}/${options.instanceId ?? 'INS-test-0001'}${options.subPath ?? ''}?${query}`;
  const socket = new WebSocket(url, { headers: options.apiKey ? { Authorization: options.apiKey } : {}, autoPong: options.autoPong ?? true });
  const messages: Record<string, unknown>[] = [];
  const waiters: { type?: string; resolve: (message: Record<string, unknown>) => void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Record<string, unknown>;
    const waiter = waiters.find((candidate) => !candidate.type || candidate.type === message.message_type);
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    } else messages.push(message);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    messages,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(type, timeoutMs = 5_000) {
      const index = messages.findIndex((message) => !type || message.message_type === type);
      if (index >= 0) return Promise.resolve(messages.splice(index, 1)[0]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type ?? 'message'} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ type, resolve: (message) => (clearTimeout(timer), resolve(message)) });
      });
    },
  };
}
