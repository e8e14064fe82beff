import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Hub, Product } from '@devops/contracts/catalog';
import { ErrorResponse } from '@devops/contracts/common';
import type { AppDeps } from '../../app-deps.ts';
import { callerOf } from '../../plugins/auth.ts';

const errors = { 401: ErrorResponse, 403: ErrorResponse };

/** The caller's products and hubs: what Fulfillment Automation and Hub Integration extensions link to. */
export function catalogRoutes(deps: AppDeps) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/devops/products', {
      schema: { tags: ['Catalog'], summary: "The account's products", response: { 200: z.array(Product), ...errors } },
    }, async (request) =>
      deps.prisma.product.findMany({
        where: { accountId: callerOf(request).accountId },
        select: { id: true, name: true, icon: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
    );

    app.get('/devops/hubs', {
      schema: { tags: ['Catalog'], summary: "The account's hubs", response: { 200: z.array(Hub), ...errors } },
    }, async (request) =>
      deps.prisma.hub.findMany({
        where: { accountId: callerOf(request).accountId },
        select: { id: true, name: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
    );
  };
}
