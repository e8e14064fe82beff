import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ChangeFeed } from '../lib/change-feed.ts';
import type { PageCache } from '../lib/page-cache.ts';
import { contentRange } from '../lib/rql/content-range.ts';

/** Sends one page of a list with Connect's `Content-Range: items first-last/total` header. */
export function sendPage<T>(reply: FastifyReply, query: { skip: number }, page: { items: T[]; total: number }): T[] {
  reply.header('content-range', contentRange(query.skip, page.items.length, page.total));
  return page.items;
}

/**
 * Like sendPage, through the account's page cache: a hit skips the database and serialization. The body
 * is sent as the JSON text it was serialized to once, so the route's response schema is not re-applied.
 */
export async function sendCachedPage(
  reply: FastifyReply,
  cache: PageCache | null,
  accountId: string,
  key: string,
  load: () => Promise<{ items: unknown[]; total: number; skip: number }>,
): Promise<FastifyReply> {
  const loadPage = async () => {
    const page = await load();
    return { body: JSON.stringify(page.items), contentRange: contentRange(page.skip, page.items.length, page.total) };
  };
  const page = cache ? await cache.getOrLoad(accountId, key, loadPage) : await loadPage();
  return reply.header('content-range', page.contentRange).type('application/json; charset=utf-8').send(page.body);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After any change request of an account, and before its answer leaves, marks the account changed in this
 * process: the database's notification confirms it moments later, but the caller may list right away.
 */
export function registerReadYourWrites(app: FastifyInstance, feed: Pick<ChangeFeed, 'touch'>): void {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!SAFE_METHODS.has(request.method) && request.callerOrNull) feed.touch(request.callerOrNull.accountId);
    return payload;
  });
}
