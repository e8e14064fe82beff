import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * The one way this codebase builds a Prisma client (server and tests alike): Prisma 7's generated client
 * running on node-postgres through `@prisma/adapter-pg`, with a pool of at most `poolSize` connections.
 * Run `pnpm --filter @devops/api run generate` after changing schema.prisma.
 */
export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
}
