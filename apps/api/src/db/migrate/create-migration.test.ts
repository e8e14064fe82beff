import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase } from '../../../test/database.ts';
import { createMigration, toMigrationName } from './create-migration.ts';
import { diffSchemaAgainstMigrations } from './diff-schema.ts';
import { defaultSchemaPath } from './migrations-dir.ts';

// The `migrate:new` flow end to end, in a temporary migrations folder so the repository is never touched.
describe('createMigration', () => {
  let database: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
  let dir: string;
  let migrationsDir: string;
  let schemaPath: string;
  beforeAll(async () => {
    database = await createEmptyTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'create-migration-'));
    migrationsDir = path.join(dir, 'migrations');
    schemaPath = path.join(dir, 'schema.prisma');
    await writeFile(schemaPath, await readFile(defaultSchemaPath, 'utf8'));
  });
  afterAll(async () => {
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const tables = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
    await client.end();
    return rows.map((row) => row.name);
  };

  it('writes the first migration and the lock file, and applies it', async () => {
    const created = await createMigration(database.url, 'init', { migrationsDir, schemaPath });

    expect(created?.name).toMatch(/^\d{14}_init$/);
    expect(created?.file).toBe(path.join(migrationsDir, created!.name, 'migration.sql'));
    expect(await readFile(created!.file, 'utf8')).toBe(created!.sql);
    expect(created!.sql).toContain('CREATE TABLE "Account"');
    expect(await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
    expect(await tables()).toEqual(expect.arrayContaining(['Account', 'Extension', '_prisma_migrations']));
  });

  it('writes nothing when the schema needs no migration', async () => {
    expect(await createMigration(database.url, 'nothing', { migrationsDir, schemaPath })).toBeNull();
    expect(await readdir(migrationsDir)).toHaveLength(2); // the init folder and the lock file
  });

  it('creates and applies a migration for a new model, after which the schema is in sync', async () => {
    await writeFile(schemaPath, `${await readFile(schemaPath, 'utf8')}\nmodel Task {\n  id    String @id\n  title String\n}\n`);

    const created = await createMigration(database.url, 'Add tasks!', { migrationsDir, schemaPath });

    expect(created?.name).toMatch(/^\d{14}_add_tasks$/);
    expect(created?.sql).toContain('CREATE TABLE "Task"');
    expect(await tables()).toContain('Task');
    expect(await diffSchemaAgainstMigrations(database.url, { migrationsDir, schemaPath })).toBe('');
  });
});

describe('createMigration on a database that drifted from the migrations', () => {
  it('refuses, and writes nothing, rather than resetting the database', async () => {
    const database = await createEmptyTestDatabase();
    const migrationsDir = await mkdtemp(path.join(os.tmpdir(), 'create-migration-drift-'));
    try {
      await createMigration(database.url, 'init', { migrationsDir });
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query('CREATE TABLE "MadeByHand" ("id" TEXT PRIMARY KEY)');
      await client.end();

      await expect(createMigration(database.url, 'more', { migrationsDir })).rejects.toThrow(/does not match the migrations/);
      expect((await readdir(migrationsDir)).filter((entry) => entry.endsWith('_more'))).toEqual([]);
    } finally {
      await database.drop();
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });
});

describe('toMigrationName', () => {
  it('makes folder-safe snake_case names and rejects empty ones', () => {
    expect(toMigrationName('Add tasks')).toBe('add_tasks');
    expect(toMigrationName('../../etc')).toBe('etc');
    expect(() => toMigrationName('  !! ')).toThrow(/not a usable migration name/);
  });
});
