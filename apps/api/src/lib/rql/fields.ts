import { escapeLike } from './like.ts';

/**
 * Per-endpoint whitelists of RQL fields. Only fields declared here can be filtered or ordered
 * by; each maps to a Prisma scalar path or to a function producing a Prisma `where` fragment,
 * so nothing a client sends ever reaches Prisma unvetted (and never raw SQL).
 */

/** Connect's lookup names, as the OpenAPI reference lists them per field. */
export const LOOKUPS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'ilike', 'in', 'out', 'null'] as const;
export type Lookup = (typeof LOOKUPS)[number];

export type RqlFieldType = 'string' | 'enum' | 'integer' | 'number' | 'boolean' | 'datetime';
export type ScalarValue = string | number | boolean | Date;
export type SortDirection = 'asc' | 'desc';
/** Plain objects shaped like Prisma's where/orderBy inputs; the generated types are not needed. */
export type PrismaWhere = Record<string, unknown>;
export type PrismaOrderBy = Record<string, unknown>;

/**
 * The positive condition a custom field is asked to express. Negation (`ne`, `out`, `not()`)
 * is applied around the returned fragment, so custom fields never deal with it.
 */
export interface RqlCondition {
  readonly field: string;
  readonly lookup: 'eq' | 'gt' | 'ge' | 'lt' | 'le' | 'like' | 'ilike' | 'in' | 'null';
  /** Coerced value; the raw pattern for like/ilike; a list for `in`; null for the null lookup. */
  readonly value: ScalarValue | readonly ScalarValue[] | null;
}

interface RqlFieldCommon {
  readonly type: RqlFieldType;
  /** Allowed values of an enum field (e.g. `Object.values(Runtime)` from the generated client). */
  readonly values?: readonly string[];
  /** Defaults by type (see DEFAULT_LOOKUPS), plus `null` when `nullable`. */
  readonly lookups?: readonly Lookup[];
  /** The column can be NULL: `ne`/`out` then also match NULL rows, as Connect (Django) does. */
  readonly nullable?: boolean;
  readonly orderable?: boolean;
}

export interface RqlPathField extends RqlFieldCommon {
  /** Prisma path, dot-separated through to-one relations (`hub.name`); defaults to the RQL name. */
  readonly path?: string;
  readonly toWhere?: undefined;
  readonly orderBy?: undefined;
}

export interface RqlCustomField extends RqlFieldCommon {
  readonly path?: undefined;
  /**
   * Builds the where fragment from a Prisma scalar filter already built for the value
   * (`{equals: 'cloud'}`, `{in: [...]}`, `{contains: '…', mode: 'insensitive'}`, `{equals: null}`),
   * e.g. `(filter) => ({ environments: { some: { runtime: filter } } })`.
   */
  readonly toWhere: (filter: PrismaWhere, condition: RqlCondition) => PrismaWhere;
  /** Required when `orderable`: Prisma cannot guess how to order by a computed field. */
  readonly orderBy?: (direction: SortDirection) => PrismaOrderBy;
}

export type RqlFieldDef = RqlPathField | RqlCustomField;

export interface ResolvedField {
  readonly name: string;
  readonly def: RqlFieldDef;
  readonly lookups: ReadonlySet<Lookup>;
}

/** The validated whitelist; a Map so that names like `constructor` can never hit the prototype. */
export interface RqlFieldSet {
  readonly fields: ReadonlyMap<string, ResolvedField>;
}

const DEFAULT_LOOKUPS: Readonly<Record<RqlFieldType, readonly Lookup[]>> = {
  string: ['eq', 'ne', 'like', 'ilike', 'in', 'out'],
  enum: ['eq', 'ne', 'in', 'out'],
  integer: ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'out'],
  number: ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'out'],
  datetime: ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'out'],
  boolean: ['eq', 'ne'],
};

/** Lookups that make no sense for a type: Prisma would reject them at query time. */
const TYPES_BY_LOOKUP: Partial<Record<Lookup, readonly RqlFieldType[]>> = {
  like: ['string', 'enum'],
  ilike: ['string', 'enum'],
  gt: ['string', 'integer', 'number', 'datetime'],
  ge: ['string', 'integer', 'number', 'datetime'],
  lt: ['string', 'integer', 'number', 'datetime'],
  le: ['string', 'integer', 'number', 'datetime'],
};

/**
 * Validates and freezes an endpoint's field whitelist. Mistakes here are programming errors,
 * so they throw a plain Error at module load (500 / failed boot), not an RqlError (400).
 */
export function defineRqlFields(defs: Readonly<Record<string, RqlFieldDef>>): RqlFieldSet {
  const fields = new Map<string, ResolvedField>();
  for (const [name, def] of Object.entries(defs)) {
    const problem = (text: string) => new Error(`RQL field '${name}': ${text}`);
    if (def.type === 'enum' && (!def.values || def.values.length === 0)) throw problem('enum fields need values');
    if (def.toWhere && def.path !== undefined) throw problem('give either path or toWhere, not both');
    if (def.orderable && def.toWhere && !def.orderBy) throw problem('orderable custom fields need orderBy');
    const lookups = new Set<Lookup>(def.lookups ?? DEFAULT_LOOKUPS[def.type]);
    if (def.nullable && !def.lookups) lookups.add('null');
    for (const lookup of lookups) {
      if (!(LOOKUPS as readonly string[]).includes(lookup)) throw problem(`unknown lookup '${lookup}'`);
      const types = TYPES_BY_LOOKUP[lookup];
      if (types && !types.includes(def.type)) throw problem(`lookup '${lookup}' does not apply to ${def.type} fields`);
    }
    fields.set(name, { name, def, lookups });
  }
  return { fields };
}

/** `hub.name` + `{equals: 'x'}` → `{hub: {name: {equals: 'x'}}}`. */
export function nestPath(path: string, leaf: unknown): PrismaWhere {
  const keys = path.split('.');
  let result: unknown = leaf;
  for (let i = keys.length - 1; i >= 0; i -= 1) result = { [keys[i] ?? '']: result };
  return result as PrismaWhere;
}

/**
 * A pseudo-field for Connect's `?search=term` (the SDK's `.search()` sends it as a plain
 * parameter): a case-insensitive substring match over the given Prisma paths.
 */
export function searchField(paths: readonly string[]): RqlCustomField {
  return {
    type: 'string',
    lookups: ['eq'],
    toWhere: (_filter, condition) => ({
      OR: paths.map((path) =>
        nestPath(path, { contains: escapeLike(String(condition.value)), mode: 'insensitive' }),
      ),
    }),
  };
}
