import type { Extension as ExtensionDto } from '@devops/contracts/extensions';
import type { ServiceEnvironment } from '@devops/contracts/environments';
import type { Environment, Prisma } from '../../generated/prisma/client.ts';

/** Relations an extension is always read with. */
export const extensionInclude = {
  hub: { select: { id: true, name: true } },
  products: { select: { product: { select: { id: true, name: true, icon: true } } }, orderBy: { productId: 'asc' } },
  environments: {
    select: { id: true, type: true, runtime: true, status: true, configurationChanged: true },
  },
} satisfies Prisma.ExtensionInclude;

export type ExtensionRow = Prisma.ExtensionGetPayload<{ include: typeof extensionInclude }>;

export function iconUrl(extensionId: string, iconVersion: number | null): string | null {
  return iconVersion === null ? null : `/public/v1/devops/services/${extensionId}/icon?v=${iconVersion}`;
}

function toServiceEnvironment(
  environment: Pick<Environment, 'id' | 'type' | 'runtime' | 'status' | 'configurationChanged'>,
): ServiceEnvironment {
  return {
    id: environment.id,
    type: environment.type,
    runtime: environment.runtime,
    status: environment.status,
    configuration_changed: environment.configurationChanged,
  };
}

function byRef(id: string | null, name: string | null) {
  return id ? { id, name: name ?? id } : null;
}

/** `owner` is the caller's account: every extension read is scoped to it, so it is not read again. */
export function presentExtension(row: ExtensionRow, owner: { id: string; name: string }): ExtensionDto {
  const environment = (type: 'development' | 'test' | 'production') => {
    const found = row.environments.find((candidate) => candidate.type === type);
    if (!found) throw new Error(`Extension ${row.id} has no ${type} environment`);
    return toServiceEnvironment(found);
  };
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    description: row.description,
    icon: iconUrl(row.id, row.iconVersion),
    package_id: row.packageId,
    products: row.products.map(({ product }) => ({ id: product.id, name: product.name, icon: product.icon })),
    hub: row.hub,
    owner,
    events: {
      created: { at: row.createdAt.toISOString(), by: byRef(row.createdById, row.createdByName) },
      updated: { at: row.updatedAt.toISOString(), by: byRef(row.updatedById, row.updatedByName) },
    },
    environments: {
      development: environment('development'),
      test: environment('test'),
      production: environment('production'),
    },
  };
}
