import type { PrismaClient } from '../../generated/prisma/client.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import { safeEqual, sha256 } from '../../lib/hashing.ts';
import type { Caller } from './caller.ts';

const API_KEY_PATTERN = /^ApiKey (SU-\d{3}-\d{3}-\d{3}):([A-Za-z0-9_-]{20,200})$/;
const CACHE_TTL_MS = 10_000;
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves `Authorization: ApiKey SU-…:<secret>` headers. Verified keys are cached for a few seconds so
 * CI bursts and runners do not cost a query per request; revoking a key clears it from this cache at once,
 * other API processes notice within CACHE_TTL_MS.
 */
export function createApiKeyAuthenticator(prisma: PrismaClient) {
  const cache = new Map<string, { caller: Caller; expiresAt: number }>();
  const lastUsedWrites = new Map<string, number>();

  async function authenticate(header: string): Promise<Caller> {
    const cacheKey = sha256(header);
    const cached = cache.get(cacheKey);
    const now = Date.now();
    if (cached && cached.expiresAt > now) {
      touch(cached.caller.apiKeyId!, now);
      return cached.caller;
    }
    const match = API_KEY_PATTERN.exec(header.trim());
    if (!match) throw new UnauthorizedError('The Authorization header must be "ApiKey SU-…:<secret>"', 'INVALID_API_KEY');
    const [, id, secret] = match as unknown as [string, string, string];
    const key = await prisma.apiKey.findUnique({ where: { id }, include: { account: true } });
    if (!key || key.revokedAt || !safeEqual(key.secretHash, sha256(secret))) {
      throw new UnauthorizedError('The API key is not valid', 'INVALID_API_KEY');
    }
    const creator = key.createdById ? await prisma.user.findUnique({ where: { id: key.createdById } }) : null;
    const caller: Caller = {
      accountId: key.accountId,
      accountName: key.account.name,
      accountType: key.account.type,
      role: key.role,
      userId: key.createdById,
      displayName: creator ? `${creator.name} (API key ${key.name})` : `API key ${key.name}`,
      via: 'api_key',
      apiKeyId: key.id,
      environmentId: key.environmentId,
    };
    if (cache.size > 10_000) cache.clear();
    cache.set(cacheKey, { caller, expiresAt: now + CACHE_TTL_MS });
    touch(key.id, now);
    return caller;
  }

  /** Records last use at most once a minute per key, off the request's critical path. */
  function touch(keyId: string, now: number): void {
    if (now - (lastUsedWrites.get(keyId) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    lastUsedWrites.set(keyId, now);
    prisma.apiKey.update({ where: { id: keyId }, data: { lastUsedAt: new Date(now) } }).catch(() => undefined);
  }

  function forget(keyId: string): void {
    for (const [cacheKey, entry] of cache) if (entry.caller.apiKeyId === keyId) cache.delete(cacheKey);
  }

  return { authenticate, forget };
}

export type ApiKeyAuthenticator = ReturnType<typeof createApiKeyAuthenticator>;

export interface SessionCaller {
  caller: Caller;
  tokenHash: string;
  csrfToken: string;
}

/** Resolves the session cookie to its user and current account; expired or orphaned sessions are refused. */
export async function authenticateSession(prisma: PrismaClient, token: string): Promise<SessionCaller> {
  const tokenHash = sha256(token);
  const session = await prisma.session.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!session || session.expiresAt.getTime() <= Date.now()) {
    throw new UnauthorizedError('Your session has expired; please log in again', 'SESSION_EXPIRED');
  }
  const membership = await prisma.membership.findUnique({
    where: { userId_accountId: { userId: session.userId, accountId: session.accountId } },
    include: { account: true },
  });
  if (!membership) throw new UnauthorizedError('You are no longer a member of this account', 'SESSION_EXPIRED');
  return {
    tokenHash,
    csrfToken: session.csrfToken,
    caller: {
      accountId: membership.accountId,
      accountName: membership.account.name,
      accountType: membership.account.type,
      role: membership.role,
      userId: session.userId,
      displayName: session.user.name,
      via: 'session',
      apiKeyId: null,
      environmentId: null,
    },
  };
}
