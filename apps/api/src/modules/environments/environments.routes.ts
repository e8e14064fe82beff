import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '@devops/contracts/common';
import { Environment, LogLevel, UpdateEnvironmentRequest } from '@devops/contracts/environments';
import type { AppDeps } from '../../app-deps.ts';
import { callerOf } from '../../plugins/auth.ts';
import { getEnvironment, listEnvironments, setLogLevel, startEnvironment, stopEnvironment, updateEnvironment } from './environments.service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const extensionParams = z.object({ extension_id: z.string().max(64) });
const environmentParams = extensionParams.extend({ id: z.string().max(64) });

export function environmentRoutes(deps: AppDeps) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const base = '/devops/services/:extension_id/environments';
    const ref = (params: z.infer<typeof environmentParams>) => ({ extensionId: params.extension_id, environmentId: params.id });

    app.get(base, {
      schema: { tags: ['Environments'], summary: "An extension's Development, Test and Production environments", params: extensionParams, response: { 200: z.array(Environment), ...errors } },
    }, async (request, reply) => {
      const environments = await listEnvironments(deps.prisma, deps.secrets, callerOf(request), request.params.extension_id);
      reply.header('content-range', `items 0-${environments.length - 1}/${environments.length}`);
      return environments;
    });

    app.get(`${base}/:id`, {
      schema: { tags: ['Environments'], summary: 'Get an environment', params: environmentParams, response: { 200: Environment, ...errors } },
    }, async (request) => getEnvironment(deps.prisma, deps.secrets, callerOf(request), ref(request.params)));

    app.put(`${base}/:id`, {
      schema: {
        tags: ['Environments'],
        summary: 'Configure an environment: mode (only when stopped, uninitialized or disconnected), Git repository, JWT secret, log level',
        params: environmentParams,
        body: UpdateEnvironmentRequest,
        response: { 200: Environment, ...errors },
      },
    }, async (request) => updateEnvironment(deps.prisma, deps.secrets, callerOf(request), ref(request.params), request.body));

    app.post(`${base}/:id/logs/set-level/:log_level`, {
      schema: {
        tags: ['Environments'],
        summary: "Set the environment's log level; connected runners receive it at once",
        params: environmentParams.extend({ log_level: LogLevel }),
        response: { 200: Environment, ...errors },
      },
    }, async (request) => setLogLevel(deps.prisma, deps.secrets, callerOf(request), ref(request.params), request.params.log_level));

    app.post(`${base}/:id/start`, {
      schema: { tags: ['Environments'], summary: 'Enable a stopped environment', params: environmentParams, response: { 200: Environment, ...errors } },
    }, async (request) => startEnvironment(deps.prisma, deps.secrets, callerOf(request), ref(request.params)));

    app.post(`${base}/:id/stop`, {
      schema: { tags: ['Environments'], summary: 'Stop an environment: runners are told to shut down and no work is dispatched', params: environmentParams, response: { 200: Environment, ...errors } },
    }, async (request) => stopEnvironment(deps.prisma, deps.secrets, callerOf(request), ref(request.params)));
  };
}
