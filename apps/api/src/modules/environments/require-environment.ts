import type { Environment, Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { NotFoundError } from '../../lib/errors.ts';
import type { Caller } from '../auth/caller.ts';

export interface EnvironmentRef {
  extensionId: string;
  environmentId: string;
}

/** The caller's environment of that extension, or a 404 that cannot tell "not yours" from "missing". */
export async function requireEnvironment(
  db: PrismaClient | Prisma.TransactionClient,
  caller: Caller,
  ref: EnvironmentRef,
): Promise<Environment> {
  const environment = await db.environment.findFirst({
    where: { id: ref.environmentId, extensionId: ref.extensionId, accountId: caller.accountId },
  });
  if (!environment) throw new NotFoundError('Environment', ref.environmentId);
  return environment;
}
