import os from 'node:os';
import type { TaskCategory } from '@devops/contracts/runner-protocol';
import { buildSetupRequestMessage, buildTaskReply, buildWebTaskReply, SHUTDOWN_MESSAGE, type InboundMessage } from '../protocol/messages.ts';
import { createLogger, stderrSink, type LogSink } from '../runtime/log.ts';
import type { RuntimeDeps } from '../runtime/runtime-deps.ts';
import { RuntimeState } from '../runtime/runtime-state.ts';
import { runTask } from '../runtime/task-runner.ts';
import { runWebTask } from '../runtime/web-task-runner.ts';
import { buildSetupRequest, type SetupRole } from '../sdk/setup-request.ts';
import type { Extension, LogLevel, Logger } from '../sdk/types.ts';
import { RUNNER_VERSION } from '../version.ts';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import { DEFAULT_TIMING, RunnerSocket, type SocketRole, type SocketTiming } from './runner-socket.ts';

export interface RunnerOptions {
  extension: Extension;
  environmentId: string;
  instanceId: string;
  /** Sent as the Authorization header exactly as given (`ApiKey SU-…:…`). */
  apiKey: string;
  /** `ws://host:port` or `wss://host` */
  wsBaseUrl: string;
  /** `http://host:port/public/v1` */
  apiBaseUrl: string;
  /** Where web tasks arrive: on the interactive socket, or (like Connect's runner) on a third `/webapp` socket. */
  webTaskSocket?: 'interactive' | 'webapp';
  /** Milliseconds per category; Connect's are 300 s, 120 s and 12 h. */
  timeouts?: Partial<Record<TaskCategory, number>>;
  /** How long a stopping runner waits for its tasks in flight. */
  shutdownGraceMs?: number;
  timing?: Partial<SocketTiming>;
  backoff?: BackoffOptions;
  /** Until the platform's setup_response sets it. */
  logLevel?: LogLevel;
  sink?: LogSink;
  fetch?: typeof fetch;
  runnerVersion?: string;
}

export const DEFAULT_TIMEOUTS: Record<TaskCategory, number> = { background: 300_000, interactive: 120_000, scheduled: 12 * 3600_000 };
export const DEFAULT_SHUTDOWN_GRACE_MS = 30_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * One runner process: its sockets (background + interactive, and `/webapp` if asked), the shared state the
 * platform configures, and the tasks in flight. `stop()` — on a signal or the platform's `shutdown` — stops
 * reconnecting, lets tasks in flight finish within the grace period, closes the sockets and resolves `stopped`.
 */
export class Runner {
  readonly state: RuntimeState;
  readonly stopped: Promise<void>;
  private readonly deps: RuntimeDeps;
  private readonly sockets: RunnerSocket[];
  private readonly log: Logger;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly running = new Map<SocketRole, Record<TaskCategory, number>>();
  private stopping: Promise<void> | null = null;
  private resolveStopped!: () => void;

  constructor(private readonly options: RunnerOptions) {
    const sink = options.sink ?? stderrSink;
    this.state = new RuntimeState(options.extension, options.logLevel ?? 'INFO');
    this.stopped = new Promise((resolve) => (this.resolveStopped = resolve));
    const runnerLogger = (name: string) => createLogger({ name, level: () => this.state.runnerLogLevel, sink, redact: this.state.redact });
    this.log = runnerLogger('runner');
    const version = options.runnerVersion ?? RUNNER_VERSION;
    this.deps = {
      extension: options.extension,
      state: this.state,
      environmentId: options.environmentId,
      instanceId: options.instanceId,
      apiBaseUrl: options.apiBaseUrl.replace(/\/+$/, ''),
      apiKey: options.apiKey,
      userAgent: `devops-runner/${version} Node/${process.versions.node} ${os.type()}/${os.release()} ${options.environmentId}/${options.instanceId}`,
      fetch: options.fetch ?? globalThis.fetch,
      timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
      log: this.log,
      extensionLogger: (label) => createLogger({ name: `extension ${label}`, level: () => this.state.logLevel, sink, redact: this.state.redact }),
    };
    const hasWebappSocket = options.webTaskSocket === 'webapp';
    const roles: SocketRole[] = hasWebappSocket ? ['background', 'interactive', 'webapp'] : ['background', 'interactive'];
    this.sockets = roles.map((role) => {
      this.running.set(role, { background: 0, interactive: 0, scheduled: 0 });
      const setupRole: SetupRole = role === 'webapp' ? 'webapp' : hasWebappSocket ? 'events' : 'all';
      return new RunnerSocket({
        role,
        url: () => this.socketUrl(role),
        headers: { Authorization: options.apiKey, 'User-Agent': this.deps.userAgent },
        setupRequest: () => buildSetupRequestMessage(buildSetupRequest(options.extension, version, setupRole)),
        timing: { ...DEFAULT_TIMING, ...options.timing },
        backoff: options.backoff ?? DEFAULT_BACKOFF,
        log: runnerLogger(`runner.${role}`),
        onMessage: (message) => this.handle(role, message),
      });
    });
  }

  /** The same URLs as Connect's runner; the query tells the platform what this socket still has running. */
  private socketUrl(role: SocketRole): string {
    const base = `${this.options.wsBaseUrl.replace(/\/+$/, '')}/public/v1/devops/ws/${encodeURIComponent(this.options.environmentId)}/${encodeURIComponent(this.options.instanceId)}`;
    if (role === 'webapp') return `${base}/webapp`;
    const running = this.running.get(role)!;
    return `${base}?running_tasks=${running.background}&running_scheduled_tasks=${running.scheduled}&runner_type=${role}`;
  }

  start(): void {
    this.log.info(`runner ${this.options.instanceId} starting for ${this.options.environmentId} (${this.sockets.length} sockets)`);
    for (const socket of this.sockets) socket.start();
  }

  /** Tasks and web tasks being processed right now. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  private track(socket: RunnerSocket, category: TaskCategory, work: Promise<void>): void {
    const counts = this.running.get(socket.role)!;
    counts[category] += 1;
    const tracked = work.finally(() => {
      counts[category] -= 1;
      this.inFlight.delete(tracked);
    });
    this.inFlight.add(tracked);
  }

  private handle(role: SocketRole, message: InboundMessage): void {
    const socket = this.sockets.find((candidate) => candidate.role === role)!;
    switch (message.type) {
      case 'setup_response': {
        const changes = this.state.apply(message.data);
        this.log.info(`[${socket.role}] configuration received${changes.length > 0 ? `: ${changes.join(', ')}` : ''}`);
        return;
      }
      case 'shutdown':
        this.log.info(`[${socket.role}] the platform asked this runner to shut down`);
        void this.stop('platform');
        return;
      case 'ignored':
        this.log.debug(`[${socket.role}] ignored a ${message.messageType} message`);
        return;
      case 'task': {
        const task = message.data;
        const { task_id: taskId, task_category: category } = task.options;
        if (this.stopping) {
          this.log.warning(`task ${taskId} arrived while shutting down: not processed, the platform hands it out again`);
          return;
        }
        this.log.info(`task ${taskId} received: ${category} ${task.input.event_type} ${task.input.object_id}`);
        const work = runTask(this.deps, task).then((output) => {
          socket.send(buildTaskReply(task, output));
          this.log.info(`task ${taskId} done: ${output.result} in ${output.runtime.toFixed(3)} s`);
        });
        this.track(socket, category, work);
        return;
      }
      case 'web_task': {
        if (this.stopping) {
          this.log.warning(`web task ${message.data.options.correlation_id} arrived while shutting down: not processed`);
          return;
        }
        const { data: task, rawOptions } = message;
        const work = runWebTask(this.deps, task).then((response) => socket.send(buildWebTaskReply(task, rawOptions, response)));
        this.track(socket, 'interactive', work);
        return;
      }
    }
  }

  /**
   * Stops the runner once. On a signal the platform is told first (`shutdown` on every open socket) so it
   * sends nothing new; when the platform asked, nothing is sent back. Either way no socket reconnects.
   */
  stop(initiator: 'signal' | 'platform' = 'signal'): Promise<void> {
    this.stopping ??= this.shutdown(initiator);
    return this.stopping;
  }

  private async shutdown(initiator: 'signal' | 'platform'): Promise<void> {
    for (const socket of this.sockets) socket.stopReconnecting();
    if (initiator === 'signal') {
      const told = this.sockets.filter((socket) => socket.sendIfOpen(SHUTDOWN_MESSAGE)).map((socket) => socket.role);
      this.log.info(`shutting down${told.length > 0 ? `: told the platform on ${told.join(', ')}` : ''}`);
    }
    const grace = this.options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
    if (this.inFlight.size > 0) {
      this.log.info(`waiting up to ${grace / 1000} s for ${this.inFlight.size} task(s) in flight`);
      const drained = Promise.allSettled([...this.inFlight]).then(() => true);
      if (!(await Promise.race([drained, sleep(grace).then(() => false)]))) {
        this.log.warning(`${this.inFlight.size} task(s) still running after ${grace / 1000} s: the platform hands them out again`);
      }
    }
    await Promise.all(this.sockets.map((socket) => socket.close()));
    this.log.info('runner stopped');
    this.resolveStopped();
  }
}
