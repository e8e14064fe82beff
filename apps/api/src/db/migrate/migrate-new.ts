// `pnpm --filter @devops/api run migrate:new <name>`: creates and applies a migration for the changes in
// prisma/schema.prisma, against DATABASE_URL or else the embedded Postgres under DATA_DIR (joining it if
// `pnpm dev` already runs it).
import { loadConfig } from '../../config/config.ts';
import { startDatabaseServer } from '../database.ts';
import { consoleLogger } from '../logger.ts';
import { createMigration } from './create-migration.ts';

const name = process.argv.slice(2).join('_');
if (!name) {
  console.error('Usage: pnpm --filter @devops/api run migrate:new <name>   (e.g. add_tasks)');
  process.exit(2);
}

const server = await startDatabaseServer(loadConfig(), consoleLogger);
try {
  const created = await createMigration(server.url, name, { log: consoleLogger });
  if (created) console.log(`Run \`pnpm --filter @devops/api run generate\` if the Prisma client is not yet regenerated.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await server.stop();
}
// Exit explicitly: the schema engine leaves a 60-second JS timer behind after some commands
// (evaluateDataLoss), which would otherwise keep this process alive for a minute after its work is done.
process.exit();
