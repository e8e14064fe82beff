import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendRouteNotFound } from './error-handler.ts';

/**
 * Serves the built SPA from the same port as the API. Unknown non-API GETs that accept HTML get
 * index.html so client-side routes survive a reload; everything else is a JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ distDir }, 'the web app is not built; only the API is served');
    app.setNotFoundHandler(sendRouteNotFound);
    return;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false, cacheControl: false });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    return payload;
  });

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/public/') || request.url.startsWith('/docs');
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (request.method === 'GET' && !isApi && wantsHtml) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendRouteNotFound(request, reply);
  });
}
