import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '@devops/contracts/common';
import { CreateExtensionRequest, Extension, UpdateExtensionRequest } from '@devops/contracts/extensions';
import type { AppDeps } from '../../app-deps.ts';
import { callerOf } from '../../plugins/auth.ts';
import { rawQueryOf } from '../../lib/rql/parse.ts';
import { sendCachedPage } from '../../plugins/list-query.ts';
import { extensionListQuery } from './extension-list-query.ts';
import {
  createExtension,
  deleteExtension,
  getExtension,
  getExtensionIcon,
  listExtensions,
  updateExtension,
} from './extensions.service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse };
const idParams = z.object({ id: z.string().max(64) });

export function extensionRoutes(deps: AppDeps) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/devops/services', {
      schema: {
        tags: ['Extensions'],
        summary: 'List extensions (RQL filters, ordering, limit/offset; total in Content-Range)',
        querystring: z.object({ limit: z.string().optional(), offset: z.string().optional() }).passthrough(),
        response: { 200: z.array(Extension), ...errors },
      },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const query = extensionListQuery(request.url);
      return sendCachedPage(reply, deps.pageCache, caller.accountId, `services?${rawQueryOf(request.url)}`, async () =>
        listExtensions(deps.prisma, caller, query).then((page) => ({ ...page, skip: query.skip })),
      );
    });

    app.post('/devops/services', {
      schema: { tags: ['Extensions'], summary: 'Create an extension with its Development, Test and Production environments', body: CreateExtensionRequest, response: { 201: Extension, ...errors } },
    }, async (request, reply) => {
      const extension = await createExtension(deps.prisma, deps.secrets, callerOf(request), request.body);
      return reply.status(201).send(extension);
    });

    app.get('/devops/services/:id', {
      schema: { tags: ['Extensions'], summary: 'Get an extension', params: idParams, response: { 200: Extension, ...errors } },
    }, async (request) => getExtension(deps.prisma, callerOf(request), request.params.id));

    app.put('/devops/services/:id', {
      schema: { tags: ['Extensions'], summary: 'Change the name, description or image of an extension', params: idParams, body: UpdateExtensionRequest, response: { 200: Extension, ...errors } },
    }, async (request) => updateExtension(deps.prisma, callerOf(request), request.params.id, request.body));

    app.delete('/devops/services/:id', {
      schema: { tags: ['Extensions'], summary: 'Delete an extension (every environment must be stopped, disconnected or uninitialized)', params: idParams, response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      await deleteExtension(deps.prisma, callerOf(request), request.params.id);
      return reply.status(204).send(null);
    });

    app.get('/devops/services/:id/icon', {
      schema: { tags: ['Extensions'], summary: "The extension's image", params: idParams, querystring: z.object({ v: z.string().optional() }) },
    }, async (request, reply) => {
      const icon = await getExtensionIcon(deps.prisma, callerOf(request), request.params.id);
      // Versioned URLs change with the image, so the browser may keep each one.
      reply.header('cache-control', request.query.v ? 'private, max-age=31536000, immutable' : 'private, no-cache');
      reply.header('x-content-type-options', 'nosniff');
      return reply.type(icon.contentType).send(Buffer.from(icon.data));
    });
  };
}
