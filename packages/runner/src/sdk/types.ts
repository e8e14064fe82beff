import type { TaskCategory } from '@devops/contracts/runner-protocol';
import type { BackgroundResult, InteractiveResult, ScheduledResult } from './results.ts';

export type Awaitable<T> = T | Promise<T>;
export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/**
 * A Connect business object (a request, a tier config request, a custom event body…). Deliberately loose:
 * its shape depends on the event type, and extensions read nested fields such as `request.asset.params`.
 */
export type ConnectObject = Record<string, any>;

/** The platform's public API, called with the runner's key (or the installation's key, when the task has one). */
export interface ConnectApi {
  /** e.g. `http://localhost:3000/public/v1` */
  readonly baseUrl: string;
  /** `path` is relative to `baseUrl` (`/requests/PR-…`); the Authorization header is added. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface ExtensionContext {
  /** Current values of the environment's variables; replaced whenever the platform pushes new ones. */
  readonly variables: Readonly<Record<string, string>>;
  readonly logger: Logger;
  readonly environmentId: string;
  readonly instanceId: string;
  /** development / test / production, once the platform said so. */
  readonly environmentType: string | null;
  /** Aborted when the work timed out: long handlers should pass it to fetch and stop early. */
  readonly signal: AbortSignal;
  readonly api: ConnectApi;
}

export interface TaskContext extends ExtensionContext {
  readonly taskId: string;
  readonly taskCategory: TaskCategory;
  readonly eventType: string;
  readonly objectId: string;
  readonly installationId: string | null;
  readonly correlationId: string | null;
}

export interface ScheduleContext extends TaskContext {
  /** The schedule that fired (its `method`, `parameter`, `trigger`…). */
  readonly schedule: ConnectObject;
}

export interface ApiContext extends ExtensionContext {
  readonly installationId: string | null;
  readonly correlationId: string;
}

export interface BackgroundEvent {
  category: 'background';
  /** Object statuses this extension processes; tasks for other statuses are skipped. */
  statuses: string[];
  handler(ctx: TaskContext, object: ConnectObject): Awaitable<BackgroundResult>;
}

export interface InteractiveEvent {
  category: 'interactive';
  /** Interactive events have no statuses in Connect; declared as an empty list. */
  statuses?: string[];
  handler(ctx: TaskContext, data: ConnectObject): Awaitable<InteractiveResult>;
}

export type EventSubscription = BackgroundEvent | InteractiveEvent;

export interface VariableDeclaration {
  /** `^[A-Za-z][A-Za-z0-9_\-.]*$`; created in the environment with `initialValue` if it does not exist. */
  name: string;
  initialValue?: string;
  secure?: boolean;
}

export interface SchedulableMethod {
  /** The identifier schedules refer to. */
  method: string;
  name: string;
  description: string;
  /** `params` is the schedule's `parameter` JSON ({} when it has none). */
  handler(ctx: ScheduleContext, params: ConnectObject): Awaitable<ScheduledResult>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: string;
  /** Path without the query string, e.g. `/items/42`. */
  path: string;
  /** The URL as the platform forwarded it. */
  url: string;
  query: Record<string, string>;
  /** Values of `:name` segments of the route path. */
  params: Record<string, string>;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** Parsed JSON for JSON requests, text for text, otherwise undefined (see rawBody). */
  body: any;
  rawBody: Buffer;
}

export interface ApiResponse {
  /** 200 when omitted. */
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON, strings as text, Buffers as bytes. */
  body?: unknown;
}

export interface ApiRoute {
  method: HttpMethod;
  /** Starts with `/`; `:name` segments are parameters (`/items/:id`). */
  path: string;
  summary?: string;
  description?: string;
  handler(ctx: ApiContext, request: ApiRequest): Awaitable<ApiResponse>;
}

export interface UiPage {
  label: string;
  url: string;
  icon?: string;
  children?: UiPage[];
}

export interface ExtensionDefinition {
  name?: string;
  description?: string;
  version?: string;
  icon?: string;
  variables?: VariableDeclaration[];
  /** Event type → subscription, e.g. `asset_purchase_request_processing`. */
  events?: Record<string, EventSubscription>;
  schedulables?: SchedulableMethod[];
  /** `ui.modules` is sent as `ui_modules`: integration point (settings, modules, admins…) → page(s). */
  ui?: { modules: Record<string, UiPage | UiPage[]> };
  /** Custom API methods, called through `web_task`; files under `staticRoot` are served at `/static/…`. */
  api?: { routes: ApiRoute[]; staticRoot?: string };
  /** Connect API paths the extension's pages may call through the platform. */
  proxiedConnectApi?: string[] | Record<string, string>;
  audience?: Array<'vendor' | 'distributor' | 'reseller'>;
  repository?: { readmeUrl?: string; changelogUrl?: string };
}

export const EXTENSION_BRAND = Symbol.for('@devops/runner/extension');

/** A validated extension definition, as `defineExtension` returns it. */
export type Extension = Readonly<ExtensionDefinition> & { readonly [EXTENSION_BRAND]: true };
