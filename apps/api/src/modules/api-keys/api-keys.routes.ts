import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiKey, CreateApiKeyRequest, CreatedApiKey } from '@devops/contracts/api-keys';
import { ErrorResponse } from '@devops/contracts/common';
import type { AppDeps } from '../../app-deps.ts';
import { callerOf } from '../../plugins/auth.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export function apiKeyRoutes(deps: AppDeps) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/account/api-keys', {
      schema: { tags: ['Account'], summary: 'API keys of the current account (secrets are never shown again)', response: { 200: z.array(ApiKey), ...errors } },
    }, async (request) => listApiKeys(deps.prisma, callerOf(request)));

    app.post('/account/api-keys', {
      schema: { tags: ['Account'], summary: 'Create an API key; the answer holds the only copy of its secret', body: CreateApiKeyRequest, response: { 201: CreatedApiKey, ...errors } },
    }, async (request, reply) => reply.status(201).send(await createApiKey(deps.prisma, callerOf(request), request.body)));

    app.delete('/account/api-keys/:id', {
      schema: { tags: ['Account'], summary: 'Revoke an API key', params: z.object({ id: z.string().max(64) }), response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      await revokeApiKey(deps.prisma, callerOf(request), request.params.id);
      deps.apiKeys.forget(request.params.id);
      return reply.status(204).send(null);
    });
  };
}
