import { buildApp } from './app.ts';
import { loadConfig } from './config/config.ts';
import { openDatabase } from './db/database.ts';
import { releaseExitHooks } from './db/release-exit-hooks.ts';
import { startChangeFeed } from './lib/change-feed.ts';
import { createPageCache } from './lib/page-cache.ts';
import { loadSecretBox } from './lib/secrets.ts';
import { createApiKeyAuthenticator } from './modules/auth/authenticate.ts';
import { DEMO_LOGINS, seedDemoData } from './seed/demo-seed.ts';
import { createLogger } from './logger.ts';

const config = loadConfig();
const log = createLogger(config);
const database = await openDatabase(config, log);
const secrets = loadSecretBox({ configuredKey: config.ENCRYPTION_KEY, previousKeys: config.ENCRYPTION_PREVIOUS_KEYS, dataDir: config.DATA_DIR });

if (config.SEED_DEMO && (await seedDemoData(database.prisma))) {
  log.info('Seeded the demo accounts');
}

const changeFeed = await startChangeFeed(database.url, log);
const pageCache = config.LIST_CACHE ? createPageCache(changeFeed) : null;

const app = await buildApp(
  { config, prisma: database.prisma, secrets, apiKeys: createApiKeyAuthenticator(database.prisma), changeFeed, pageCache },
  { serveWebApp: true, isDatabaseReady: database.isReady, loggerInstance: log },
);

let isClosing = false;
async function shutDown(signal: string): Promise<void> {
  if (isClosing) return;
  isClosing = true;
  log.info({ signal }, 'shutting down');
  const forceExit = setTimeout(() => process.exit(1), 10_000).unref();
  await app.close().catch((error: unknown) => log.error({ err: error }, 'closing the server failed'));
  if (!(await app.inFlightRequests.waitForIdle(5_000))) log.warn({ inFlight: app.inFlightRequests.count() }, 'closing with requests still running');
  await changeFeed.close();
  await database.close().catch((error: unknown) => log.error({ err: error }, 'closing the database failed'));
  clearTimeout(forceExit);
  process.exit(0);
}
releaseExitHooks();
process.once('SIGINT', () => void shutDown('SIGINT'));
process.once('SIGTERM', () => void shutDown('SIGTERM'));

await app.listen({ port: config.PORT, host: config.HOST });
const address = config.PUBLIC_URL ?? `http://localhost:${(app.server.address() as { port: number }).port}`;
log.info({ address }, 'ready');
// A plain banner for the person who ran `npm start`; the structured log above is for machines.
const logins = config.SEED_DEMO ? DEMO_LOGINS.map((login) => `    ${login.email} / ${login.password}   ${login.account}`) : [];
process.stdout.write(
  [``, `  DevOps Console is ready at ${address}   (API docs: ${address}/docs)`, ...(logins.length ? [`  Demo logins:`, ...logins] : []), ``, ``].join('\n'),
);
