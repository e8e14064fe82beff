import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { silentLogger, type DbLogger } from '../logger.ts';
import { defaultMigrationsDir, readMigrations } from './migrations-dir.ts';

export interface ApplyMigrationsOptions {
  migrationsDir?: string;
  log?: DbLogger;
}

export interface ApplyMigrationsResult {
  /** Names of the migrations applied by this call, in order; empty when the database was up to date. */
  applied: string[];
}

/** The advisory lock key Prisma's schema engine takes, so this never runs alongside it or another server. */
const PRISMA_MIGRATE_LOCK = 72707369;

// Prisma's own definition of its history table, so the engine and the CLI accept what is recorded here.
const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/**
 * Deploys every pending migration in `prisma/migrations` (what `prisma migrate deploy` does); idempotent,
 * called at every server start.
 *
 * Why plain SQL rather than the WebAssembly engine's applyMigrations: both record the same history (the
 * engine reports a database deployed here as clean, see apply-migrations.test.ts), but measured on this
 * machine (2 cores, a fresh process as at server start, the two current migrations) plain SQL took
 * ≈ 20–35 ms on an up-to-date database and ≈ 70–90 ms on an empty one, the engine ≈ 75 ms and
 * ≈ 125–160 ms (it compiles 5 MB of WebAssembly and runs more catalog queries). More important than the
 * 50 ms: server start then does not depend on a
 * Prisma-internal package versioned by commit. The engine stays in charge of what needs its
 * intelligence: diffing schema.prisma and authoring migrations (diff-schema.ts, create-migration.ts).
 *
 * Each migration runs in one transaction together with its `_prisma_migrations` row, so a failing
 * migration leaves nothing behind (no half-applied tables and no "failed" row that would need
 * `prisma migrate resolve`); the server refuses to start and names it. The price: a migration cannot
 * contain statements that refuse to run in a transaction (CREATE INDEX CONCURRENTLY, …), which Prisma
 * never generates and which the native engine would run as one implicit transaction anyway.
 */
export async function applyMigrations(
  databaseUrl: string,
  options: ApplyMigrationsOptions = {},
): Promise<ApplyMigrationsResult> {
  const log = options.log ?? silentLogger;
  const local = await readMigrations(options.migrationsDir ?? defaultMigrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_HISTORY_TABLE);
    const { rows } = await client.query<HistoryRow>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const failed = rows.filter((row) => row.finished_at === null).map((row) => row.migration_name);
    if (failed.length > 0) {
      throw new Error(
        `Migration(s) ${failed.join(', ')} failed earlier and are marked unfinished in _prisma_migrations. ` +
          'Fix the database by hand, then mark them rolled back (rolled_back_at) or applied.',
      );
    }
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    for (const migration of local) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined && checksum !== migration.checksum) {
        log.warn(`Migration ${migration.name} was edited after it was applied (checksum differs)`);
      }
    }
    const localNames = new Set(local.map((migration) => migration.name));
    for (const name of applied.keys()) {
      if (!localNames.has(name)) log.warn(`Migration ${name} is applied in the database but missing locally`);
    }

    const appliedNow: string[] = [];
    for (const migration of local.filter(({ name }) => !applied.has(name))) {
      const started = performance.now();
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${reason}`, { cause: error });
      }
      appliedNow.push(migration.name);
      log.info(`Applied migration ${migration.name} (${Math.round(performance.now() - started)} ms)`);
    }
    return { applied: appliedNow };
  } finally {
    // Ending the session also releases the advisory lock.
    await client.end();
  }
}
