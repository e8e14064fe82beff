import {
  EXTENSION_TYPE_LABELS,
  type CreateExtensionRequest,
  type Extension as ExtensionDto,
  type UpdateExtensionRequest,
} from '@devops/contracts/extensions';
import { DELETABLE_STATUSES, ENVIRONMENT_TYPES } from '@devops/contracts/environments';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { randomToken } from '../../lib/hashing.ts';
import { environmentId, newId, withUniqueId } from '../../lib/ids.ts';
import type { SecretBox } from '../../lib/secrets.ts';
import { actorOf, type Caller } from '../auth/caller.ts';
import { environmentLabel } from '../environments/environment-presenter.ts';
import { extensionInclude, presentExtension } from './extension-presenter.ts';
import { decodeIcon } from './icon.ts';

function ownerOf(caller: Caller) {
  return { id: caller.accountId, name: caller.accountName };
}

/** Checks the guide's per-type rules against the caller's account; returns the products and hub to link. */
async function resolveTypeRules(prisma: PrismaClient, caller: Caller, input: CreateExtensionRequest) {
  const label = EXTENSION_TYPE_LABELS[input.type];
  const productIds = [...new Set([...(input.products ?? []), ...(input.product ? [input.product] : [])].map((p) => p.id))];
  const problems: string[] = [];

  if (input.type === 'products') {
    if (caller.accountType !== 'vendor') {
      throw new ValidationError(`${label} extensions are available only for vendor accounts`, 'EXTENSION_TYPE_NOT_ALLOWED');
    }
    if (productIds.length === 0) problems.push('products: choose at least one product');
  } else if (productIds.length > 0) {
    problems.push(`products: only ${EXTENSION_TYPE_LABELS.products} extensions are linked to products`);
  }

  if (input.type === 'hub') {
    if (caller.accountType === 'vendor') {
      throw new ValidationError(`${label} extensions are available only for distributor and reseller accounts`, 'EXTENSION_TYPE_NOT_ALLOWED');
    }
    if (!input.hub) problems.push('hub: choose a hub');
    if (!input.package_id) problems.push('package_id: a package id of the form cloudblue.connect.package is required');
  } else if (input.hub) {
    problems.push(`hub: only ${EXTENSION_TYPE_LABELS.hub} extensions are linked to a hub`);
  }
  if (problems.length > 0) throw new ValidationError(problems);

  const products = productIds.length
    ? await prisma.product.findMany({ where: { id: { in: productIds }, accountId: caller.accountId }, select: { id: true } })
    : [];
  const missing = productIds.filter((id) => !products.some((product) => product.id === id));
  if (missing.length > 0) throw new ValidationError(missing.map((id) => `products: product ${id} was not found`));

  if (input.hub) {
    const hub = await prisma.hub.findFirst({ where: { id: input.hub.id, accountId: caller.accountId } });
    if (!hub) throw new ValidationError(`hub: hub ${input.hub.id} was not found`);
  }
  return { productIds, hubId: input.hub?.id ?? null };
}

export async function createExtension(
  prisma: PrismaClient,
  secrets: SecretBox,
  caller: Caller,
  input: CreateExtensionRequest,
): Promise<ExtensionDto> {
  const { productIds, hubId } = await resolveTypeRules(prisma, caller, input);
  const icon = input.icon ? decodeIcon(input.icon) : null;
  const actor = actorOf(caller);

  const row = await withUniqueId(newId.extension, async (id) =>
    prisma.extension.create({
      data: {
        id,
        accountId: caller.accountId,
        type: input.type,
        name: input.name,
        description: input.description ?? null,
        packageId: input.package_id ?? null,
        hubId,
        iconVersion: icon ? 1 : null,
        createdById: actor.id,
        createdByName: actor.name,
        updatedById: actor.id,
        updatedByName: actor.name,
        products: { create: productIds.map((productId) => ({ productId })) },
        icon: icon ? { create: { contentType: icon.contentType, data: icon.data } } : undefined,
        environments: {
          create: ENVIRONMENT_TYPES.map(({ type, suffix }) => {
            const envId = environmentId(id, suffix);
            return {
              id: envId,
              type,
              accountId: caller.accountId,
              jwtSecret: secrets.encrypt(randomToken(32), `${envId}:jwt_secret`),
            };
          }),
        },
      },
      include: extensionInclude,
    }),
  );
  return presentExtension(row, ownerOf(caller));
}

export async function getExtension(prisma: PrismaClient, caller: Caller, id: string): Promise<ExtensionDto> {
  const row = await prisma.extension.findFirst({ where: { id, accountId: caller.accountId }, include: extensionInclude });
  if (!row) throw new NotFoundError('Extension', id);
  return presentExtension(row, ownerOf(caller));
}

export async function listExtensions(
  prisma: PrismaClient,
  caller: Caller,
  query: { where: Prisma.ExtensionWhereInput; orderBy: Prisma.ExtensionOrderByWithRelationInput[]; take: number; skip: number },
): Promise<{ items: ExtensionDto[]; total: number }> {
  const where = { AND: [query.where, { accountId: caller.accountId }] };
  const [rows, total] = await Promise.all([
    query.take === 0
      ? Promise.resolve([])
      : prisma.extension.findMany({ where, orderBy: query.orderBy, take: query.take, skip: query.skip, include: extensionInclude }),
    prisma.extension.count({ where }),
  ]);
  return { items: rows.map((row) => presentExtension(row, ownerOf(caller))), total };
}

export async function updateExtension(
  prisma: PrismaClient,
  caller: Caller,
  id: string,
  input: UpdateExtensionRequest,
): Promise<ExtensionDto> {
  const existing = await prisma.extension.findFirst({ where: { id, accountId: caller.accountId }, select: { iconVersion: true } });
  if (!existing) throw new NotFoundError('Extension', id);
  const icon = input.icon ? decodeIcon(input.icon) : null;
  const actor = actorOf(caller);

  const iconChange: Prisma.ExtensionUpdateInput =
    input.icon === undefined
      ? {}
      : icon
        ? {
            iconVersion: (existing.iconVersion ?? 0) + 1,
            icon: { upsert: { create: { contentType: icon.contentType, data: icon.data }, update: { contentType: icon.contentType, data: icon.data } } },
          }
        : { iconVersion: null, icon: existing.iconVersion === null ? undefined : { delete: true } };

  // The tenant condition is part of the update itself, so a concurrent change of owner cannot slip through.
  const row = await prisma.extension.update({
    where: { id, accountId: caller.accountId },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description }),
      ...iconChange,
      updatedById: actor.id,
      updatedByName: actor.name,
    },
    include: extensionInclude,
  });
  return presentExtension(row, ownerOf(caller));
}

/**
 * Deletes an extension when every environment is stopped, disconnected or uninitialized. The status
 * condition is part of the DELETE itself, so an environment that connects meanwhile cannot be lost.
 */
export async function deleteExtension(prisma: PrismaClient, caller: Caller, id: string): Promise<void> {
  const { count } = await prisma.extension.deleteMany({
    where: { id, accountId: caller.accountId, environments: { every: { status: { in: [...DELETABLE_STATUSES] } } } },
  });
  if (count === 1) return;
  const extension = await prisma.extension.findFirst({ where: { id, accountId: caller.accountId }, include: { environments: true } });
  if (!extension) throw new NotFoundError('Extension', id);
  const blocking = extension.environments
    .filter((environment) => !DELETABLE_STATUSES.includes(environment.status))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((environment) => `the ${environmentLabel(environment.type)} environment (${environment.id}) is ${environment.status}`);
  throw new ConflictError(
    `The extension cannot be deleted while ${blocking.join(' and ')}: stop ${blocking.length > 1 ? 'them' : 'it'} first`,
    'ENVIRONMENT_ACTIVE',
  );
}

export async function getExtensionIcon(prisma: PrismaClient, caller: Caller, id: string) {
  const icon = await prisma.extensionIcon.findFirst({ where: { extensionId: id, extension: { accountId: caller.accountId } } });
  if (!icon) throw new NotFoundError('Icon of extension', id);
  return icon;
}
