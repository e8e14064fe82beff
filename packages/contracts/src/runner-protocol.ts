import { z } from 'zod';

/**
 * The runner protocol, version 2, as Connect's extension runner speaks it over
 * `GET /public/v1/devops/ws/{ENV_ID}/{INSTANCE_ID}`: every message is `{version: 2, message_type, data}`.
 * Connect's runner sends every optional field, as null when unset; unknown extra fields are tolerated
 * (newer runners add some), but every field we read is typed.
 */
export const PROTOCOL_VERSION = 2;

export const MessageType = z.enum(['setup_request', 'setup_response', 'task', 'web_task', 'shutdown']);
export type MessageType = z.infer<typeof MessageType>;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const DeclaredVariable = z.object({
  name: z.string().min(1).max(256),
  initial_value: nullable(z.string().max(21960)),
  secure: nullable(z.boolean()),
});
export type DeclaredVariable = z.infer<typeof DeclaredVariable>;

export const Schedulable = z.object({
  method: z.string().min(1).max(256),
  name: z.string().max(256),
  description: z.string().max(4096),
});
export type Schedulable = z.infer<typeof Schedulable>;

export const SetupRequest = z.object({
  model_type: z.literal('setup_request').optional(),
  /** event type → object statuses handled (empty list: the event has no statuses). */
  event_subscriptions: nullable(z.record(z.string().max(128), z.array(z.string().max(64)).nullable())),
  ui_modules: nullable(z.record(z.string(), z.unknown())),
  icon: nullable(z.string().max(2048)),
  variables: nullable(z.array(DeclaredVariable).max(1000)),
  schedulables: nullable(z.array(Schedulable).max(1000)),
  anvil_callables: nullable(z.unknown()),
  transformations: nullable(z.unknown()),
  audience: nullable(z.array(z.string())),
  repository: nullable(z.object({ readme_url: nullable(z.string()), changelog_url: nullable(z.string()) })),
  runner_version: nullable(z.string().max(64)),
  /** Connect API paths the extension calls (proxied), with their access. */
  proxied_connect_api: nullable(z.union([z.array(z.string()), z.record(z.string(), z.unknown())])),
});
export type SetupRequest = z.infer<typeof SetupRequest>;

export const EventDefinition = z.object({
  event_type: z.string(),
  api_resource_endpoint: z.string(),
  api_collection_endpoint: z.string(),
  api_collection_filter: z.string(),
});
export type EventDefinition = z.infer<typeof EventDefinition>;

export const SetupResponse = z.object({
  model_type: z.literal('setup_response'),
  /**
   * The environment's variables with their values (secure ones decrypted: only the environment's own runner
   * receives them). Connect's current runner reads a list of `{name, value, secure}`; older ones took a dict.
   */
  variables: z.array(z.object({ name: z.string(), value: z.string(), secure: z.boolean() })),
  environment_type: z.enum(['development', 'test', 'production']),
  logging: z.object({
    logging_api_key: z.string().nullable(),
    log_level: z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR']),
    runner_log_level: z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR']),
    meta: z.object({
      account_id: z.string(),
      account_name: z.string(),
      service_id: z.string(),
      products: z.array(z.string()).nullable(),
      hub_id: z.string().nullable(),
    }),
  }),
  event_definitions: z.array(EventDefinition),
  environment_runtime: z.enum(['local', 'cloud']),
});
export type SetupResponse = z.infer<typeof SetupResponse>;

export const TaskCategory = z.enum(['background', 'interactive', 'scheduled']);
export type TaskCategory = z.infer<typeof TaskCategory>;

export const TaskResult = z.enum(['success', 'reschedule', 'skip', 'retry', 'fail']);
export type TaskResult = z.infer<typeof TaskResult>;

export const Task = z.object({
  model_type: z.literal('task').optional(),
  options: z.object({
    task_id: z.string().min(1).max(64),
    task_category: TaskCategory,
    correlation_id: nullable(z.string()),
    reply_to: nullable(z.string()),
    api_key: nullable(z.string()),
    installation_id: nullable(z.string()),
    connect_correlation_id: nullable(z.string()),
  }),
  input: z.object({ event_type: z.string().max(128), object_id: z.string().max(128), data: nullable(z.unknown()) }),
  output: nullable(
    z.object({
      result: TaskResult,
      data: nullable(z.unknown()),
      countdown: nullable(z.number().min(0)),
      runtime: nullable(z.number().min(0)),
      message: nullable(z.string()),
    }),
  ),
});
export type Task = z.infer<typeof Task>;

export const HttpRequest = z.object({
  method: z.string().max(16),
  url: z.string().max(8192),
  headers: z.record(z.string(), z.string()),
  /** base64 */
  content: nullable(z.string()),
});
export const HttpResponse = z.object({
  status: z.number().int().min(100).max(599),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  /** base64 */
  content: nullable(z.string()),
});

export const WebTask = z.object({
  model_type: z.literal('web_task').optional(),
  options: z.object({
    correlation_id: z.string().max(128),
    reply_to: z.string().max(128),
    api_key: nullable(z.string()),
    installation_id: nullable(z.string()),
    connect_correlation_id: nullable(z.string()),
    tier_account_id: nullable(z.string()),
    /** The caller, as Connect's runner passes it on in X-Connect-* headers. */
    user_id: nullable(z.string()),
    account_id: nullable(z.string()),
    account_role: nullable(z.string()),
    call_type: nullable(z.string()),
    call_source: nullable(z.string()),
  }),
  request: nullable(HttpRequest),
  response: nullable(HttpResponse),
});
export type WebTask = z.infer<typeof WebTask>;

/** Every message either side may send, by type. */
export const RunnerMessage = z.discriminatedUnion('message_type', [
  z.object({ version: z.literal(PROTOCOL_VERSION), message_type: z.literal('setup_request'), data: SetupRequest }),
  z.object({ version: z.literal(PROTOCOL_VERSION), message_type: z.literal('setup_response'), data: SetupResponse }),
  z.object({ version: z.literal(PROTOCOL_VERSION), message_type: z.literal('task'), data: Task }),
  z.object({ version: z.literal(PROTOCOL_VERSION), message_type: z.literal('web_task'), data: WebTask }),
  z.object({ version: z.literal(PROTOCOL_VERSION), message_type: z.literal('shutdown'), data: z.null().optional() }),
]);
export type RunnerMessage = z.infer<typeof RunnerMessage>;

/** WebSocket close codes the gateway uses, each with a reason text. */
export const CLOSE_CODES = {
  normal: 1000,
  goingAway: 1001,
  messageTooBig: 1009,
  protocolError: 4000,
  unauthorized: 4001,
  forbidden: 4003,
  notFound: 4004,
  stopped: 4009,
  idleTimeout: 4008,
  setupTimeout: 4010,
  flood: 4029,
} as const;
