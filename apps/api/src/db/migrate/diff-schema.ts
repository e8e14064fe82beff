import { readFile } from 'node:fs/promises';
import type { SchemaFilter } from '@prisma/schema-engine-wasm';
import type { DbLogger } from '../logger.ts';
import { defaultMigrationsDir, defaultSchemaPath, toMigrationList } from './migrations-dir.ts';
import { withSchemaEngine } from './schema-engine.ts';

export interface SchemaSourceOptions {
  migrationsDir?: string;
  schemaPath?: string;
  log?: DbLogger;
}

export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export async function readSchema(schemaPath: string): Promise<{ path: string; content: string }> {
  return { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
}

/**
 * The SQL that would bring a database built from the migrations to what schema.prisma describes; an empty
 * string when they agree. The engine replays the migrations into a temporary shadow database on the
 * server of `databaseUrl` (which must allow CREATE DATABASE) and leaves that database itself untouched.
 */
export async function diffSchemaAgainstMigrations(
  databaseUrl: string,
  options: SchemaSourceOptions = {},
): Promise<string> {
  const schema = await readSchema(options.schemaPath ?? defaultSchemaPath);
  const migrationsList = await toMigrationList(options.migrationsDir ?? defaultMigrationsDir);
  const result = await withSchemaEngine(databaseUrl, { schema, log: options.log }, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return withoutCommentOnlyScript(result.stdout ?? '');
}

/** When in sync the engine answers "-- This is an empty migration."; callers want a plain empty string. */
export function withoutCommentOnlyScript(script: string): string {
  const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('--'));
  return statements.length === 0 ? '' : script;
}
