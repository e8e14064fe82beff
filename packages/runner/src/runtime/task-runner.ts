import { performance } from 'node:perf_hooks';
import type { Task, TaskCategory } from '@devops/contracts/runner-protocol';
import type { TaskOutput } from '../protocol/messages.ts';
import { HTTP_INTERACTIVE_EVENT_TYPES } from '../sdk/event-types.ts';
import { isTaskResult, type AnyResult } from '../sdk/results.ts';
import type { ConnectObject, TaskContext } from '../sdk/types.ts';
import { describeError } from './log.ts';
import { loadBackgroundObject, loadSchedule } from './object-loader.ts';
import { createBaseContext, type RuntimeDeps } from './runtime-deps.ts';
import { withTimeout } from './with-timeout.ts';

/** The platform stores at most this much of a task's output message. */
export const MAX_OUTPUT_MESSAGE = 4000;

/** A failure the extension did not decide: background and scheduled tasks are retried, interactive ones fail. */
class Crash {
  constructor(readonly message: string) {}
}

function clip(message: string | null | undefined): string | null {
  return message == null ? null : message.slice(0, MAX_OUTPUT_MESSAGE);
}

function crashMessage(error: unknown): string {
  const stack = error instanceof Error && error.stack ? `\n${error.stack.split('\n').slice(1).join('\n')}` : '';
  return `${describeError(error)}${stack}`;
}

function taskContext(deps: RuntimeDeps, task: Task, signal: AbortSignal): TaskContext {
  const { options, input } = task;
  return {
    ...createBaseContext(deps, signal, deps.extensionLogger(options.task_id), options.api_key),
    // Getters are lost by spreading: keep the live views of what setup_response changes.
    get variables() {
      return deps.state.variables;
    },
    get environmentType() {
      return deps.state.environmentType;
    },
    taskId: options.task_id,
    taskCategory: options.task_category,
    eventType: input.event_type,
    objectId: input.object_id,
    installationId: options.installation_id ?? null,
    correlationId: options.correlation_id ?? null,
  };
}

function parseParameter(value: unknown): ConnectObject {
  if (typeof value === 'string') {
    try {
      return parseParameter(JSON.parse(value));
    } catch {
      return { value };
    }
  }
  return typeof value === 'object' && value !== null ? (value as ConnectObject) : {};
}

/** Finds the handler for a task and calls it; returns its result, a skip decided by the runner, or a Crash. */
async function execute(deps: RuntimeDeps, task: Task, signal: AbortSignal): Promise<AnyResult | Crash> {
  const { event_type: eventType } = task.input;
  const ctx = taskContext(deps, task, signal);
  if (task.options.task_category === 'scheduled') {
    const schedule = await loadSchedule(deps, task, signal);
    const schedulable = deps.extension.schedulables?.find((candidate) => candidate.method === schedule.method);
    if (!schedulable) return { result: 'fail', message: `The extension has no schedulable method '${String(schedule.method)}'` };
    return schedulable.handler({ ...ctx, schedule }, parseParameter(schedule.parameter));
  }
  const subscription = deps.extension.events?.[eventType];
  if (!subscription) return { result: 'fail', message: `The extension does not handle ${eventType} events` };
  if (subscription.category !== task.options.task_category) {
    deps.log.warning(`task ${task.options.task_id}: ${eventType} arrived as ${task.options.task_category}, declared ${subscription.category}`);
  }
  if (task.options.task_category === 'background') {
    const loaded = await loadBackgroundObject(deps, task, subscription.statuses ?? [], signal);
    if (loaded.kind === 'skip') return { result: 'skip', message: loaded.message };
    return subscription.handler(ctx, loaded.object);
  }
  // Handlers always get an object: no body becomes {}, a bare value (a string body…) is wrapped.
  const data = task.input.data ?? {};
  return subscription.handler(ctx, typeof data === 'object' ? (data as ConnectObject) : { value: data });
}

function interactiveOutput(task: Task, result: AnyResult | Crash, runtime: number): TaskOutput {
  if (result instanceof Crash) {
    const message = clip(result.message);
    // Connect answers an HTTP caller (custom event, product action) with a 400 carrying the error.
    const data = HTTP_INTERACTIVE_EVENT_TYPES.includes(task.input.event_type) ? { http_status: 400, headers: null, body: message } : null;
    return { result: 'fail', data, countdown: 0, runtime, message };
  }
  // Only success and fail carry an HTTP answer; other results get the default status for their outcome.
  const http = result as { httpStatus?: number; headers?: Record<string, string> | null; body?: unknown };
  return {
    result: result.result,
    data: { http_status: http.httpStatus ?? (result.result === 'success' ? 200 : 400), headers: http.headers ?? null, body: http.body ?? null },
    countdown: 0,
    runtime,
    message: clip('message' in result ? result.message : null),
  };
}

function backgroundOutput(result: AnyResult | Crash, runtime: number): TaskOutput {
  if (result instanceof Crash) return { result: 'retry', data: null, countdown: 0, runtime, message: clip(result.message) };
  return {
    result: result.result,
    data: null,
    countdown: result.result === 'reschedule' ? result.countdown : 0,
    runtime,
    message: clip('message' in result ? result.message : null),
  };
}

/**
 * Runs one task to its output, never throwing: handler errors and timeouts become `retry` (background,
 * scheduled) or `fail` (interactive), as in Connect's runner. The timeout is the task category's.
 */
export async function runTask(deps: RuntimeDeps, task: Task): Promise<TaskOutput> {
  const category: TaskCategory = task.options.task_category;
  const controller = new AbortController();
  const started = performance.now();
  let result: AnyResult | Crash;
  try {
    const value = await withTimeout(execute(deps, task, controller.signal), deps.timeouts[category], controller, `task ${task.options.task_id}`);
    result = value instanceof Crash || isTaskResult(value) ? value : new Crash(`The handler returned an invalid result: ${JSON.stringify(value) ?? String(value)}`);
  } catch (error) {
    deps.log.warning(`task ${task.options.task_id} raised ${describeError(error)}`);
    deps.log.debug(crashMessage(error));
    result = new Crash(crashMessage(error));
  }
  const runtime = (performance.now() - started) / 1000;
  return category === 'interactive' ? interactiveOutput(task, result, runtime) : backgroundOutput(result, runtime);
}
