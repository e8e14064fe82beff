import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginRequest, SESSION_COOKIE, SessionInfo, SwitchAccountRequest } from '@devops/contracts/auth';
import { ErrorResponse } from '@devops/contracts/common';
import type { AppDeps } from '../../app-deps.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import { callerOf } from '../../plugins/auth.ts';
import { describeSession, logIn, logOut, switchAccount } from './auth.service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse };

export function authRoutes(deps: AppDeps) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const cookieOptions = {
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: deps.config.COOKIE_SECURE,
      maxAge: deps.config.SESSION_TTL_HOURS * 3600,
    };

    app.post('/auth/login', {
      config: {
        isPublic: true,
        rateLimit: { max: deps.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' },
      },
      schema: { tags: ['Auth'], summary: 'Log in with email and password', body: LoginRequest, response: { 200: SessionInfo, ...errors } },
    }, async (request, reply) => {
      const { token, info } = await logIn(deps.prisma, { ...request.body, ttlHours: deps.config.SESSION_TTL_HOURS });
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return info;
    });

    app.post('/auth/logout', {
      config: { allowViewer: true },
      schema: { tags: ['Auth'], summary: 'End the session', response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      if (request.sessionTokenHash) await logOut(deps.prisma, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    });

    app.get('/auth/me', {
      schema: { tags: ['Auth'], summary: 'The session user and current account', response: { 200: SessionInfo, ...errors } },
    }, async (request) => {
      if (!request.sessionTokenHash) throw new UnauthorizedError('Only browser sessions have a session user', 'NOT_A_SESSION');
      return describeSession(deps.prisma, request.sessionTokenHash);
    });

    app.post('/auth/switch-account', {
      config: { allowViewer: true },
      schema: { tags: ['Auth'], summary: 'Make another of your accounts the current one', body: SwitchAccountRequest, response: { 200: SessionInfo, ...errors } },
    }, async (request) => {
      const caller = callerOf(request);
      if (!request.sessionTokenHash || !caller.userId) throw new UnauthorizedError('Only browser sessions can switch account', 'NOT_A_SESSION');
      return switchAccount(deps.prisma, request.sessionTokenHash, caller.userId, request.body.account_id);
    });
  };
}
