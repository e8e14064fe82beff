import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase } from '../../../test/database.ts';
import { createMigrationAdapterFactory, type MigrationAdapterFactory } from './pg-adapter.ts';

// One test per adapter-pg 7.10.1 bug that MIGRATIONS.md lists; each fails against the unpatched adapter.
const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });

describe('the migration adapter factory', () => {
  let database: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
  let factory: MigrationAdapterFactory;
  let main: SqlDriverAdapter;
  beforeAll(async () => {
    database = await createEmptyTestDatabase();
    factory = createMigrationAdapterFactory(database.url);
    main = await factory.connect();
  });
  afterAll(async () => {
    await factory?.close();
    await database?.drop();
  });

  const databaseExists = async (name: string) => {
    const result = await main.queryRaw({ sql: 'SELECT 1 FROM pg_database WHERE datname = $1', args: [name], argTypes: [{ scalarType: 'string', arity: 'scalar' }] });
    return result.rows.length === 1;
  };

  it('reads Postgres\' internal "char" and name columns as text (bug 1)', async () => {
    const result = await main.queryRaw(sql(`SELECT 'r'::"char" AS kind, 'pg_class'::name AS relname`));
    expect(result.columnTypes).toEqual([ColumnTypeEnum.Text, ColumnTypeEnum.Text]);
    expect(result.rows).toEqual([['r', 'pg_class']]);
    const inTransaction = await main.startTransaction();
    const catalog = await inTransaction.queryRaw(sql(`SELECT relkind FROM pg_class WHERE relname = 'pg_class'`));
    await inTransaction.commit();
    expect(catalog.rows).toEqual([['r']]);
  });

  it('connects the shadow adapter to a new database, not the main one (bug 2), and drops it afterwards (bug 3)', async () => {
    const shadow = await factory.connectToShadowDb();
    const current = await shadow.queryRaw(sql('SELECT current_database()'));
    const name = String(current.rows[0]?.[0]);
    expect(name).toMatch(/^prisma_migrate_shadow_db_/);
    expect(await databaseExists(name)).toBe(true);

    await shadow.dispose();

    expect(await databaseExists(name)).toBe(false);
  });

  it('runs a script with dollar-quoted semicolons as one query (bug 4)', async () => {
    await main.executeScript(`
      CREATE FUNCTION touch() RETURNS trigger AS $$
      BEGIN
        NEW."updatedAt" := now();
        RETURN NEW;
      END;
      $$ LANGUAGE plpgsql;
      CREATE TABLE "Touched" ("id" TEXT PRIMARY KEY, "updatedAt" TIMESTAMPTZ);`);
    const tables = await main.queryRaw(sql(`SELECT to_regclass('"Touched"')::text, to_regprocedure('touch()')::text`));
    expect(tables.rows).toEqual([['"Touched"', 'touch()']]);
  });

  it('leaves nothing behind when a script fails half-way (bug 4)', async () => {
    await expect(main.executeScript('CREATE TABLE "HalfDone" ("id" TEXT); SELECT 1 / 0;')).rejects.toThrow(/division by zero/);
    const table = await main.queryRaw(sql(`SELECT to_regclass('"HalfDone"')::text`));
    expect(table.rows).toEqual([[null]]);
  });

  it('ends every connection it opened on close', async () => {
    const other = await createEmptyTestDatabase();
    try {
      const own = createMigrationAdapterFactory(other.url);
      await (await own.connect()).queryRaw(sql('SELECT 1'));
      await (await own.connectToShadowDb()).queryRaw(sql('SELECT 1'));
      await own.close();
      const sessions = await main.queryRaw({
        sql: `SELECT count(*)::int FROM pg_stat_activity WHERE datname = $1 OR datname LIKE 'prisma_migrate_shadow_db_%'`,
        args: [new URL(other.url).pathname.slice(1)],
        argTypes: [{ scalarType: 'string', arity: 'scalar' }],
      });
      expect(sessions.rows).toEqual([[0]]);
    } finally {
      await other.drop();
    }
  });
});
