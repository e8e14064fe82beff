import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    inFlightRequests: ReturnType<typeof trackInFlightRequests>;
  }
}

/**
 * Counts requests whose handlers are still running. Closing the HTTP server only waits for open
 * connections, and a client that hung up leaves its handler running; shutdown waits for those too
 * before closing the database under them.
 */
export function trackInFlightRequests(app: FastifyInstance) {
  let inFlight = 0;
  app.addHook('onRequest', async () => {
    inFlight += 1;
  });
  // Every request that got a handler or an error ends in exactly one send, even if its client left.
  app.addHook('onSend', async (_request, _reply, payload) => {
    inFlight -= 1;
    return payload;
  });

  const tracker = {
    count: () => inFlight,
    async waitForIdle(timeoutMs: number): Promise<boolean> {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      return inFlight <= 0;
    },
  };
  app.decorate('inFlightRequests', tracker);
  return tracker;
}
