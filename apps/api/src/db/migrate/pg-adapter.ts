import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { parseDatabaseUrl, quoteIdentifier, type ConnectionFields } from '../connection-url.ts';

/**
 * The driver adapter factory handed to the WebAssembly schema engine: `@prisma/adapter-pg` 7.10.1 with its
 * four migration bugs worked around (MIGRATIONS.md). Each workaround is marked "bug N" below.
 */
export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Ends every pool this factory opened that the engine has not disposed of. */
  close(): Promise<void>;
}

export function createMigrationAdapterFactory(databaseUrl: string): MigrationAdapterFactory {
  // Bug 2: adapter-pg spreads `{ connectionString }` and adds `database`, but pg lets the connection string
  // win, so the "shadow" database was the main one. Separate fields let `database` be replaced.
  const fields = parseDatabaseUrl(databaseUrl);
  const open = new Set<SqlDriverAdapter>();

  const connectTo = async (database: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> => {
    const inner = await new PrismaPg(poolConfig(fields, database)).connect();
    const adapter = scriptAsOneQuery(inner, async () => {
      if (!open.delete(adapter)) return;
      await inner.dispose();
      await onDispose?.();
    });
    open.add(adapter);
    return adapter;
  };

  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectTo(fields.database),
    // Bug 3: adapter-pg drops the shadow database while its own pool is still connected to it ("being
    // accessed by other users"). Here the shadow pool is ended first, then the database is dropped.
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await adminQuery(fields, `CREATE DATABASE ${quoteIdentifier(name)}`);
      return connectTo(name, () => adminQuery(fields, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
    },
    close: async () => {
      for (const adapter of [...open]) await adapter.dispose();
    },
  };
}

function poolConfig(fields: ConnectionFields, database: string): pg.PoolConfig {
  const { host, port, user, password, ssl } = fields;
  // Bug 1: TextLabelClient, see below. A small pool: the engine issues one statement at a time.
  return { host, port, user, password, ssl, database, max: 2, Client: TextLabelClient };
}

async function adminQuery(fields: ConnectionFields, sql: string): Promise<void> {
  const client = new pg.Client({ ...fields });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Bug 4: adapter-pg's `executeScript` splits the script on every `;`, which breaks dollar-quoted bodies
 * and, statement by statement, leaves a failed migration half-applied. Sending the whole script as one
 * simple-protocol query (no parameters) is what the native engine does: Postgres runs a multi-statement
 * query as one implicit transaction. `executeRaw` with no arguments sends exactly that, and converts
 * errors the way the engine expects.
 */
function scriptAsOneQuery(inner: SqlDriverAdapter, dispose: () => Promise<void>): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    executeScript: async (script) => {
      await inner.executeRaw({ sql: script, args: [], argTypes: [] });
    },
    dispose,
  };
}

/** OIDs of Postgres' one-byte internal `"char"` and of `name`, and of `text`. */
const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

type Relabelable = { fields?: Array<{ dataTypeID: number }> } | undefined;

function relabelAsText(result: Relabelable | Relabelable[]): void {
  for (const single of Array.isArray(result) ? result : [result]) {
    for (const field of single?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
}

/**
 * Bug 1: adapter-pg cannot map `"char"` (OID 18) and `name` (OID 19), which the engine's catalog queries
 * return ("Column type 'char' could not be deserialized"). pg already hands both over as strings, so only
 * the column type needs relabelling as text. pg-pool calls `query` with a callback, adapter-pg's
 * transactions with a promise; both forms are covered.
 */
class TextLabelClient extends pg.Client {}
const originalQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
(TextLabelClient.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
  this: pg.Client,
  ...args: unknown[]
): unknown {
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    args[args.length - 1] = (error: unknown, result: Relabelable) => {
      if (result) relabelAsText(result);
      (callback as (error: unknown, result: unknown) => void)(error, result);
    };
    return originalQuery.apply(this, args);
  }
  const returned = originalQuery.apply(this, args);
  if (returned instanceof Promise) {
    return returned.then((result: Relabelable) => {
      relabelAsText(result);
      return result;
    });
  }
  return returned;
};
