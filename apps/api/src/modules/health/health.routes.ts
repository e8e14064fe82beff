import type { FastifyInstance } from 'fastify';

/** Liveness answers as long as the process serves; readiness also needs the database. */
export function healthRoutes(isDatabaseReady: () => Promise<boolean>) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', { config: { isPublic: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { config: { isPublic: true }, schema: { hide: true } }, async (_request, reply) => {
      const isReady = await isDatabaseReady().catch(() => false);
      return reply.status(isReady ? 200 : 503).send({ status: isReady ? 'ready' : 'database unavailable' });
    });
  };
}
