import type { FilterNode, OrderingTerm, RqlValue } from './ast.ts';
import {
  nestPath,
  type Lookup,
  type PrismaOrderBy,
  type PrismaWhere,
  type ResolvedField,
  type RqlCondition,
  type RqlFieldSet,
  type ScalarValue,
} from './fields.ts';
import { likeToFilter, likeToRegExp } from './like.ts';
import { coerceValue } from './values.ts';

/**
 * Parsed RQL → Prisma `where` / `orderBy`, through the field whitelist. Problems are pushed to
 * `errors` and compilation carries on, so one response lists every mistake in the query.
 *
 * Negation is pushed down to the leaves (De Morgan), so `not(eq(f,x))` means exactly `ne(f,x)`:
 * on a nullable field both also match NULL rows, as Django's `~Q()` does on Connect. A plain
 * SQL `NOT (f = x)` would silently drop them.
 */

type Leaf = Extract<FilterNode, { type: 'compare' | 'list' }>;
const DAY_MS = 86_400_000;

function fieldList(set: RqlFieldSet, predicate: (field: ResolvedField) => boolean): string {
  return [...set.fields.values()].filter(predicate).map((field) => field.name).join(', ') || 'none';
}

export function compileFilter(node: FilterNode, set: RqlFieldSet, errors: string[], negated = false): PrismaWhere {
  switch (node.type) {
    case 'and':
    case 'or': {
      const children = node.children.map((child) => compileFilter(child, set, errors, negated));
      // not(and(a,b)) = or(not a, not b), and vice versa.
      return { [(node.type === 'and') !== negated ? 'AND' : 'OR']: children };
    }
    case 'not':
      return compileFilter(node.child, set, errors, !negated);
    default:
      return compileLeaf(node, set, errors, negated);
  }
}

/** Applies a scalar filter to the field: a nested Prisma path, or the field's own function. */
function apply(field: ResolvedField, filter: PrismaWhere, condition: Omit<RqlCondition, 'field'>): PrismaWhere {
  const full = { ...condition, field: field.name };
  return field.def.toWhere ? field.def.toWhere(filter, full) : nestPath(field.def.path ?? field.name, filter);
}

function compileLeaf(node: Leaf, set: RqlFieldSet, errors: string[], negatedAbove: boolean): PrismaWhere {
  const field = set.fields.get(node.field);
  if (!field) {
    errors.push(`Unknown field '${node.field}' at position ${node.pos} (filterable: ${fieldList(set, () => true)})`);
    return {};
  }
  const at = `'${node.field}' at position ${node.pos}`;
  const values: readonly RqlValue[] = node.type === 'list' ? node.values : [node.value];
  const hasNull = values.some((value) => value.kind === 'null');
  const isList = node.type === 'list';
  if (hasNull && !isList && node.op !== 'eq' && node.op !== 'ne') {
    errors.push(`null() can only be used with eq, ne, in and out (${node.op} on ${at})`);
    return {};
  }
  const lookup: Lookup = hasNull && !isList ? 'null' : node.op;
  const denied = [lookup, ...(hasNull ? (['null'] as const) : [])].filter((name) => !field.lookups.has(name));
  if (denied.length > 0) {
    errors.push(`Lookup '${denied[0]}' is not allowed for ${at} (allowed: ${[...field.lookups].join(', ')})`);
    return {};
  }
  const negated = negatedAbove !== (node.op === 'ne' || node.op === 'out');
  const nullWhere = () => apply(field, { equals: null }, { lookup: 'null', value: null });

  let positive: PrismaWhere | undefined;
  if (node.op === 'like' || node.op === 'ilike') {
    positive = likeWhere(field, node.op, values[0], at, errors);
  } else {
    const coerced = coerceAll(field, values.filter((value) => value.kind !== 'null'), at, errors);
    if (!coerced) return {};
    const base = node.op === 'ne' ? 'eq' : node.op === 'out' ? 'in' : node.op;
    const parts = coerced.length > 0 ? [valueWhere(field, base, coerced)] : [];
    if (hasNull) parts.push(nullWhere());
    positive = parts.length === 1 ? parts[0] : { OR: parts };
  }
  if (!positive) return {};
  if (!negated) return positive;
  // A negated condition on a nullable field also matches NULL, unless NULL was what it excluded.
  return field.def.nullable && !hasNull ? { OR: [{ NOT: positive }, nullWhere()] } : { NOT: positive };
}

interface Typed {
  readonly value: ScalarValue;
  readonly day?: true;
}

function coerceAll(field: ResolvedField, values: readonly RqlValue[], at: string, errors: string[]): Typed[] | undefined {
  const result: Typed[] = [];
  let ok = true;
  for (const value of values) {
    if (value.kind === 'null') continue;
    if (value.kind === 'empty' && field.def.type !== 'string') {
      errors.push(`empty() can only be used with text fields (${at})`);
      ok = false;
      continue;
    }
    const text = value.kind === 'empty' ? '' : value.value;
    const coerced = coerceValue(field.def, text);
    if (coerced.ok) result.push(coerced);
    else {
      errors.push(`Invalid value '${text}' for ${at}: expected ${coerced.expected}`);
      ok = false;
    }
  }
  return ok ? result : undefined;
}

type ValueLookup = 'eq' | 'gt' | 'ge' | 'lt' | 'le' | 'in';

/** The positive condition for already-coerced values (ne/out are negated by the caller). */
function valueWhere(field: ResolvedField, lookup: ValueLookup, values: readonly Typed[]): PrismaWhere {
  if (lookup === 'in') {
    // A bare date means a whole day, which `in` cannot express: OR the per-day ranges instead.
    if (values.some((value) => value.day)) {
      const ranges = values.map((value) => valueWhere(field, 'eq', [value]));
      return ranges.length === 1 && ranges[0] ? ranges[0] : { OR: ranges };
    }
    const list = values.map((value) => value.value);
    return apply(field, { in: list }, { lookup: 'in', value: list });
  }
  const [first] = values;
  if (!first) return {};
  if (first.day && first.value instanceof Date) {
    const start = first.value;
    const end = new Date(start.getTime() + DAY_MS);
    const ranges: Record<typeof lookup, PrismaWhere> = {
      eq: { gte: start, lt: end },
      gt: { gte: end },
      ge: { gte: start },
      lt: { lt: start },
      le: { lt: end },
    };
    return apply(field, ranges[lookup], { lookup, value: start });
  }
  const prismaOperator = { eq: 'equals', gt: 'gt', ge: 'gte', lt: 'lt', le: 'lte' }[lookup];
  return apply(field, { [prismaOperator]: first.value }, { lookup, value: first.value });
}

function likeWhere(
  field: ResolvedField,
  op: 'like' | 'ilike',
  value: RqlValue | undefined,
  at: string,
  errors: string[],
): PrismaWhere | undefined {
  if (!value || value.kind === 'null') return undefined;
  const pattern = value.kind === 'empty' ? '' : value.pattern;
  const shown = value.kind === 'empty' ? '' : value.value;
  const insensitive = op === 'ilike';
  if (field.def.type === 'enum') {
    // Prisma enums have no contains/startsWith: match the pattern against the known values.
    const regexp = likeToRegExp(pattern, insensitive);
    const matching = (field.def.values ?? []).filter((candidate) => regexp.test(candidate));
    return apply(field, { in: matching }, { lookup: op, value: pattern });
  }
  const filter = likeToFilter(pattern, insensitive);
  if (typeof filter === 'string') {
    errors.push(`Invalid ${op} pattern '${shown}' for ${at}: ${filter}`);
    return undefined;
  }
  return apply(field, filter, { lookup: op, value: pattern });
}

export interface OrderingOptions {
  /** Appended unless already present, so that pages are stable; null to disable. */
  readonly tiebreaker: string | null;
  /** Server-side defaults may use fields clients cannot order by. */
  readonly trusted?: boolean;
}

export function compileOrdering(
  terms: readonly OrderingTerm[],
  set: RqlFieldSet,
  errors: string[],
  options: OrderingOptions,
): PrismaOrderBy[] {
  const orderBy: PrismaOrderBy[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const field = set.fields.get(term.field);
    if (!field || !(field.def.orderable || options.trusted)) {
      const orderable = fieldList(set, (candidate) => candidate.def.orderable === true);
      errors.push(`Ordering by '${term.field}' is not supported (position ${term.pos}; orderable: ${orderable})`);
      continue;
    }
    if (seen.has(term.field)) {
      errors.push(`Ordering by '${term.field}' given more than once (position ${term.pos})`);
      continue;
    }
    seen.add(term.field);
    const { def } = field;
    orderBy.push(def.toWhere ? (def.orderBy?.(term.direction) ?? {}) : nestPath(def.path ?? field.name, term.direction));
  }
  const { tiebreaker } = options;
  const hasTiebreaker = orderBy.some((entry) => {
    const keys = Object.keys(entry);
    return keys.length === 1 && keys[0] === tiebreaker && typeof entry[tiebreaker] === 'string';
  });
  if (tiebreaker !== null && !hasTiebreaker) orderBy.push({ [tiebreaker]: 'asc' });
  return orderBy;
}
