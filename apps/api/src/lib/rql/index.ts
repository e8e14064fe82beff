/**
 * Connect-style RQL list queries → Prisma. See build-list-query.ts for the entry point and
 * parse.ts for the accepted grammar.
 */
export type { FilterNode, OrderingTerm, ParsedRql, RqlValue } from './ast.ts';
export { buildListQuery, DEFAULT_LIMIT, MAX_LIMIT, type ListQuery, type ListQueryOptions } from './build-list-query.ts';
export { contentRange } from './content-range.ts';
export { isRqlError, RqlError } from './errors.ts';
export {
  defineRqlFields,
  nestPath,
  searchField,
  type Lookup,
  type PrismaOrderBy,
  type PrismaWhere,
  type RqlCondition,
  type RqlFieldDef,
  type RqlFieldSet,
  type RqlFieldType,
} from './fields.ts';
export { escapeLike } from './like.ts';
export { parseRql, rawQueryOf } from './parse.ts';
