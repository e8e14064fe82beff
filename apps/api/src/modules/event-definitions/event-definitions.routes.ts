import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '@devops/contracts/common';
import { EventSubscriptions } from '@devops/contracts/environments';
import type { SetupRequest } from '@devops/contracts/runner-protocol';
import type { AppDeps } from '../../app-deps.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { callerOf } from '../../plugins/auth.ts';
import { requireEnvironment } from '../environments/require-environment.ts';
import { EVENT_CATALOG } from './event-catalog.ts';

const EventDefinition = z.object({
  id: z.number(),
  type: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.enum(['background', 'interactive', 'scheduled']),
  group: z.object({ id: z.string(), label: z.string() }),
  extension_type: z.string(),
  object_statuses: z.array(z.string()),
});
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse };

export function eventDefinitionRoutes(deps: AppDeps) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/devops/event-definitions', {
      schema: { tags: ['Events'], summary: 'Every platform event an extension can subscribe to', response: { 200: z.array(EventDefinition), ...errors } },
    }, async (_request, reply) => {
      reply.header('content-range', `items 0-${EVENT_CATALOG.length - 1}/${EVENT_CATALOG.length}`);
      return [...EVENT_CATALOG];
    });

    app.get('/devops/event-definitions/:id', {
      schema: { tags: ['Events'], summary: 'One event definition, by id or type', params: z.object({ id: z.string().max(128) }), response: { 200: EventDefinition, ...errors } },
    }, async (request) => {
      const found = EVENT_CATALOG.find((entry) => String(entry.id) === request.params.id || entry.type === request.params.id);
      if (!found) throw new NotFoundError('Event definition', request.params.id);
      return found;
    });

    app.get('/devops/services/:extension_id/environments/:id/event-subscriptions', {
      schema: {
        tags: ['Events'],
        summary: 'For every event type: whether the connected runner handles it, and for which object statuses',
        params: z.object({ extension_id: z.string().max(64), id: z.string().max(64) }),
        response: { 200: EventSubscriptions, ...errors },
      },
    }, async (request) => {
      const environment = await requireEnvironment(deps.prisma, callerOf(request), { extensionId: request.params.extension_id, environmentId: request.params.id });
      const subscriptions = (environment.runnerDeclaration as SetupRequest | null)?.event_subscriptions ?? {};
      return {
        id: environment.id,
        capabilities: EVENT_CATALOG.map((entry) => {
          const handled = subscriptions[entry.type];
          return {
            id: entry.type,
            label: entry.name,
            description: entry.description,
            group: entry.group,
            category: entry.category,
            enabled: handled !== undefined,
            statuses: Object.fromEntries(entry.object_statuses.map((status) => [status, (handled ?? []).includes(status)])),
          };
        }),
      };
    });
  };
}
