import { randomUUID } from 'node:crypto';
import { Task, WebTask, type EventDefinition, type TaskCategory } from '@devops/contracts/runner-protocol';
import type { TaskOutput } from '../protocol/messages.ts';
import { createLogger } from '../runtime/log.ts';
import type { RuntimeDeps } from '../runtime/runtime-deps.ts';
import { RuntimeState } from '../runtime/runtime-state.ts';
import { runTask } from '../runtime/task-runner.ts';
import { runWebTask } from '../runtime/web-task-runner.ts';
import type { Extension } from '../sdk/types.ts';

export interface HarnessOptions {
  /** Values as the platform would push them (declared initial values fill the rest). */
  variables?: Record<string, string>;
  eventDefinitions?: EventDefinition[];
  serviceId?: string;
  environmentId?: string;
  /** Stands in for the platform's REST API (background objects, schedules, ctx.api). */
  fetch?: typeof fetch;
  /** Milliseconds. */
  timeouts?: Partial<Record<TaskCategory, number>>;
}

export interface TaskInput {
  category: TaskCategory;
  eventType: string;
  objectId?: string;
  data?: unknown;
  taskId?: string;
  installationId?: string;
}

export interface ApiCall {
  headers?: Record<string, string>;
  /** Objects are sent as JSON. */
  body?: unknown;
  installationId?: string;
}

/**
 * Runs an extension's handlers in-process, exactly as the runner does for tasks and web tasks, without
 * sockets: for extension unit tests.
 */
export function createTestHarness(extension: Extension, options: HarnessOptions = {}) {
  const logs: string[] = [];
  const state = new RuntimeState(extension, 'DEBUG');
  state.apply({
    variables: { ...state.variables, ...options.variables },
    event_definitions: options.eventDefinitions ?? null,
    environment_type: 'development',
    logging: { meta: { service_id: options.serviceId ?? 'SRVC-0000-0000' } },
  });
  const sink = (line: string) => logs.push(line);
  const deps: RuntimeDeps = {
    extension,
    state,
    environmentId: options.environmentId ?? 'ENV-0000-0000-01',
    instanceId: 'INS-test',
    apiBaseUrl: 'http://platform.invalid/public/v1',
    apiKey: 'ApiKey SU-000-000-000:test',
    userAgent: 'devops-runner/test',
    fetch: options.fetch ?? (() => Promise.reject(new Error('no fetch given to the test harness'))),
    timeouts: { background: 300_000, interactive: 120_000, scheduled: 43_200_000, ...options.timeouts },
    log: createLogger({ name: 'runner', level: () => 'DEBUG', sink }),
    extensionLogger: (label) => createLogger({ name: `extension ${label}`, level: () => state.logLevel, sink, redact: state.redact }),
  };

  return {
    state,
    deps,
    /** Every log line written so far (runner and extension). */
    logs,
    /** Runs a task and returns the output the runner would send back. */
    runTask(input: TaskInput): Promise<TaskOutput> {
      const task = Task.parse({
        options: { task_id: input.taskId ?? `ET-${randomUUID().slice(0, 8)}`, task_category: input.category, installation_id: input.installationId ?? null },
        input: { event_type: input.eventType, object_id: input.objectId ?? 'PR-0000-0000-0000-001', data: input.data ?? null },
      });
      return runTask(deps, task);
    },
    /** Calls a custom API route through a web task; the body comes back parsed when it is JSON. */
    async callApi(method: string, url: string, call: ApiCall = {}) {
      const isJson = call.body !== undefined && !Buffer.isBuffer(call.body) && typeof call.body !== 'string';
      const content = call.body === undefined ? null : Buffer.from(isJson ? JSON.stringify(call.body) : (call.body as string | Buffer)).toString('base64');
      const task = WebTask.parse({
        options: { correlation_id: randomUUID(), reply_to: 'test', installation_id: call.installationId ?? null },
        request: { method, url, headers: { ...(isJson ? { 'content-type': 'application/json' } : {}), ...call.headers }, content },
      });
      const response = await runWebTask(deps, task);
      const bytes = Buffer.from(response.content, 'base64');
      const isJsonResponse = (response.headers['content-type'] ?? '').includes('json');
      return { status: response.status, headers: response.headers, body: isJsonResponse ? (JSON.parse(bytes.toString('utf8')) as unknown) : bytes.toString('utf8') };
    },
  };
}

export type TestHarness = ReturnType<typeof createTestHarness>;
