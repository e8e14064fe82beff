import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { silentLogger } from '../logger.ts';
import { applyMigrations } from './apply-migrations.ts';
import { NO_FILTERS, readSchema, type SchemaSourceOptions } from './diff-schema.ts';
import {
  defaultMigrationsDir,
  defaultSchemaPath,
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  toMigrationList,
} from './migrations-dir.ts';
import { withSchemaEngine } from './schema-engine.ts';

export interface CreatedMigration {
  /** Folder name, `<timestamp>_<name>`. */
  name: string;
  /** Absolute path of the new migration.sql. */
  file: string;
  sql: string;
}

/**
 * `prisma migrate dev --name <name>`: brings the database up to date, diffs schema.prisma against the
 * migrations (replayed in a shadow database), writes `prisma/migrations/<timestamp>_<name>/migration.sql`
 * and applies it. Returns null, writing nothing, when schema.prisma needs no migration.
 *
 * Refuses rather than resets when the database has drifted from the migrations, or when the migration
 * cannot run on the data in it (e.g. a required column without default on a table with rows): resetting
 * a developer's database is a decision for a human.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  options: SchemaSourceOptions = {},
): Promise<CreatedMigration | null> {
  const log = options.log ?? silentLogger;
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const migrationName = toMigrationName(name);
  const schema = await readSchema(options.schemaPath ?? defaultSchemaPath);
  await mkdir(migrationsDir, { recursive: true });
  // The engine reads the provider from the lock file; Prisma's CLI writes it on the first migration.
  const lockfile = path.join(migrationsDir, LOCKFILE_NAME);
  if (!existsSync(lockfile)) await writeFile(lockfile, LOCKFILE_CONTENT);
  await applyMigrations(databaseUrl, { migrationsDir, log });

  const output = await withSchemaEngine(databaseUrl, { schema, log }, async (engine) => {
    const migrationsList = await toMigrationList(migrationsDir);
    // devDiagnostic must run first, and on an up-to-date database: it computes the schema the migrations
    // produce (in a shadow database from our factory) and the engine caches it. In this WebAssembly build,
    // evaluateDataLoss and createMigration can only use that cache; computing it themselves fails with
    // "PostgreSQL shadow DB must be provided through an external factory".
    const diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
    if (diagnostic.action.tag === 'reset') {
      throw new Error(
        `The database does not match the migrations, so no migration was created:\n${diagnostic.action.reason}\n` +
          'Reset it (drop and recreate the database, or delete the embedded data folder) and try again.',
      );
    }
    const dataLoss = await engine.evaluateDataLoss({ migrationsList, schema: { files: [schema] }, filters: NO_FILTERS });
    if (dataLoss.unexecutableSteps.length > 0) {
      const problems = dataLoss.unexecutableSteps.map((step) => `  - ${step.message}`).join('\n');
      throw new Error(`The migration could not be applied to the data in this database:\n${problems}`);
    }
    for (const warning of dataLoss.warnings) log.warn(`Data loss warning: ${warning.message}`);
    return engine.createMigration({
      draft: false,
      migrationName,
      migrationsList,
      schema: { files: [schema] },
      filters: NO_FILTERS,
    });
  });
  if (output.migrationScript === null) {
    log.info('schema.prisma matches the migrations: no migration needed');
    return null;
  }

  const folder = path.join(migrationsDir, output.generatedMigrationName);
  const file = path.join(folder, `migration.${output.extension}`);
  await mkdir(folder);
  await writeFile(file, output.migrationScript);
  log.info(`Created ${path.relative(process.cwd(), file) || file}`);
  try {
    await applyMigrations(databaseUrl, { migrationsDir, log });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\nThe new migration is kept in ${file}: edit or delete it, then run again.`, { cause: error });
  }
  return { name: output.generatedMigrationName, file, sql: output.migrationScript };
}

/** Lowercase words joined by underscores, like the names Prisma's CLI produces; the folder name must be safe. */
export function toMigrationName(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (!slug) throw new Error(`"${name}" is not a usable migration name: use letters, digits and underscores`);
  return slug;
}
