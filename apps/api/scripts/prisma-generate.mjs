// Generates the Prisma client without Prisma's native schema engine, which cannot be downloaded
// on every machine: the prisma-client generator does not need it, so any executable satisfies the CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const result = spawnSync(
  'pnpm',
  ['exec', 'prisma', 'generate', '--schema', path.join(root, 'prisma/schema.prisma')],
  {
    stdio: 'inherit',
    cwd: path.join(root, 'apps/api'),
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  },
);
process.exit(result.status ?? 1);
