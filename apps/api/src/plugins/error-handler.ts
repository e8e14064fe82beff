import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../lib/errors.ts';
import { RqlError } from '../lib/rql/errors.ts';

type ValidationIssue = { instancePath: string; message?: string; params?: Record<string, unknown> };

/** `body/products/0/id` → `products[0].id`, the way a user reads a field name. */
function fieldName(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

function describeIssue(issue: ValidationIssue, context: string | undefined): string {
  const field = fieldName(issue.instancePath);
  const message = issue.message ?? 'is invalid';
  const keys = issue.params?.keys;
  if (Array.isArray(keys) && keys.length > 0) {
    const where = field ? ` in ${field}` : context === 'body' ? '' : ` in ${context}`;
    return `Unknown field${keys.length > 1 ? 's' : ''}${where}: ${keys.join(', ')}`;
  }
  if (!field) return context && context !== 'body' ? `${context}: ${message}` : message;
  return message.startsWith(field) ? message : `${field}: ${message}`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.floor(bytes / 1024)} KB`;
}

/** The one place where errors become `{error_code, errors}` responses. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send({ error_code: error.errorCode, errors: error.messages });
    }
    if (error instanceof RqlError) {
      return reply.status(400).send(error.toResponseBody());
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const messages = error.validation.map((issue) => describeIssue(issue, context));
      return reply.status(400).send({ error_code: 'VALIDATION_ERROR', errors: [...new Set(messages)] });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return reply.status(500).send({ error_code: 'INTERNAL_ERROR', errors: ['Internal server error'] });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.status(413).send({
        error_code: 'PAYLOAD_TOO_LARGE',
        errors: [`Request body is larger than the ${formatBytes(request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit!)} limit`],
      });
    }
    if (status === 429) {
      return reply.status(429).send({ error_code: 'TOO_MANY_REQUESTS', errors: [error.message] });
    }
    if (status >= 400 && status < 500) {
      const code = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError ? 'INVALID_JSON' : 'BAD_REQUEST';
      return reply.status(status).send({ error_code: code, errors: [error.message] });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error_code: 'INTERNAL_ERROR', errors: ['Internal server error'] });
  });

}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send({ error_code: 'NOT_FOUND', errors: [`No route ${request.method} ${request.url.split('?')[0]}`] });
}
