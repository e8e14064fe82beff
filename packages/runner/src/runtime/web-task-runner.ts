import type { WebTask } from '@devops/contracts/runner-protocol';
import type { WebResponse } from '../protocol/messages.ts';
import type { ApiContext, ApiResponse } from '../sdk/types.ts';
import { matchRoute } from './api-router.ts';
import { BadRequestError, decodeBase64, encodeResponseBody, normalizeHeaders, parseRequestBody } from './http-body.ts';
import { describeError } from './log.ts';
import { buildOpenApiSpec, OPENAPI_PATH } from './openapi.ts';
import { createBaseContext, type RuntimeDeps } from './runtime-deps.ts';
import { readStaticFile, STATIC_PREFIX } from './static-files.ts';
import { TimeoutError, withTimeout } from './with-timeout.ts';

interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
}

/** Errors in the platform API's shape, so the console shows them like its own. */
function errorResponse(status: number, errorCode: string, message: string, headers: Record<string, string> = {}): PlainResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    bytes: Buffer.from(JSON.stringify({ error_code: errorCode, errors: [message] })),
  };
}

function fromHandler(response: ApiResponse): PlainResponse {
  const status = response.status ?? 200;
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    return errorResponse(500, 'INTERNAL_ERROR', `The custom API method answered an invalid status: ${String(status)}`);
  }
  const { bytes, contentType } = encodeResponseBody(response.body);
  const headers = normalizeHeaders(response.headers);
  if (contentType && !headers['content-type']) headers['content-type'] = contentType;
  return { status, headers, bytes };
}

async function route(deps: RuntimeDeps, task: WebTask): Promise<PlainResponse> {
  const request = task.request;
  if (!request) return errorResponse(400, 'BAD_REQUEST', 'The web task carries no request');
  const url = new URL(request.url, 'http://extension.invalid');
  const method = request.method.toUpperCase();
  const isRead = method === 'GET' || method === 'HEAD';
  const routes = deps.extension.api?.routes ?? [];
  const match = matchRoute(routes, method, url.pathname);

  if (match.kind !== 'found') {
    if (isRead && url.pathname === OPENAPI_PATH) return fromHandler({ body: buildOpenApiSpec(deps.extension) });
    const staticRoot = deps.extension.api?.staticRoot;
    if (isRead && staticRoot && url.pathname.startsWith(STATIC_PREFIX)) {
      const file = await readStaticFile(staticRoot, url.pathname);
      if (file) return { status: 200, headers: { 'content-type': file.contentType }, bytes: file.bytes };
    }
    if (match.kind === 'method_not_allowed') {
      return errorResponse(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${url.pathname}`, { allow: match.allowed.join(', ') });
    }
    return errorResponse(404, 'NOT_FOUND', `The extension has no custom API method ${method} ${url.pathname}`);
  }

  const headers = normalizeHeaders(request.headers);
  const rawBody = decodeBase64(request.content);
  let body: unknown;
  try {
    body = parseRequestBody(rawBody, headers['content-type']);
  } catch (error) {
    if (error instanceof BadRequestError) return errorResponse(400, 'BAD_REQUEST', error.message);
    throw error;
  }
  const controller = new AbortController();
  const label = `${method} ${url.pathname}`;
  const base = createBaseContext(deps, controller.signal, deps.extensionLogger(label), task.options.api_key);
  const ctx: ApiContext = {
    ...base,
    get variables() {
      return deps.state.variables;
    },
    get environmentType() {
      return deps.state.environmentType;
    },
    installationId: task.options.installation_id ?? null,
    correlationId: task.options.correlation_id,
  };
  const apiRequest = {
    method,
    path: url.pathname,
    url: request.url,
    query: Object.fromEntries(url.searchParams),
    params: match.params,
    headers,
    body,
    rawBody,
  };
  const response = await withTimeout(Promise.resolve(match.route.handler(ctx, apiRequest)), deps.timeouts.interactive, controller, label);
  const plain = fromHandler(response ?? {});
  return method === 'HEAD' ? { ...plain, bytes: Buffer.alloc(0) } : plain;
}

/**
 * Serves one web_task through the extension's custom API routes (plus `/openapi/spec.json` and `/static/…`).
 * Never throws: unknown routes get a 404, crashes a 500, slow handlers a 504 after the interactive timeout.
 */
export async function runWebTask(deps: RuntimeDeps, task: WebTask): Promise<WebResponse> {
  const what = `${task.request?.method.toUpperCase() ?? '?'} ${task.request?.url ?? '?'}`;
  let response: PlainResponse;
  try {
    response = await route(deps, task);
  } catch (error) {
    if (error instanceof TimeoutError) {
      response = errorResponse(504, 'TIMEOUT', error.message);
    } else {
      deps.log.error(`web task ${what} raised ${describeError(error)}`);
      response = errorResponse(500, 'INTERNAL_ERROR', `The custom API method failed: ${describeError(error)}`);
    }
  }
  const log = response.status >= 500 ? deps.log.error : deps.log.info;
  log(`web task ${what} ${response.status} - ${response.bytes.length} bytes`);
  return { status: response.status, headers: response.headers, content: response.bytes.toString('base64') };
}
