import type { Config } from '../config/config.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import type { DbLogger } from './logger.ts';
import { applyMigrations } from './migrate/apply-migrations.ts';
import { createPrismaClient, type PrismaClient } from './prisma.ts';

export interface Database {
  prisma: PrismaClient;
  url: string;
  /** Whether the database answers a `SELECT 1` (for readiness probes). */
  isReady(): Promise<boolean>;
  /** Disconnects Prisma, then stops the embedded Postgres if this call started it. */
  close(): Promise<void>;
}

export interface DatabaseServer {
  url: string;
  /** Stops the embedded server if one was started; a no-op for an external DATABASE_URL. */
  stop(): Promise<void>;
}

type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'EMBEDDED_POSTGRES_PORT'>;

/** DATABASE_URL when configured, otherwise the embedded Postgres under DATA_DIR (started, and created on first use). */
export async function startDatabaseServer(config: DatabaseConfig, log: DbLogger): Promise<DatabaseServer> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_POSTGRES_PORT, log });
}

/** The server's database: started if embedded, migrated to the latest migration, and a Prisma client on it. */
export async function openDatabase(
  config: DatabaseConfig & Pick<Config, 'DATABASE_POOL_SIZE'>,
  log: DbLogger,
): Promise<Database> {
  const server = await startDatabaseServer(config, log);
  try {
    const started = performance.now();
    const { applied } = await applyMigrations(server.url, { log });
    log.info(
      `Database migrations: ${applied.length === 0 ? 'up to date' : `applied ${applied.length}`} ` +
        `(${Math.round(performance.now() - started)} ms)`,
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  const prisma = createPrismaClient(server.url, config.DATABASE_POOL_SIZE);
  let closed = false;
  return {
    prisma,
    url: server.url,
    isReady: async () => {
      try {
        await prisma.$queryRaw`SELECT 1`;
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await server.stop();
    },
  };
}
