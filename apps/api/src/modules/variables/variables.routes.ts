import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '@devops/contracts/common';
import {
  CreateVariableRequest,
  UpdateVariableRequest,
  Variable,
  VariableAuditEvent,
} from '@devops/contracts/variables';
import type { AppDeps } from '../../app-deps.ts';
import { buildListQuery } from '../../lib/rql/build-list-query.ts';
import { defineRqlFields } from '../../lib/rql/fields.ts';
import { rawQueryOf } from '../../lib/rql/parse.ts';
import { callerOf } from '../../plugins/auth.ts';
import { sendPage } from '../../plugins/list-query.ts';
import { requireEnvironment } from '../environments/require-environment.ts';
import { presentAuditEvent } from './variable-audit.ts';
import { createVariable, deleteVariable, listVariables, updateVariable } from './variables.service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
export const environmentParams = z.object({ extension_id: z.string().max(64), environment_id: z.string().max(64) });
const variableParams = environmentParams.extend({ id: z.string().max(64) });
export const variablesBase = '/devops/services/:extension_id/environments/:environment_id/variables';
export const refOf = (params: z.infer<typeof environmentParams>) => ({ extensionId: params.extension_id, environmentId: params.environment_id });

const variableFields = defineRqlFields({
  id: { type: 'string' },
  name: { type: 'string', orderable: true },
  secure: { type: 'boolean' },
  'events.created.at': { type: 'datetime', path: 'createdAt', orderable: true },
  'events.updated.at': { type: 'datetime', path: 'updatedAt', orderable: true },
});
const listQuerystring = z.object({ limit: z.string().optional(), offset: z.string().optional() }).passthrough();

export function variableRoutes(deps: AppDeps) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get(variablesBase, {
      schema: { tags: ['Variables'], summary: "An environment's variables (secure values are never returned)", params: environmentParams, querystring: listQuerystring, response: { 200: z.array(Variable), ...errors } },
    }, async (request, reply) => {
      const query = buildListQuery(rawQueryOf(request.url), variableFields, { defaultOrdering: ['name'] }) as Parameters<typeof listVariables>[3];
      return sendPage(reply, query, await listVariables(deps.prisma, callerOf(request), refOf(request.params), query));
    });

    app.post(variablesBase, {
      schema: { tags: ['Variables'], summary: 'Create a variable; secure values are encrypted at rest', params: environmentParams, body: CreateVariableRequest, response: { 201: Variable, ...errors } },
    }, async (request, reply) => {
      const variable = await createVariable(deps.prisma, deps.secrets, callerOf(request), refOf(request.params), request.body);
      return reply.status(201).send(variable);
    });

    app.put(`${variablesBase}/:id`, {
      schema: { tags: ['Variables'], summary: "Change a variable's value (a plain variable may also become secure)", params: variableParams, body: UpdateVariableRequest, response: { 200: Variable, ...errors } },
    }, async (request) =>
      updateVariable(deps.prisma, deps.secrets, callerOf(request), { ...refOf(request.params), variableId: request.params.id }, request.body),
    );

    app.delete(`${variablesBase}/:id`, {
      schema: { tags: ['Variables'], summary: 'Delete a variable', params: variableParams, response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      await deleteVariable(deps.prisma, callerOf(request), { ...refOf(request.params), variableId: request.params.id });
      return reply.status(204).send(null);
    });

    app.get(`${variablesBase}/audit`, {
      schema: { tags: ['Variables'], summary: 'Who changed which variable when (never values), newest first', params: environmentParams, querystring: listQuerystring, response: { 200: z.array(VariableAuditEvent), ...errors } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const environment = await requireEnvironment(deps.prisma, caller, refOf(request.params));
      const query = buildListQuery(rawQueryOf(request.url), auditFields, { defaultOrdering: ['-at'], tiebreaker: null });
      const where = { AND: [query.where, { environmentId: environment.id, accountId: caller.accountId }] };
      const [rows, total] = await Promise.all([
        deps.prisma.variableAuditEvent.findMany({ where, orderBy: [...query.orderBy, { id: 'desc' }], take: query.take, skip: query.skip }),
        deps.prisma.variableAuditEvent.count({ where }),
      ]);
      return sendPage(reply, query, { items: rows.map(presentAuditEvent), total });
    });
  };
}

const auditFields = defineRqlFields({
  name: { type: 'string' },
  action: { type: 'enum', values: ['created', 'changed', 'deleted'] },
  at: { type: 'datetime', orderable: true },
});
