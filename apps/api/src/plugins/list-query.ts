import type { FastifyReply } from 'fastify';
import { contentRange } from '../lib/rql/content-range.ts';

/** Sends one page of a list with Connect's `Content-Range: items first-last/total` header. */
export function sendPage<T>(reply: FastifyReply, query: { skip: number }, page: { items: T[]; total: number }): T[] {
  reply.header('content-range', contentRange(query.skip, page.items.length, page.total));
  return page.items;
}
