import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebTask } from '@devops/contracts/runner-protocol';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../lib/errors.ts';
import { callerOf } from '../../plugins/auth.ts';
import { environmentLabel } from '../environments/environment-presenter.ts';
import { requireEnvironment } from '../environments/require-environment.ts';
import { RunnerGoneError, WebTaskTimeoutError } from './runner-connection.ts';
import type { RunnerHub } from './runner-hub.ts';

export const CUSTOM_API_TIMEOUT_MS = 30_000;
const MAX_BODY_BYTES = 1024 * 1024;
/** Headers that describe this hop or carry the caller's own credentials: never passed to the extension. */
const DROPPED_REQUEST_HEADERS = new Set(['authorization', 'cookie', 'host', 'connection', 'content-length', 'transfer-encoding', 'x-csrf-token', 'upgrade', 'keep-alive']);
const DROPPED_RESPONSE_HEADERS = new Set(['connection', 'content-length', 'transfer-encoding', 'keep-alive', 'set-cookie']);

type ProxyRequest = FastifyRequest<{ Params: { extension_id: string; environment_id: string; '*': string } }>;

/**
 * Custom API methods: `…/environments/{ENV}/api/*` is forwarded to a connected runner of that environment as a
 * web_task, with the caller's identity in Connect's X-Connect-* form, and the runner's answer is returned.
 */
export function customApiRoutes(deps: AppDeps, hub: RunnerHub, timeoutMs = CUSTOM_API_TIMEOUT_MS) {
  return async (app: FastifyInstance) => {
    // Any body, as bytes: the extension decides what it accepts.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_request, body, done) => done(null, body));

    app.all('/devops/services/:extension_id/environments/:environment_id/api/*', { schema: { hide: true }, bodyLimit: MAX_BODY_BYTES }, async (request: ProxyRequest, reply) => {
      const caller = callerOf(request);
      const { extension_id: extensionId, environment_id: environmentId } = request.params;
      // A socket authenticated for this account and extension proves ownership without a query.
      const candidate = hub.webTaskConnectionOf(environmentId);
      const connection = candidate?.serves(caller.accountId, extensionId) ? candidate : null;
      if (!connection) {
        const environment = await requireEnvironment(deps.prisma, caller, { extensionId, environmentId });
        throw new AppError(502, 'RUNNER_UNAVAILABLE', [`No runner of the ${environmentLabel(environment.type)} environment is connected`]);
      }

      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (!DROPPED_REQUEST_HEADERS.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const body = Buffer.isBuffer(request.body) ? request.body : null;
      const task: WebTask = {
        options: {
          correlation_id: randomUUID(),
          reply_to: environmentId,
          user_id: caller.userId,
          account_id: caller.accountId,
          account_role: caller.role,
          call_type: caller.via === 'session' ? 'user' : 'api',
          call_source: caller.via === 'session' ? 'ui' : 'api',
        },
        request: { method: request.method, url: `/${request.params['*']}${query}`, headers, content: body?.length ? body.toString('base64') : null },
      };

      let answer: WebTask;
      try {
        answer = await connection.forwardWebTask(task, timeoutMs);
      } catch (error) {
        if (error instanceof WebTaskTimeoutError) throw new AppError(504, 'RUNNER_TIMEOUT', [`The extension did not answer within ${timeoutMs / 1000} s`]);
        if (error instanceof RunnerGoneError) throw new AppError(502, 'RUNNER_UNAVAILABLE', ['The runner disconnected before answering']);
        throw error;
      }
      const response = answer.response!;
      for (const [name, value] of Object.entries(response.headers)) {
        if (!DROPPED_RESPONSE_HEADERS.has(name.toLowerCase())) reply.header(name, value);
      }
      return reply.status(response.status).send(response.content ? Buffer.from(response.content, 'base64') : '');
    });
  };
}
