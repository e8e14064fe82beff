import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '../../generated/prisma/client.ts';

/**
 * Instances whose API process died cannot report their sockets closing: their last-seen time stops moving
 * (live sockets refresh it at least every other ping). Marks them disconnected, and their environments too
 * when no other instance is connected, so a crash never leaves an environment "connected" for good.
 */
export async function sweepStaleInstances(prisma: PrismaClient, staleAfterMs: number): Promise<number> {
  const cutoff = new Date(Date.now() - staleAfterMs);
  return prisma.$transaction(async (tx) => {
    const stale = await tx.instance.findMany({ where: { status: 'connected', lastSeenAt: { lt: cutoff } }, select: { id: true, environmentId: true } });
    if (stale.length === 0) return 0;
    await tx.instance.updateMany({
      where: { id: { in: stale.map((instance) => instance.id) }, lastSeenAt: { lt: cutoff } },
      data: { status: 'disconnected', openSockets: 0, disconnectedAt: new Date() },
    });
    await tx.environment.updateMany({
      where: { id: { in: [...new Set(stale.map((instance) => instance.environmentId))] }, status: 'connected', instances: { none: { status: 'connected' } } },
      data: { status: 'disconnected' },
    });
    return stale.length;
  });
}

/** Runs the sweep every `intervalMs` while the app is up. */
export function registerStaleInstanceSweeper(app: FastifyInstance, prisma: PrismaClient, options: { intervalMs: number; staleAfterMs: number }): void {
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      sweepStaleInstances(prisma, options.staleAfterMs)
        .then((count) => count > 0 && app.log.warn({ count }, 'marked runner instances that stopped reporting as disconnected'))
        .catch((error: unknown) => app.log.error({ err: error }, 'sweeping stale runner instances failed'));
    }, options.intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
