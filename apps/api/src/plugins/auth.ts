import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE } from '@devops/contracts/auth';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { ForbiddenError, UnauthorizedError } from '../lib/errors.ts';
import { safeEqual } from '../lib/hashing.ts';
import { authenticateSession, type ApiKeyAuthenticator } from '../modules/auth/authenticate.ts';
import type { Caller } from '../modules/auth/caller.ts';

declare module 'fastify' {
  interface FastifyRequest {
    callerOrNull: Caller | null;
    sessionTokenHash: string | null;
  }
  interface FastifyContextConfig {
    /** Route needs no caller (login, health, docs). */
    isPublic?: boolean;
    /** Route changes nothing in the account, so viewers may call it (logout, switching account). */
    allowViewer?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The caller of an authenticated route; the auth hook guarantees it is set. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.callerOrNull) throw new UnauthorizedError();
  return request.callerOrNull;
}

/**
 * Authenticates every `/public/v1` request: `Authorization: ApiKey …` (CI, runners) or the session
 * cookie (the SPA, whose mutations must echo the CSRF token). Viewers may only read.
 */
export function registerAuth(app: FastifyInstance, deps: { prisma: PrismaClient; apiKeys: ApiKeyAuthenticator }): void {
  app.decorateRequest('callerOrNull', null);
  app.decorateRequest('sessionTokenHash', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/public/') || request.routeOptions.config?.isPublic) return;
    const authorization = request.headers.authorization;
    if (authorization) {
      request.callerOrNull = await deps.apiKeys.authenticate(authorization);
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (!token) throw new UnauthorizedError('Log in or send an "Authorization: ApiKey …" header');
      const session = await authenticateSession(deps.prisma, token);
      const isMutation = !SAFE_METHODS.has(request.method);
      const sentToken = request.headers[CSRF_HEADER];
      if (isMutation && (typeof sentToken !== 'string' || !safeEqual(sentToken, session.csrfToken))) {
        throw new ForbiddenError('Missing or wrong CSRF token', 'CSRF_TOKEN_INVALID');
      }
      request.callerOrNull = session.caller;
      request.sessionTokenHash = session.tokenHash;
    }
    const caller = request.callerOrNull;
    if (caller.role === 'viewer' && !SAFE_METHODS.has(request.method) && !request.routeOptions.config?.allowViewer) {
      throw new ForbiddenError('Viewers can look but not change anything; ask an admin for the developer role');
    }
  });
}
