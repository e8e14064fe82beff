import { randomUUID } from 'node:crypto';
import type { RunnerConnection } from './runner-connection.ts';

/** Where runners built on packages/runner describe their custom API (an OpenAPI document). */
const OPENAPI_PATH = '/openapi/spec.json';
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

export interface CustomApiMethod {
  method: string;
  path: string;
  summary: string | null;
}

/**
 * Asks a freshly connected runner for its OpenAPI description through a web task. A runner that has none
 * (or answers something else) simply has no listed methods; its API still works through the proxy.
 */
export async function discoverCustomApi(connection: RunnerConnection, timeoutMs = 5_000): Promise<CustomApiMethod[] | null> {
  const answer = await connection.forwardWebTask(
    {
      options: { correlation_id: randomUUID(), reply_to: connection.environmentId ?? '' },
      request: { method: 'GET', url: OPENAPI_PATH, headers: { accept: 'application/json' }, content: null },
    },
    timeoutMs,
  );
  const response = answer.response;
  if (!response || response.status !== 200 || !response.content) return null;
  let document: { paths?: Record<string, Record<string, { summary?: unknown }>> };
  try {
    document = JSON.parse(Buffer.from(response.content, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  const methods: CustomApiMethod[] = [];
  for (const [path, operations] of Object.entries(document.paths ?? {}).slice(0, 500)) {
    for (const [method, operation] of Object.entries(operations ?? {})) {
      if (!HTTP_METHODS.has(method)) continue;
      methods.push({ method: method.toUpperCase(), path: path.slice(0, 512), summary: typeof operation?.summary === 'string' ? operation.summary.slice(0, 512) : null });
    }
  }
  return methods;
}
