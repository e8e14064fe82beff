import type { Task } from '@devops/contracts/runner-protocol';
import type { ConnectObject } from '../sdk/types.ts';
import type { RuntimeDeps } from './runtime-deps.ts';

export class ApiCallError extends Error {
  override name = 'ApiCallError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type LoadedObject = { kind: 'object'; object: ConnectObject } | { kind: 'skip'; message: string };

async function apiGet(deps: RuntimeDeps, pathAndQuery: string, apiKey: string | null | undefined, signal: AbortSignal): Promise<Response> {
  const url = `${deps.apiBaseUrl}/${pathAndQuery.replace(/^\//, '')}`;
  const response = await deps.fetch(url, {
    headers: { authorization: apiKey ?? deps.apiKey, 'user-agent': deps.userAgent, accept: 'application/json' },
    signal,
  });
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).slice(0, 300);
    throw new ApiCallError(response.status, `GET ${url} answered ${response.status}${body ? `: ${body}` : ''}`);
  }
  return response;
}

/** `items 0-9/42` → 42; null when the header is missing or unreadable. */
export function parseContentRangeTotal(header: string | null): number | null {
  const match = header ? /\/(\d+)\s*$/.exec(header) : null;
  return match ? Number(match[1]) : null;
}

function statusMismatch(statuses: string[]): LoadedObject {
  // Connect's runner words it the same way; the platform shows it as the skip reason.
  return { kind: 'skip', message: `The request status does not match the supported statuses: ${statuses.join(',')}.` };
}

function isObject(value: unknown): value is ConnectObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object a background task is about. When the platform inlines it in `input.data` it is used as is;
 * otherwise it is read like Connect's runner does (captures 09, 10): count the collection with the event
 * definition's RQL filter and `limit=0` (total from Content-Range) to check the object still has a
 * subscribed status, then read the resource.
 */
export async function loadBackgroundObject(deps: RuntimeDeps, task: Task, statuses: string[], signal: AbortSignal): Promise<LoadedObject> {
  const inline = task.input.data;
  if (isObject(inline)) {
    const status = inline.status;
    if (typeof status === 'string' && statuses.length > 0 && !statuses.includes(status)) return statusMismatch(statuses);
    return { kind: 'object', object: inline };
  }
  const definition = deps.state.eventDefinitions.get(task.input.event_type);
  if (!definition) throw new Error(`setup_response has no event definition for ${task.input.event_type}: cannot read ${task.input.object_id}`);

  const apiKey = task.options.api_key;
  const filter = definition.api_collection_filter
    .replace(/\$\{?_statuses_\}?/g, `(${statuses.join(',')})`)
    .replace(/\$\{?_object_id_\}?/g, task.input.object_id);
  const collection = await apiGet(deps, `${definition.api_collection_endpoint}?${filter}&limit=0&offset=0`, apiKey, signal);
  const total = parseContentRangeTotal(collection.headers.get('content-range'));
  await collection.body?.cancel();
  if (total === 0) return statusMismatch(statuses);

  const resourcePath = definition.api_resource_endpoint.replace('{pk}', encodeURIComponent(task.input.object_id));
  const object: unknown = await (await apiGet(deps, resourcePath, apiKey, signal)).json();
  if (!isObject(object)) throw new Error(`${resourcePath} did not return an object`);
  // Without a Content-Range the status check above could not happen: do it on the object itself.
  if (total === null && typeof object.status === 'string' && statuses.length > 0 && !statuses.includes(object.status)) {
    return statusMismatch(statuses);
  }
  return { kind: 'object', object };
}

/**
 * The schedule a scheduled task fires: inlined in `input.data` when the platform sends it, otherwise read
 * from `devops/services/{service}/environments/{env}/schedules/{id}` as Connect's runner does.
 */
export async function loadSchedule(deps: RuntimeDeps, task: Task, signal: AbortSignal): Promise<ConnectObject> {
  const inline = task.input.data;
  if (isObject(inline) && typeof inline.method === 'string') return inline;
  const serviceId = deps.state.serviceId;
  if (!serviceId) throw new Error('setup_response did not name the extension (logging.meta.service_id): cannot read the schedule');
  const path = `devops/services/${serviceId}/environments/${deps.environmentId}/schedules/${encodeURIComponent(task.input.object_id)}`;
  const schedule: unknown = await (await apiGet(deps, path, task.options.api_key, signal)).json();
  if (!isObject(schedule) || typeof schedule.method !== 'string') throw new Error(`${path} did not return a schedule with a method`);
  return schedule;
}
