import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createEmptyTestDatabase } from '../../test/database.ts';
import { freePort } from '../../test/postgres-admin.ts';
import { loadConfig } from '../config/config.ts';
import { openDatabase } from './database.ts';

// The server's logger is pino; passing it here also checks that it satisfies DbLogger.
const log = pino({ level: 'silent' });

describe('openDatabase', () => {
  it('migrates the configured DATABASE_URL and hands out a working client', async () => {
    const empty = await createEmptyTestDatabase();
    try {
      const database = await openDatabase(loadConfig({}, { DATABASE_URL: empty.url, DATABASE_POOL_SIZE: 3 }), log);
      try {
        expect(database.url).toBe(empty.url);
        expect(await database.isReady()).toBe(true);
        await database.prisma.account.create({ data: { id: 'VA-000-001', name: 'Vendor', type: 'vendor' } });
        expect(await database.prisma.account.count()).toBe(1);
      } finally {
        await database.close();
        await database.close(); // idempotent
      }
    } finally {
      await empty.drop();
    }
  });

  it('starts, migrates and finally stops an embedded Postgres when no DATABASE_URL is set', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'open-database-test-'));
    try {
      const port = await freePort();
      const database = await openDatabase(loadConfig({}, { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: port }), log);
      expect(database.url).toContain(`:${port}/devops`);
      expect(await database.isReady()).toBe(true);
      expect(await database.prisma.user.count()).toBe(0);

      await database.close();

      const client = new pg.Client({ connectionString: database.url });
      await expect(client.connect()).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('reports not ready when the database cannot be reached', async () => {
    const empty = await createEmptyTestDatabase();
    const database = await openDatabase(loadConfig({}, { DATABASE_URL: empty.url }), log);
    try {
      await empty.drop(); // WITH (FORCE) ends the client's sessions too
      expect(await database.isReady()).toBe(false);
    } finally {
      await database.close();
    }
  });
});
