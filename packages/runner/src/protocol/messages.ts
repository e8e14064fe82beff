import { EventDefinition, PROTOCOL_VERSION, Task, WebTask, type TaskResult } from '@devops/contracts/runner-protocol';
import { z } from 'zod';

/**
 * What the runner accepts from the platform. Tasks and web tasks use the shared contracts; setup_response is
 * read leniently because Connect sends partial updates (every field optional) and, depending on its
 * version, variables either as a `{name: value}` dict or as a `[{name, value, secure}]` list.
 */
const Envelope = z.object({ version: z.number(), message_type: z.string(), data: z.unknown().optional() });

const text = z.string().nullable().optional();

export const InboundSetupResponse = z.object({
  variables: z
    .union([
      z.record(z.string(), z.string().nullable()),
      z.array(z.object({ name: z.string(), value: z.string().nullable().optional(), secure: z.boolean().nullable().optional() })),
    ])
    .nullable()
    .optional(),
  environment_type: text,
  environment_runtime: text,
  logging: z
    .object({
      logging_api_key: text,
      log_level: text,
      runner_log_level: text,
      meta: z
        .object({ account_id: text, account_name: text, service_id: text, products: z.array(z.string()).nullable().optional(), hub_id: text })
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
  event_definitions: z.array(EventDefinition).nullable().optional(),
});
export type InboundSetupResponse = z.infer<typeof InboundSetupResponse>;

export type InboundMessage =
  | { type: 'setup_response'; data: InboundSetupResponse }
  | { type: 'task'; data: Task }
  | { type: 'web_task'; data: WebTask; rawOptions: Record<string, unknown> }
  | { type: 'shutdown' }
  | { type: 'ignored'; messageType: string };

export type ParseResult = { ok: true; message: InboundMessage } | { ok: false; error: string };

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'data'}: ${issue.message}` : 'invalid';
}

/** Parses one frame from the platform; never throws. */
export function parseInboundMessage(raw: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) return { ok: false, error: `not a protocol message (${describe(envelope.error)})` };
  const { version, message_type: messageType, data } = envelope.data;
  if (version !== PROTOCOL_VERSION) return { ok: false, error: `unsupported protocol version ${version}` };
  switch (messageType) {
    case 'shutdown':
      return { ok: true, message: { type: 'shutdown' } };
    case 'setup_response': {
      const parsed = InboundSetupResponse.safeParse(data ?? {});
      return parsed.success ? { ok: true, message: { type: 'setup_response', data: parsed.data } } : { ok: false, error: `setup_response ${describe(parsed.error)}` };
    }
    case 'task': {
      const parsed = Task.safeParse(data);
      return parsed.success ? { ok: true, message: { type: 'task', data: parsed.data } } : { ok: false, error: `task ${describe(parsed.error)}` };
    }
    case 'web_task': {
      const parsed = WebTask.safeParse(data);
      if (!parsed.success) return { ok: false, error: `web_task ${describe(parsed.error)}` };
      const rawOptions = (data as { options: Record<string, unknown> }).options;
      return { ok: true, message: { type: 'web_task', data: parsed.data, rawOptions } };
    }
    default:
      return { ok: true, message: { type: 'ignored', messageType } };
  }
}

export interface TaskOutput {
  result: TaskResult;
  data: unknown;
  countdown: number;
  /** Seconds, as a float. */
  runtime: number;
  message: string | null;
}

/** The reply to a task: the whole task echoed (every option present, null when unset) plus its output. */
export function buildTaskReply(task: Task, output: TaskOutput) {
  const { options, input } = task;
  return {
    version: PROTOCOL_VERSION,
    message_type: 'task' as const,
    data: {
      options: {
        task_id: options.task_id,
        task_category: options.task_category,
        correlation_id: options.correlation_id ?? null,
        reply_to: options.reply_to ?? null,
        api_key: options.api_key ?? null,
        installation_id: options.installation_id ?? null,
        connect_correlation_id: options.connect_correlation_id ?? null,
      },
      input: { event_type: input.event_type, object_id: input.object_id, data: input.data ?? null },
      output,
      model_type: 'task' as const,
    },
  };
}

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  /** base64 */
  content: string;
}

/** The reply to a web task: its options echoed, the request line (without headers or body) and the response. */
export function buildWebTaskReply(task: WebTask, rawOptions: Record<string, unknown>, response: WebResponse) {
  return {
    version: PROTOCOL_VERSION,
    message_type: 'web_task' as const,
    data: {
      options: {
        ...rawOptions,
        correlation_id: task.options.correlation_id,
        reply_to: task.options.reply_to,
        api_key: task.options.api_key ?? null,
        installation_id: task.options.installation_id ?? null,
      },
      request: task.request ? { method: task.request.method.toUpperCase(), url: task.request.url, headers: {}, content: null } : null,
      response,
      model_type: 'web_task' as const,
    },
  };
}

export function buildSetupRequestMessage(data: object) {
  return { version: PROTOCOL_VERSION, message_type: 'setup_request' as const, data };
}

export const SHUTDOWN_MESSAGE = Object.freeze({ version: PROTOCOL_VERSION, message_type: 'shutdown' as const, data: null });
