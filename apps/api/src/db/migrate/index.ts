// The migration toolkit: deploy at server start, diff and create while developing (MIGRATIONS.md).
export { applyMigrations, type ApplyMigrationsOptions, type ApplyMigrationsResult } from './apply-migrations.ts';
export { createMigration, toMigrationName, type CreatedMigration } from './create-migration.ts';
export { diffSchemaAgainstMigrations, type SchemaSourceOptions } from './diff-schema.ts';
export { defaultMigrationsDir, defaultSchemaPath } from './migrations-dir.ts';
