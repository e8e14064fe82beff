import { EnvironmentStatus, ExtensionType, Runtime } from '../../generated/prisma/enums.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { buildListQuery } from '../../lib/rql/build-list-query.ts';
import { defineRqlFields, searchField } from '../../lib/rql/fields.ts';
import { rawQueryOf } from '../../lib/rql/parse.ts';

/** The filters and orderings `GET /devops/services` accepts, as Connect's reference lists them. */
const extensionFields = defineRqlFields({
  id: { type: 'string', orderable: true },
  name: { type: 'string', orderable: true },
  type: { type: 'enum', values: Object.values(ExtensionType), orderable: true },
  package_id: { type: 'string', path: 'packageId', nullable: true },
  'hub.id': { type: 'string', path: 'hubId', nullable: true },
  'events.created.at': { type: 'datetime', path: 'createdAt', orderable: true },
  'events.updated.at': { type: 'datetime', path: 'updatedAt', orderable: true },
  'environments.runtime': {
    type: 'enum',
    values: Object.values(Runtime),
    toWhere: (filter) => ({ environments: { some: { runtime: filter } } }),
  },
  'environments.status': {
    type: 'enum',
    values: Object.values(EnvironmentStatus),
    toWhere: (filter) => ({ environments: { some: { status: filter } } }),
  },
  'product.id': { type: 'string', toWhere: (filter) => ({ products: { some: { productId: filter } } }) },
  'product.name': { type: 'string', toWhere: (filter) => ({ products: { some: { product: { name: filter } } } }) },
  search: searchField(['name', 'id']),
});

export interface ExtensionListQuery {
  where: Prisma.ExtensionWhereInput;
  orderBy: Prisma.ExtensionOrderByWithRelationInput[];
  take: number;
  skip: number;
}

export function extensionListQuery(url: string): ExtensionListQuery {
  return buildListQuery(rawQueryOf(url), extensionFields, { defaultOrdering: ['-events.created.at'] }) as ExtensionListQuery;
}
