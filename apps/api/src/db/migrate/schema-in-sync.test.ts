import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase } from '../../../test/database.ts';
import { diffSchemaAgainstMigrations } from './diff-schema.ts';
import { defaultSchemaPath } from './migrations-dir.ts';

// The guard against a schema.prisma change without its migration: the migrations in prisma/migrations,
// replayed by Prisma's schema engine, must produce exactly what schema.prisma describes.
describe('prisma/migrations and schema.prisma', () => {
  let database: Awaited<ReturnType<typeof createEmptyTestDatabase>>;
  let tempDir: string;
  beforeAll(async () => {
    database = await createEmptyTestDatabase();
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'schema-in-sync-'));
  });
  afterAll(async () => {
    await database?.drop();
    await rm(tempDir, { recursive: true, force: true });
  });

  it('are in sync (if this fails: pnpm --filter @devops/api run migrate:new <name>)', async () => {
    const sql = await diffSchemaAgainstMigrations(database.url);
    expect(sql, `schema.prisma has changes no migration contains:\n${sql}`).toBe('');
  });

  it('would be reported out of sync when schema.prisma gains a model without a migration', async () => {
    const schemaPath = path.join(tempDir, 'schema.prisma');
    const schema = await readFile(defaultSchemaPath, 'utf8');
    await writeFile(schemaPath, `${schema}\nmodel ForgottenTask {\n  id    String @id\n  title String\n}\n`);

    const sql = await diffSchemaAgainstMigrations(database.url, { schemaPath });

    expect(sql).toContain('CREATE TABLE "ForgottenTask"');
    expect(sql).toContain('"title" TEXT NOT NULL');
  });
});
