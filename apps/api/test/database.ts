import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { quoteIdentifier, withDatabase } from '../src/db/connection-url.ts';
import { createPrismaClient, type PrismaClient } from '../src/db/prisma.ts';
import { adminQuery } from './postgres-admin.ts';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Disconnects the client and drops the database; safe to call twice. */
  drop(): Promise<void>;
}

/**
 * A database of its own for a test file (or test), with every migration applied: a clone of the run's
 * template (global-setup.ts). Names are random per call, so files running in parallel workers never
 * collide, and prefixed per run, so a shared server can be cleaned up afterwards.
 */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const { url, drop } = await createDatabase(`TEMPLATE ${quoteIdentifier(inject('dbTemplate'))}`);
  const prisma = createPrismaClient(url, options.poolSize ?? 5);
  return {
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await drop();
    },
  };
}

/** A database with no tables at all, for tests of the migrations themselves. */
export function createEmptyTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createDatabase('TEMPLATE template0');
}

async function createDatabase(clause: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('dbAdminUrl');
  const name = `${inject('dbPrefix')}${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdentifier(name)} ${clause}`);
  let dropped = false;
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    },
  };
}
