import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config/config.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { startChangeFeed } from '../src/lib/change-feed.ts';
import { createPageCache } from '../src/lib/page-cache.ts';
import { createSecretBox, type SecretBox } from '../src/lib/secrets.ts';
import { createApiKeyAuthenticator } from '../src/modules/auth/authenticate.ts';
import { createLogger } from '../src/logger.ts';
import type { GatewayLimits } from '../src/modules/runner-gateway/runner-connection.ts';
import { createTestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  prisma: PrismaClient;
  secrets: SecretBox;
  config: Config;
  databaseUrl: string;
  /** Listens on a free loopback port (for WebSocket tests); returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** The real app on its own freshly migrated database, for `app.inject()` tests. */
/** `logLines` collects every log line the app writes, at the most verbose level, for leak checks. */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { logLines?: string[]; gatewayLimits?: GatewayLimits; customApiTimeoutMs?: number } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({}, { DATABASE_URL: database.url, SEED_DEMO: false, LOG_LEVEL: 'silent', ...overrides });
  const secrets = createSecretBox([randomBytes(32)]);
  const changeFeed = await startChangeFeed(database.url, console);
  const pageCache = config.LIST_CACHE ? createPageCache(changeFeed) : null;
  const loggerInstance = options.logLines
    ? createLogger({ LOG_LEVEL: 'trace' }, { write: (line: string) => void options.logLines!.push(line) })
    : undefined;
  const app = await buildApp(
    { config, prisma: database.prisma, secrets, apiKeys: createApiKeyAuthenticator(database.prisma), changeFeed, pageCache },
    { loggerInstance, gatewayLimits: options.gatewayLimits, customApiTimeoutMs: options.customApiTimeoutMs },
  );
  await app.ready();
  return {
    app,
    prisma: database.prisma,
    secrets,
    config,
    databaseUrl: database.url,
    async listen() {
      return app.listen({ port: 0, host: '127.0.0.1' });
    },
    async close() {
      await app.close();
      await changeFeed.close();
      await database.drop();
    },
  };
}
