import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { quoteIdentifier, withDatabase } from '../src/db/connection-url.ts';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../src/db/embedded-postgres.ts';
import { silentLogger } from '../src/db/logger.ts';
import { applyMigrations } from '../src/db/migrate/apply-migrations.ts';
import { adminQuery, freePort } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection allowed to CREATE/DROP DATABASE on the test server. */
    dbAdminUrl: string;
    /** A database with every migration applied, to clone with CREATE DATABASE … TEMPLATE. */
    dbTemplate: string;
    /** Prefix of every database this run creates, so a shared server can be cleaned up after it. */
    dbPrefix: string;
  }
}

/**
 * Once per `vitest run`: a Postgres server for all API tests, either the one in DATABASE_URL (CI with a
 * service container; the role needs CREATEDB) or a throwaway embedded cluster in a fresh temporary
 * directory on a free port, never the developer's data folder. Then one template database migrated with
 * the real migrations, so each test file gets its own migrated database by cloning, in milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prefix = `devops_test_${randomBytes(4).toString('hex')}_`;
  const template = `${prefix}template`;
  const externalUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgresServer | undefined;
  let tempDir: string | undefined;
  let adminUrl: string;
  if (externalUrl) {
    adminUrl = externalUrl;
  } else {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'devops-api-test-'));
    embedded = await startOnFreePort(tempDir).catch(async (error: unknown) => {
      await rm(tempDir!, { recursive: true, force: true });
      throw error;
    });
    adminUrl = withDatabase(embedded.url, 'postgres');
  }

  const teardown = async () => {
    if (externalUrl) await dropRunDatabases(adminUrl, prefix).catch((error) => console.warn(error));
    await embedded?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
  try {
    await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdentifier(template)}`);
    await applyMigrations(withDatabase(adminUrl, template));
    // No connections: a session left on the template would make every clone fail.
    await adminQuery(adminUrl, `ALTER DATABASE ${quoteIdentifier(template)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('dbAdminUrl', adminUrl);
  project.provide('dbTemplate', template);
  project.provide('dbPrefix', prefix);
  return teardown;
}

async function startOnFreePort(dataDir: string): Promise<EmbeddedPostgresServer> {
  // A free port can be taken between probing and binding; try a few.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startEmbeddedPostgres({ dataDir, port: await freePort(), log: silentLogger, unsafeFastWrites: true });
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function dropRunDatabases(adminUrl: string, prefix: string): Promise<void> {
  const { rows } = await adminQuery(adminUrl, 'SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
  for (const { datname } of rows as Array<{ datname: string }>) {
    await adminQuery(adminUrl, `ALTER DATABASE ${quoteIdentifier(datname)} WITH IS_TEMPLATE false`);
    await adminQuery(adminUrl, `DROP DATABASE ${quoteIdentifier(datname)} WITH (FORCE)`);
  }
}
