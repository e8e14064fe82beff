import type { ApiKey as ApiKeyDto, CreatedApiKey } from '@devops/contracts/api-keys';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { ApiKey, Role } from '../../generated/prisma/client.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { randomToken, sha256 } from '../../lib/hashing.ts';
import { newId, withUniqueId } from '../../lib/ids.ts';
import { type Caller, roleRank } from '../auth/caller.ts';

type ApiKeyRow = ApiKey & { createdByName?: string | null };

function present(key: ApiKeyRow, creatorName: string | null): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    environment_id: key.environmentId,
    created: { at: key.createdAt.toISOString(), by: key.createdById && creatorName ? { id: key.createdById, name: creatorName } : null },
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
  };
}

/** Creates a key and returns it with its secret, which is never retrievable again. */
export async function issueApiKey(
  prisma: PrismaClient,
  input: { accountId: string; name: string; role: Role; environmentId?: string | null; createdBy?: { id: string; name: string } | null },
): Promise<CreatedApiKey> {
  const secret = randomToken(32);
  const key = await withUniqueId(newId.apiKey, async (id) =>
    prisma.apiKey.create({
      data: {
        id,
        accountId: input.accountId,
        name: input.name,
        role: input.role,
        environmentId: input.environmentId ?? null,
        createdById: input.createdBy?.id ?? null,
        secretHash: sha256(secret),
      },
    }),
  );
  return { ...present(key, input.createdBy?.name ?? null), key: `ApiKey ${key.id}:${secret}` };
}

export async function createApiKey(
  prisma: PrismaClient,
  caller: Caller,
  input: { name: string; role: Role; environment_id?: string | undefined },
): Promise<CreatedApiKey> {
  if (roleRank(input.role) > roleRank(caller.role)) {
    throw new ForbiddenError(`A ${caller.role} cannot create a key with the ${input.role} role`);
  }
  if (input.environment_id) {
    const environment = await prisma.environment.findFirst({ where: { id: input.environment_id, accountId: caller.accountId } });
    if (!environment) throw new ValidationError(`environment_id: environment ${input.environment_id} was not found`);
  }
  const creator = caller.userId ? await prisma.user.findUnique({ where: { id: caller.userId } }) : null;
  return issueApiKey(prisma, {
    accountId: caller.accountId,
    name: input.name,
    role: input.role,
    environmentId: input.environment_id ?? null,
    createdBy: creator ? { id: creator.id, name: creator.name } : null,
  });
}

export async function listApiKeys(prisma: PrismaClient, caller: Caller): Promise<ApiKeyDto[]> {
  const keys = await prisma.apiKey.findMany({
    where: { accountId: caller.accountId, revokedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  const creatorIds = [...new Set(keys.map((key) => key.createdById).filter((id): id is string => id !== null))];
  const creators = await prisma.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } });
  const names = new Map(creators.map((user) => [user.id, user.name]));
  return keys.map((key) => present(key, key.createdById ? (names.get(key.createdById) ?? null) : null));
}

export async function revokeApiKey(prisma: PrismaClient, caller: Caller, id: string): Promise<void> {
  const key = await prisma.apiKey.findFirst({ where: { id, accountId: caller.accountId, revokedAt: null } });
  if (!key) throw new NotFoundError('API key', id);
  if (roleRank(key.role) > roleRank(caller.role)) {
    throw new ForbiddenError(`A ${caller.role} cannot revoke a key with the ${key.role} role`);
  }
  await prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
}
