import type { OrderingTerm } from './ast.ts';
import { RqlError } from './errors.ts';
import type { PrismaOrderBy, PrismaWhere, RqlFieldSet } from './fields.ts';
import { parseRql } from './parse.ts';
import { compileFilter, compileOrdering } from './to-prisma.ts';

export interface ListQueryOptions {
  /** Used when the client sends no ordering(), in RQL form: `['-events.created.at']`. */
  readonly defaultOrdering?: readonly string[];
  /** Page size when the client sends no limit. Connect's SDK asks for 100 by default. */
  readonly defaultLimit?: number;
  /**
   * Larger limits are rejected (400), not clamped: Connect's SDK pages by adding the limit it
   * asked for to the offset, so a silently smaller page would make it skip rows.
   */
  readonly maxLimit?: number;
  /** Unique column appended to every ordering so pagination is stable; null to disable. */
  readonly tiebreaker?: string | null;
}

/** Exactly the arguments of `prisma.model.findMany` (extra keys would make Prisma reject them). */
export interface ListQuery {
  readonly where: PrismaWhere;
  readonly orderBy: PrismaOrderBy[];
  /** The page size; 0 means "count only" (Connect's runner and SDK `.count()` send limit=0). */
  readonly take: number;
  /** The offset; 0 when take is 0, which is what Connect reports in Content-Range then. */
  readonly skip: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

function defaultTerms(ordering: readonly string[]): OrderingTerm[] {
  return ordering.map((spec) => ({
    field: spec.replace(/^[-+]/, ''),
    direction: spec.startsWith('-') ? 'desc' : 'asc',
    pos: 0,
  }));
}

/**
 * A list request's raw query string (`rawQueryOf(request.url)`) → findMany arguments.
 * Throws RqlError (HTTP 400) listing every problem; throws a plain Error for bad options.
 */
export function buildListQuery(rawQuery: string, fields: RqlFieldSet, options: ListQueryOptions = {}): ListQuery {
  const { defaultLimit = DEFAULT_LIMIT, maxLimit = MAX_LIMIT, tiebreaker = 'id' } = options;
  if (!Number.isSafeInteger(maxLimit) || maxLimit < 1 || !Number.isSafeInteger(defaultLimit) || defaultLimit < 0 || defaultLimit > maxLimit) {
    throw new Error(`buildListQuery: need 0 <= defaultLimit (${defaultLimit}) <= maxLimit (${maxLimit})`);
  }
  const parsed = parseRql(rawQuery);
  const errors: string[] = [];
  const where = parsed.filter ? compileFilter(parsed.filter, fields, errors) : {};

  let orderBy: PrismaOrderBy[];
  if (parsed.ordering.length > 0 || !options.defaultOrdering) {
    orderBy = compileOrdering(parsed.ordering, fields, errors, { tiebreaker });
  } else {
    const problems: string[] = [];
    orderBy = compileOrdering(defaultTerms(options.defaultOrdering), fields, problems, { tiebreaker, trusted: true });
    if (problems.length > 0) throw new Error(`buildListQuery: bad defaultOrdering: ${problems.join('; ')}`);
  }

  const take = parsed.limit ?? defaultLimit;
  if (take > maxLimit) errors.push(`limit must not exceed ${maxLimit} (got ${take})`);
  if (errors.length > 0) throw new RqlError(errors);
  return { where, orderBy, take, skip: take === 0 ? 0 : (parsed.offset ?? 0) };
}
