import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.ts';
import { DEFAULT_GATEWAY_LIMITS, type GatewayLimits } from './modules/runner-gateway/runner-connection.ts';
import { registerStaleInstanceSweeper } from './modules/runner-gateway/stale-instance-sweeper.ts';
import { apiKeyRoutes } from './modules/api-keys/api-keys.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { catalogRoutes } from './modules/catalog/catalog.routes.ts';
import { environmentRoutes } from './modules/environments/environments.routes.ts';
import { extensionRoutes } from './modules/extensions/extensions.routes.ts';
import { eventDefinitionRoutes } from './modules/event-definitions/event-definitions.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { createRunnerHub } from './modules/runner-gateway/runner-hub.ts';
import { customApiRoutes } from './modules/runner-gateway/custom-api.routes.ts';
import { runnerGatewayRoutes } from './modules/runner-gateway/runner-gateway.routes.ts';
import { variableFileRoutes } from './modules/variables/variables-files.routes.ts';
import { variableRoutes } from './modules/variables/variables.routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandler, sendRouteNotFound } from './plugins/error-handler.ts';
import { trackInFlightRequests } from './plugins/in-flight.ts';
import { registerReadYourWrites } from './plugins/list-query.ts';
import { registerWebApp } from './plugins/web-app.ts';

export interface BuildAppOptions {
  /** Serve the built SPA (off in API tests). */
  serveWebApp?: boolean;
  isDatabaseReady?: () => Promise<boolean>;
  /** The server's pino logger; without it requests are not logged. */
  loggerInstance?: FastifyBaseLogger;
  /** Runner gateway timings (tests shorten them). */
  gatewayLimits?: GatewayLimits;
  customApiTimeoutMs?: number;
}

/** Builds the Fastify app without listening: the server listens, tests call `inject()`. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: false }),
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    trustProxy: false,
    // Connect clients put RQL expressions in the query string; keep the raw text for the RQL parser.
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  trackInFlightRequests(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    // Under injected test requests there is no socket address; they share one bucket.
    keyGenerator: (request) => request.ip ?? 'local',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error_code: 'TOO_MANY_REQUESTS',
      errors: [`Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} s`],
      message: `Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} s`,
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'DevOps Console API', version: '1.0.0', description: "Mirrors CloudBlue Connect's DevOps API." },
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'ApiKey SU-…:<secret>' },
          session: { type: 'apiKey', in: 'cookie', name: 'devops_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { deepLinking: true } });
  registerAuth(app, deps);
  registerReadYourWrites(app, deps.changeFeed);

  // The runner sockets this process holds: the gateway fills it, the custom API forwards through it.
  const runnerHub = createRunnerHub(deps.prisma, app.log);
  const { pingIntervalMs } = options.gatewayLimits ?? DEFAULT_GATEWAY_LIMITS;
  registerStaleInstanceSweeper(app, deps.prisma, { intervalMs: pingIntervalMs, staleAfterMs: 5 * pingIntervalMs });
  await app.register(healthRoutes(options.isDatabaseReady ?? (async () => true)));
  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(apiKeyRoutes(deps));
      await api.register(catalogRoutes(deps));
      await api.register(extensionRoutes(deps));
      await api.register(environmentRoutes(deps));
      await api.register(variableRoutes(deps));
      await api.register(variableFileRoutes(deps));
      await api.register(eventDefinitionRoutes(deps));
      await api.register(runnerGatewayRoutes(deps, runnerHub, options.gatewayLimits));
      await api.register(customApiRoutes(deps, runnerHub, options.customApiTimeoutMs));
    },
    { prefix: '/public/v1' },
  );
  if (options.serveWebApp) await registerWebApp(app, deps.config.WEB_DIST_DIR);
  else app.setNotFoundHandler(sendRouteNotFound);
  return app;
}
