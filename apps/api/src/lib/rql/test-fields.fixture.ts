import { defineRqlFields, searchField } from './fields.ts';

/** Test whitelist mirroring `GET /devops/services` of the Connect OpenAPI reference. */
export const serviceFields = defineRqlFields({
  id: { type: 'string', lookups: ['eq', 'ne', 'like', 'ilike', 'null', 'in', 'out'], orderable: true },
  name: { type: 'string', orderable: true },
  package_id: { path: 'packageId', type: 'string', nullable: true },
  type: { type: 'enum', values: ['products', 'hub', 'multiaccount', 'transformations'] },
  'hub.name': { path: 'hub.name', type: 'string', orderable: true },
  'environments.runtime': {
    type: 'enum',
    values: ['local', 'cloud'],
    lookups: ['eq', 'ne', 'like', 'ilike', 'in', 'out'],
    toWhere: (filter) => ({ environments: { some: { runtime: filter } } }),
  },
  'events.created.at': { path: 'createdAt', type: 'datetime', orderable: true },
  'events.updated.at': { path: 'updatedAt', type: 'datetime', orderable: true },
  'product.id': {
    type: 'string',
    lookups: ['eq', 'ne', 'like', 'ilike', 'null', 'in', 'out'],
    toWhere: (filter, condition) =>
      condition.lookup === 'null' ? { products: { none: {} } } : { products: { some: { productId: filter } } },
    orderable: true,
    orderBy: (direction) => ({ products: { _count: direction } }),
  },
  search: searchField(['id', 'name']),
});

/** Test whitelist with the remaining value types. */
export const taskFields = defineRqlFields({
  id: { type: 'string' },
  status: { type: 'enum', values: ['pending', 'queued', 'processing', 'done', 'failed'] },
  attempts: { type: 'integer', orderable: true },
  runtime: { type: 'number' },
  interactive: { type: 'boolean' },
  note: { type: 'string', nullable: true },
});
