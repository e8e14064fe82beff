import { z } from 'zod';
import { Events, NamedReference } from './common.ts';

export const EnvironmentType = z.enum(['development', 'test', 'production']);
export type EnvironmentType = z.infer<typeof EnvironmentType>;

export const Runtime = z.enum(['local', 'cloud']);
export type Runtime = z.infer<typeof Runtime>;

export const EnvironmentStatus = z.enum([
  'uninitialized', 'building', 'deploying', 'standby', 'running', 'upgrading',
  'stopping', 'stopped', 'connected', 'disconnected', 'errored',
]);
export type EnvironmentStatus = z.infer<typeof EnvironmentStatus>;

export const LogLevel = z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR']);
export type LogLevel = z.infer<typeof LogLevel>;

/** Statuses in which an extension may be deleted. */
export const DELETABLE_STATUSES: readonly EnvironmentStatus[] = ['stopped', 'disconnected', 'uninitialized'];
/** Statuses in which an environment's runtime mode may be switched. */
export const MODE_SWITCHABLE_STATUSES: readonly EnvironmentStatus[] = ['stopped', 'uninitialized', 'disconnected'];

/** Order of the environment tabs and their two-digit id suffixes. */
export const ENVIRONMENT_TYPES = [
  { type: 'development', suffix: '01', label: 'Development' },
  { type: 'test', suffix: '02', label: 'Test' },
  { type: 'production', suffix: '03', label: 'Production' },
] as const satisfies readonly { type: EnvironmentType; suffix: string; label: string }[];

export const GitInfo = z.object({
  url: z.string(),
  tag: z.string().nullable(),
  commit: z.string().nullable(),
  /** Only the username is ever returned; the password stays encrypted at rest. */
  auth: z.object({ username: z.string().nullable() }).nullable(),
});
export type GitInfo = z.infer<typeof GitInfo>;

export const Features = z.object({
  event_processing_available: z.boolean(),
  custom_api_available: z.boolean(),
  web_app_available: z.boolean(),
  anvil_app_available: z.boolean(),
  transformation_app_available: z.boolean(),
});
export type Features = z.infer<typeof Features>;

/** An environment as embedded in an extension (`environments.development` …). */
export const ServiceEnvironment = z.object({
  id: z.string(),
  type: EnvironmentType,
  runtime: Runtime,
  status: EnvironmentStatus,
  configuration_changed: z.boolean(),
});
export type ServiceEnvironment = z.infer<typeof ServiceEnvironment>;

export const Environment = ServiceEnvironment.extend({
  external_id: z.string(),
  log_level: LogLevel,
  /** Shown to members who may change the environment; null for viewers. */
  jwt_secret: z.string().nullable(),
  git: GitInfo.nullable(),
  readme_url: z.string().nullable(),
  changelog_url: z.string().nullable(),
  features: Features,
  /** What the runner declared in its last setup_request; null before any runner connected. */
  runner: z.lazy(() => RunnerDeclaration).nullable(),
  /** Runner processes, connected ones first. */
  instances: z.array(
    z.object({
      id: z.string(),
      /** The instance id the runner process connected with (its INSTANCE_ID). */
      runner_instance_id: z.string(),
      status: z.enum(['connected', 'disconnected', 'decommissioned']),
      runner_version: z.string().nullable(),
      connected_at: z.string(),
      last_seen_at: z.string(),
    }),
  ),
  extension: z.object({ id: z.string(), name: z.string(), owner: NamedReference, icon: z.string().nullable() }),
  events: Events,
});
export type Environment = z.infer<typeof Environment>;

const gitUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((url) => /^(https?|ssh):\/\//.test(url) || /^[\w.-]+@[\w.-]+:[\w./~-]+$/.test(url), {
    message: 'git.url must be an http(s) or ssh repository address',
  });

export const UpdateEnvironmentRequest = z.strictObject({
  runtime: Runtime.optional(),
  jwt_secret: z.string().min(16, 'jwt_secret must be at least 16 characters').max(512).optional(),
  log_level: LogLevel.optional(),
  git: z
    .strictObject({
      url: gitUrl,
      tag: z.string().trim().min(1, 'git.tag is required').max(256),
      auth: z
        .strictObject({ username: z.string().max(256).nullable(), password: z.string().max(1024).nullable() })
        .nullable()
        .optional(),
    })
    .optional(),
});
export type UpdateEnvironmentRequest = z.infer<typeof UpdateEnvironmentRequest>;

/** `…/environments/{id}/event-subscriptions`: Connect's capabilities list. */
export const EventSubscriptions = z.object({
  id: z.string(),
  capabilities: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      description: z.string(),
      group: z.object({ id: z.string(), label: z.string() }),
      category: z.enum(['background', 'interactive', 'scheduled']),
      enabled: z.boolean(),
      statuses: z.record(z.string(), z.boolean()),
    }),
  ),
});
export type EventSubscriptions = z.infer<typeof EventSubscriptions>;

/** What the environment's runner declared in its last setup_request (null before any runner connected). */
export const RunnerDeclaration = z.object({
  runner_version: z.string().nullable(),
  event_subscriptions: z.record(z.string(), z.array(z.string())),
  schedulables: z.array(z.object({ method: z.string(), name: z.string(), description: z.string() })),
  ui_modules: z.record(z.string(), z.unknown()).nullable(),
  proxied_connect_api: z.unknown().nullable(),
  audience: z.array(z.string()).nullable(),
  variables: z.array(z.object({ name: z.string(), secure: z.boolean() })),
  /** Custom API methods, read from the runner's OpenAPI description (`GET /openapi/spec.json`) when it connects. */
  custom_api_methods: z.array(z.object({ method: z.string(), path: z.string(), summary: z.string().nullable() })),
});
export type RunnerDeclaration = z.infer<typeof RunnerDeclaration>;
