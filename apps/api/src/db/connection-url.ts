import type { ConnectionOptions } from 'node:tls';

/** A Postgres connection string split into the fields `pg` takes separately. */
export interface ConnectionFields {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
  ssl: boolean | ConnectionOptions | undefined;
}

/**
 * Splits a `postgres://` / `postgresql://` URL into separate fields. The migration driver needs this:
 * in `pg`, a `connectionString` overrides a separate `database` field, which is how adapter-pg's shadow
 * database silently became the main database (MIGRATIONS.md). Only the parameters this project uses are
 * understood (`sslmode`); anything else in the query string is ignored.
 */
export function parseDatabaseUrl(url: string): ConnectionFields {
  const parsed = new URL(url);
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`Not a Postgres connection URL (protocol ${parsed.protocol})`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || 'postgres',
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: database || decodeURIComponent(parsed.username) || 'postgres',
    ssl: sslFromMode(parsed.searchParams.get('sslmode')),
  };
}

function sslFromMode(mode: string | null): ConnectionFields['ssl'] {
  switch (mode) {
    case null:
    case 'disable':
    case 'prefer':
    case 'allow':
      return undefined;
    case 'no-verify':
    case 'require':
      // libpq's `require` encrypts without verifying the certificate; keep that meaning.
      return { rejectUnauthorized: false };
    case 'verify-ca':
    case 'verify-full':
      return true;
    default:
      throw new Error(`Unsupported sslmode "${mode}" in the database URL`);
  }
}

/** The same server and credentials, another database (for admin, template and per-test databases). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Double-quotes an identifier for SQL that cannot take it as a parameter (CREATE/DROP DATABASE). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
