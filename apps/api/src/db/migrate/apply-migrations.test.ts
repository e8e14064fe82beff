import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase } from '../../../test/database.ts';
import { applyMigrations } from './apply-migrations.ts';
import { NO_FILTERS } from './diff-schema.ts';
import { defaultMigrationsDir, LOCKFILE_CONTENT, toMigrationList } from './migrations-dir.ts';
import { withSchemaEngine } from './schema-engine.ts';

type EmptyDatabase = Awaited<ReturnType<typeof createEmptyTestDatabase>>;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function writeMigrations(dir: string, migrations: Record<string, string>): Promise<void> {
  await writeFile(path.join(dir, 'migration_lock.toml'), LOCKFILE_CONTENT);
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, 'migration.sql'), sql);
  }
}

const tableExists = async (url: string, table: string) =>
  (await query<{ name: string | null }>(url, 'SELECT to_regclass($1)::text AS name', [`"${table}"`]))[0]?.name !== null;

describe('applyMigrations with the repository migrations', () => {
  let database: EmptyDatabase;
  beforeAll(async () => {
    database = await createEmptyTestDatabase();
  });
  afterAll(() => database?.drop());

  it('applies every migration once, then nothing', async () => {
    const folders = (await readdir(defaultMigrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);

    expect((await applyMigrations(database.url)).applied).toEqual(folders);
    expect((await applyMigrations(database.url)).applied).toEqual([]);
    expect(await tableExists(database.url, 'Account')).toBe(true);
  });

  it('records each migration as Prisma does, with the sha256 of migration.sql as checksum', async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      database.url,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const bytes = await readFile(path.join(defaultMigrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("leaves a history Prisma's own engine considers clean", async () => {
    const migrationsList = await toMigrationList(defaultMigrationsDir);
    const { diagnosis, action } = await withSchemaEngine(database.url, {}, async (engine) => ({
      diagnosis: await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
      action: (await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS })).action,
    }));
    expect(diagnosis).toMatchObject({ history: null, failedMigrationNames: [], editedMigrationNames: [], hasMigrationsTable: true });
    expect(action.tag).toBe('createMigration'); // no drift, nothing to reset
  });
});

describe('applyMigrations with hand-made migrations', () => {
  let database: EmptyDatabase;
  let dir: string;
  beforeEach(async () => {
    database = await createEmptyTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'apply-migrations-'));
  });
  afterEach(async () => {
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('rolls a failing migration back entirely and names it', async () => {
    await writeMigrations(dir, {
      '20260101000000_ok': 'CREATE TABLE "First" ("id" TEXT PRIMARY KEY);',
      '20260102000000_bad': 'CREATE TABLE "Second" ("id" TEXT PRIMARY KEY);\nINSERT INTO "Missing" VALUES (1);',
    });

    await expect(applyMigrations(database.url, { migrationsDir: dir })).rejects.toThrow(
      /20260102000000_bad failed and was rolled back: relation "Missing" does not exist/,
    );
    expect(await tableExists(database.url, 'First')).toBe(true);
    expect(await tableExists(database.url, 'Second')).toBe(false);
    const names = await query<{ migration_name: string }>(database.url, 'SELECT migration_name FROM "_prisma_migrations"');
    expect(names.map((row) => row.migration_name)).toEqual(['20260101000000_ok']);
  });

  it('refuses to continue past a migration recorded as failed (e.g. by prisma migrate deploy)', async () => {
    await writeMigrations(dir, { '20260101000000_ok': 'CREATE TABLE "First" ("id" TEXT PRIMARY KEY);' });
    await applyMigrations(database.url, { migrationsDir: dir });
    await query(database.url, `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '20260102000000_broken')`);

    await expect(applyMigrations(database.url, { migrationsDir: dir })).rejects.toThrow(/20260102000000_broken failed earlier/);
  });

  it('applies each migration once when two servers start at the same moment', async () => {
    await writeMigrations(dir, {
      '20260101000000_slow': 'CREATE TABLE "First" ("id" TEXT PRIMARY KEY); SELECT pg_sleep(0.2);',
    });
    const results = await Promise.all([
      applyMigrations(database.url, { migrationsDir: dir }),
      applyMigrations(database.url, { migrationsDir: dir }),
    ]);
    expect(results.flatMap((result) => result.applied)).toEqual(['20260101000000_slow']);
  });
});
