import type { WebSocket } from 'ws';
import { CLOSE_CODES, PROTOCOL_VERSION, RunnerMessage, type SetupRequest, type WebTask } from '@devops/contracts/runner-protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { SecretBox } from '../../lib/secrets.ts';
import {
  buildSetupResponse,
  EnvironmentStoppedError,
  registerRunnerGone,
  registerRunnerSeen,
  registerRunnerSetup,
  type RunnerIdentity,
} from './runner-setup.ts';

export interface GatewayLimits {
  /** How long a socket may stay without a setup_request. */
  setupTimeoutMs: number;
  pingIntervalMs: number;
  /** Closed when nothing (not even a pong) arrived for this long. */
  idleTimeoutMs: number;
  maxMessagesPerSecond: number;
  /** After telling a runner to shut down, how long it may take to deliver its last results and close. */
  shutdownGraceMs: number;
}

export const DEFAULT_GATEWAY_LIMITS: GatewayLimits = {
  setupTimeoutMs: 30_000,
  pingIntervalMs: 60_000,
  idleTimeoutMs: 180_000,
  maxMessagesPerSecond: 200,
  shutdownGraceMs: 30_000,
};

interface ConnectionDeps {
  prisma: PrismaClient;
  secrets: SecretBox;
  log: FastifyBaseLogger;
  limits: GatewayLimits;
  onReady(connection: RunnerConnection): void;
  onClosed(connection: RunnerConnection): void;
}

export class WebTaskTimeoutError extends Error {}
export class RunnerGoneError extends Error {}

/** Close reasons are limited to 123 bytes by the WebSocket protocol. */
function reasonText(reason: string): string {
  return Buffer.byteLength(reason) <= 123 ? reason : `${Buffer.from(reason).subarray(0, 120).toString()}…`;
}

/** One runner socket, from its first frame to its close: validates every message and keeps the instance's state. */
export class RunnerConnection {
  private state: 'authenticating' | 'awaiting_setup' | 'ready' | 'closed' = 'authenticating';
  private identity: RunnerIdentity | null = null;
  private readonly queued: Buffer[] = [];
  private timers: NodeJS.Timeout[] = [];
  private lastHeardAt = Date.now();
  private windowStartedAt = Date.now();
  private messagesInWindow = 0;
  private hasRegisteredSetup = false;
  /** Web tasks that timed out: a late answer is dropped quietly, not treated as a protocol error. */
  private readonly expiredWebTasks = new Set<string>();
  private readonly pendingWebTasks = new Map<string, { resolve: (task: WebTask) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();

  constructor(
    private readonly socket: WebSocket,
    private readonly deps: ConnectionDeps,
    readonly runnerType: string | null,
    /** Connect's runner serves its web application (custom API) over the `/webapp` socket. */
    readonly isWebApp = false,
  ) {
    // Listeners go on at once: a runner may send its setup_request before authentication finishes.
    socket.on('message', (data: Buffer) => this.receive(data));
    socket.on('pong', () => this.heard());
    socket.on('close', () => void this.closed());
    socket.on('error', (error) => deps.log.warn({ err: error, environmentId: this.identity?.environmentId }, 'runner socket error'));
  }

  get environmentId(): string | null {
    return this.identity?.environmentId ?? null;
  }

  /** Whether this socket runs that extension's environment for that account (set by authentication). */
  serves(accountId: string, extensionId: string): boolean {
    return this.identity?.accountId === accountId && this.identity.extensionId === extensionId;
  }

  /** Authentication passed: start the protocol with the messages that arrived meanwhile. */
  accept(identity: RunnerIdentity): void {
    if (this.state === 'closed') return;
    this.identity = identity;
    this.state = 'awaiting_setup';
    this.timers.push(
      setTimeout(() => this.state === 'awaiting_setup' && this.close(CLOSE_CODES.setupTimeout, 'No setup_request received'), this.deps.limits.setupTimeoutMs),
      setInterval(() => this.heartbeat(), this.deps.limits.pingIntervalMs),
    );
    for (const data of this.queued.splice(0)) this.receive(data);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reasonText(reason));
    }
    if (code >= 4000) this.deps.log.warn({ environmentId: this.identity?.environmentId, code, reason }, 'runner disconnected');
  }

  /**
   * Tells the runner to stop; Connect's runner finishes what it runs, closes, and does not reconnect.
   * A runner that does not close within the grace period is disconnected.
   */
  shutdown(): void {
    this.isDraining = true;
    this.sendMessage({ version: PROTOCOL_VERSION, message_type: 'shutdown', data: null });
    setTimeout(() => this.close(CLOSE_CODES.normal, 'The environment was stopped'), this.deps.limits.shutdownGraceMs).unref();
  }

  /** No new work goes to a runner that is shutting down (it still delivers what it holds). */
  isDraining = false;

  /** The update-config push: the current variables and log level, as a new setup_response. */
  async pushConfiguration(): Promise<void> {
    if (this.state !== 'ready' || !this.identity) return;
    const data = await buildSetupResponse(this.deps.prisma, this.deps.secrets, this.identity.environmentId);
    this.sendMessage({ version: PROTOCOL_VERSION, message_type: 'setup_response', data });
  }

  get isReady(): boolean {
    return this.state === 'ready' && !this.isDraining;
  }

  /** Forwards an HTTP request to the runner and resolves with its answer (the web_task round trip). */
  forwardWebTask(task: WebTask, timeoutMs: number): Promise<WebTask> {
    return new Promise((resolve, reject) => {
      const id = task.options.correlation_id;
      const timer = setTimeout(() => {
        this.pendingWebTasks.delete(id);
        if (this.expiredWebTasks.size >= 1_000) this.expiredWebTasks.delete(this.expiredWebTasks.values().next().value!);
        this.expiredWebTasks.add(id);
        reject(new WebTaskTimeoutError());
      }, timeoutMs);
      this.pendingWebTasks.set(id, { resolve, reject, timer });
      this.sendMessage({ version: PROTOCOL_VERSION, message_type: 'web_task', data: { ...task, model_type: 'web_task' } });
    });
  }

  private sendMessage(message: object): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private lastSeenWrittenAt = 0;

  /** A pong or a message: the runner is alive; the instance's last-seen time follows, once a ping interval at most. */
  private heard(): void {
    this.lastHeardAt = Date.now();
    if (this.state !== 'ready' || !this.identity || this.lastHeardAt - this.lastSeenWrittenAt < this.deps.limits.pingIntervalMs) return;
    this.lastSeenWrittenAt = this.lastHeardAt;
    registerRunnerSeen(this.deps.prisma, this.identity).catch((error: unknown) =>
      this.deps.log.warn({ err: error, environmentId: this.identity?.environmentId }, 'recording that a runner was seen failed'),
    );
  }

  private heartbeat(): void {
    if (Date.now() - this.lastHeardAt > this.deps.limits.idleTimeoutMs) {
      this.close(CLOSE_CODES.idleTimeout, 'No message or pong within the idle timeout');
      return;
    }
    if (this.socket.readyState === this.socket.OPEN) this.socket.ping();
  }

  private receive(data: Buffer): void {
    this.heard();
    if (this.state === 'closed') return;
    if (this.state === 'authenticating') {
      this.queued.push(data);
      if (this.queued.length > 10) this.close(CLOSE_CODES.flood, 'Too many messages before authentication');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data.toString('utf8'));
    } catch {
      this.close(CLOSE_CODES.protocolError, 'Malformed message: not JSON');
      return;
    }
    const parsed = RunnerMessage.safeParse(json);
    if (!parsed.success) {
      const type = (json as { message_type?: unknown } | null)?.message_type;
      const issue = parsed.error.issues[0];
      const detail = issue?.code === 'invalid_union' && typeof type === 'string' ? `unknown message type '${type.slice(0, 40)}'` : `${issue?.path.join('.') || 'message'}: ${issue?.message}`;
      this.close(CLOSE_CODES.protocolError, `Malformed message: ${detail}`);
      return;
    }
    // Answers to requests this server sent are bounded by what it sent; everything else is rate-limited.
    const isAnswer = parsed.data.message_type === 'web_task' && this.pendingWebTasks.has(parsed.data.data.options.correlation_id);
    if (!isAnswer && this.isFlooding()) {
      this.close(CLOSE_CODES.flood, `More than ${this.deps.limits.maxMessagesPerSecond} messages per second`);
      return;
    }
    void this.handle(parsed.data).catch((error: unknown) => {
      this.deps.log.error({ err: error, environmentId: this.identity?.environmentId }, 'runner message failed');
      this.close(CLOSE_CODES.protocolError, 'The message could not be processed');
    });
  }

  private isFlooding(): boolean {
    const now = Date.now();
    if (now - this.windowStartedAt >= 1_000) {
      this.windowStartedAt = now;
      this.messagesInWindow = 0;
    }
    this.messagesInWindow += 1;
    return this.messagesInWindow > this.deps.limits.maxMessagesPerSecond;
  }

  private async handle(message: RunnerMessage): Promise<void> {
    switch (message.message_type) {
      case 'setup_request':
        return this.setup(message.data);
      case 'shutdown':
        // The runner is stopping: it closes the socket itself once its results are delivered.
        this.isDraining = true;
        return;
      case 'task':
        // No task is dispatched to this socket yet, so any result is for a task it does not hold.
        return this.close(CLOSE_CODES.protocolError, `Task ${message.data.options.task_id} is not assigned to this runner`);
      case 'web_task': {
        const pending = this.pendingWebTasks.get(message.data.options.correlation_id);
        if (!pending && this.expiredWebTasks.delete(message.data.options.correlation_id)) return;
        if (!pending || !message.data.response) {
          return this.close(CLOSE_CODES.protocolError, `Web task ${message.data.options.correlation_id.slice(0, 40)} is not assigned to this runner`);
        }
        this.pendingWebTasks.delete(message.data.options.correlation_id);
        clearTimeout(pending.timer);
        return pending.resolve(message.data);
      }
      case 'setup_response':
        return this.close(CLOSE_CODES.protocolError, 'A runner does not send setup_response');
    }
  }

  private async setup(request: SetupRequest): Promise<void> {
    if (!this.identity) return;
    if (!this.hasRegisteredSetup) {
      try {
        await registerRunnerSetup(this.deps.prisma, this.deps.secrets, this.identity, request);
      } catch (error) {
        if (error instanceof EnvironmentStoppedError) return this.close(CLOSE_CODES.stopped, 'The environment is stopped; start it in the console');
        throw error;
      }
      if (this.state === 'closed') {
        // The socket went away while its setup was being recorded: undo the socket count at once.
        await registerRunnerGone(this.deps.prisma, this.identity);
        return;
      }
      this.hasRegisteredSetup = true;
      this.state = 'ready';
      this.deps.onReady(this);
    }
    const data = await buildSetupResponse(this.deps.prisma, this.deps.secrets, this.identity.environmentId);
    this.sendMessage({ version: PROTOCOL_VERSION, message_type: 'setup_response', data });
  }

  private async closed(): Promise<void> {
    const wasRegistered = this.hasRegisteredSetup;
    this.state = 'closed';
    for (const timer of this.timers) clearTimeout(timer);
    for (const pending of this.pendingWebTasks.values()) {
      clearTimeout(pending.timer);
      pending.reject(new RunnerGoneError());
    }
    this.pendingWebTasks.clear();
    this.deps.onClosed(this);
    if (wasRegistered && this.identity) {
      await registerRunnerGone(this.deps.prisma, this.identity).catch((error: unknown) =>
        this.deps.log.error({ err: error, environmentId: this.identity?.environmentId }, 'recording a runner disconnect failed'),
      );
    }
  }
}
