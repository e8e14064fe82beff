import WebSocket from 'ws';
import { parseInboundMessage, type InboundMessage } from '../protocol/messages.ts';
import { describeError } from '../runtime/log.ts';
import type { Logger } from '../sdk/types.ts';
import { backoffDelay, type BackoffOptions } from './backoff.ts';

export type SocketRole = 'background' | 'interactive' | 'webapp';

export interface SocketTiming {
  /** Connect's runner gives the platform 5 s to answer a setup_request. */
  setupTimeoutMs: number;
  /** Keepalive pings, as Connect's runner (60 s). */
  pingIntervalMs: number;
  /** A ping without pong for this long means the connection is dead (60 s). */
  pingTimeoutMs: number;
  /** Limit for the HTTP upgrade itself. */
  handshakeTimeoutMs: number;
}

export const DEFAULT_TIMING: SocketTiming = { setupTimeoutMs: 5_000, pingIntervalMs: 60_000, pingTimeoutMs: 60_000, handshakeTimeoutMs: 15_000 };

export interface RunnerSocketOptions {
  role: SocketRole;
  /** Computed per attempt: the query carries the current running task counts. */
  url(): string;
  headers: Record<string, string>;
  setupRequest(): object;
  timing: SocketTiming;
  backoff: BackoffOptions;
  log: Logger;
  onMessage(message: InboundMessage): void;
}

function frameText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

type State = 'idle' | 'connecting' | 'pinging' | 'setting_up' | 'ready' | 'waiting' | 'closed';

/**
 * One of the runner's WebSocket connections, reconnecting until closed. Each connection follows Connect's
 * runner: open, ping and wait for the pong, send setup_request, expect setup_response within 5 s; then
 * messages flow and a keepalive ping goes out every minute. Replies written while disconnected wait in an
 * outbox and leave after the next setup.
 */
export class RunnerSocket {
  private ws: WebSocket | null = null;
  private state: State = 'idle';
  private attempt = 0;
  private isReconnecting = true;
  private readonly outbox: string[] = [];
  private timers = new Set<NodeJS.Timeout>();
  private pongTimer: NodeJS.Timeout | null = null;
  private closeWaiters: Array<() => void> = [];
  /** Folded into the disconnect line, so each failed attempt logs once. */
  private lastError: string | null = null;
  private wasOpen = false;

  constructor(private readonly options: RunnerSocketOptions) {}

  get role(): SocketRole {
    return this.options.role;
  }

  get isReady(): boolean {
    return this.state === 'ready';
  }

  /** Replies not yet handed to an open connection. */
  get pendingCount(): number {
    return this.outbox.length;
  }

  start(): void {
    if (this.state === 'idle') this.connect();
  }

  /** Sends now when set up; otherwise after the next successful setup. */
  send(message: object): void {
    const frame = JSON.stringify(message);
    if (this.state === 'ready' && this.ws?.readyState === WebSocket.OPEN) this.ws.send(frame);
    else this.outbox.push(frame);
  }

  /** Sends only if a connection is open right now; for `shutdown`, which means nothing later. */
  sendIfOpen(message: object): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  /** After a drop, stay down: the open connection (if any) keeps working until close(). */
  stopReconnecting(): void {
    this.isReconnecting = false;
    if (this.state === 'waiting') this.finish();
  }

  /** Closes with 1000 and never reconnects; resolves when the connection is gone. */
  close(): Promise<void> {
    this.isReconnecting = false;
    const ws = this.ws;
    if (!ws || this.state === 'closed') {
      this.finish();
      return Promise.resolve();
    }
    const done = new Promise<void>((resolve) => this.closeWaiters.push(resolve));
    ws.close(1000, 'Runner stopped');
    // A peer that never completes the closing handshake must not keep the process alive.
    this.later(() => ws.terminate(), 2_000);
    return done;
  }

  private later(fn: () => void, ms: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  /** Node's clearTimeout also clears intervals (the keepalive). */
  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pongTimer = null;
  }

  private connect(): void {
    const url = this.options.url();
    this.state = 'connecting';
    this.lastError = null;
    this.wasOpen = false;
    this.options.log.debug(`connecting to ${url}`);
    const ws = new WebSocket(url, { headers: this.options.headers, handshakeTimeout: this.options.timing.handshakeTimeoutMs });
    this.ws = ws;
    ws.on('open', () => this.onOpen(ws));
    ws.on('pong', () => this.onPong(ws));
    ws.on('message', (data: WebSocket.RawData) => this.onFrame(ws, data));
    ws.on('error', (error) => {
      this.lastError = describeError(error);
      this.options.log.debug(`connection error: ${this.lastError}`);
    });
    ws.on('close', (code: number, reason: Buffer) => this.onClose(ws, code, reason.toString('utf8')));
  }

  /** Pings and, if no pong comes in time, drops the connection (its close schedules the reconnect). */
  private ping(ws: WebSocket): void {
    ws.ping();
    if (this.pongTimer) return;
    this.pongTimer = this.later(() => {
      this.options.log.warning(`no pong within ${this.options.timing.pingTimeoutMs / 1000} s: dropping the connection`);
      ws.terminate();
    }, this.options.timing.pingTimeoutMs);
  }

  private onOpen(ws: WebSocket): void {
    if (ws !== this.ws) return;
    // Connect's runner proves the connection with a ping before it says anything.
    this.state = 'pinging';
    this.wasOpen = true;
    this.ping(ws);
  }

  private onPong(ws: WebSocket): void {
    if (ws !== this.ws) return;
    if (this.pongTimer) {
      clearTimeout(this.pongTimer);
      this.timers.delete(this.pongTimer);
      this.pongTimer = null;
    }
    if (this.state !== 'pinging') return;
    this.state = 'setting_up';
    ws.send(JSON.stringify(this.options.setupRequest()));
    this.later(() => {
      if (ws !== this.ws || this.state !== 'setting_up') return;
      this.options.log.warning(`no setup_response within ${this.options.timing.setupTimeoutMs / 1000} s: reconnecting`);
      ws.terminate();
    }, this.options.timing.setupTimeoutMs);
  }

  private onFrame(ws: WebSocket, data: WebSocket.RawData): void {
    if (ws !== this.ws) return;
    const parsed = parseInboundMessage(frameText(data));
    if (!parsed.ok) {
      this.options.log.warning(`ignored a malformed message: ${parsed.error}`);
      return;
    }
    if (parsed.message.type === 'setup_response' && this.state === 'setting_up') this.onReady(ws);
    this.options.onMessage(parsed.message);
  }

  private onReady(ws: WebSocket): void {
    this.state = 'ready';
    this.attempt = 0;
    this.options.log.info(`connected to ${ws.url}`);
    this.timers.add(setInterval(() => this.ping(ws), this.options.timing.pingIntervalMs));
    for (const frame of this.outbox.splice(0)) ws.send(frame);
  }

  private onClose(ws: WebSocket, code: number, reason: string): void {
    if (ws !== this.ws) return;
    this.clearTimers();
    this.ws = null;
    const why = [`code ${code}`, reason, this.lastError].filter(Boolean).join(': ');
    const what = this.wasOpen ? `disconnected (${why})` : `cannot connect to ${ws.url.split('?')[0]} (${this.lastError ?? why})`;
    if (!this.isReconnecting) {
      this.options.log.info(what);
      this.finish();
      return;
    }
    const delay = backoffDelay(this.attempt, this.options.backoff);
    this.attempt += 1;
    this.options.log.warning(`${what}; reconnecting in ${(delay / 1000).toFixed(1)} s`);
    this.state = 'waiting';
    this.later(() => {
      if (this.state === 'waiting') this.connect();
    }, delay);
  }

  private finish(): void {
    this.clearTimers();
    this.state = 'closed';
    if (this.outbox.length > 0) {
      this.options.log.warning(`${this.outbox.length} reply(ies) not delivered: the platform will hand those tasks out again`);
      this.outbox.length = 0;
    }
    for (const resolve of this.closeWaiters.splice(0)) resolve();
  }
}
