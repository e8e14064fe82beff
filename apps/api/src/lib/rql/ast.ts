/** The parsed form of a Connect RQL list query, before any field whitelist is applied. */

export const COMPARISON_OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'ilike'] as const;
export const LIST_OPERATORS = ['in', 'out'] as const;

export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
export type ListOperator = (typeof LIST_OPERATORS)[number];

/**
 * A value as written. `null()` and `empty()` are kept apart from strings so that a quoted
 * `"null()"` stays the literal text; `quoted` is informational (quotes only protect delimiters).
 * `pattern` is the value as like/ilike read it, where only unencoded `*` are wildcards.
 */
export type RqlValue =
  | { readonly kind: 'string'; readonly value: string; readonly pattern: string; readonly quoted: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'empty' };

export type FilterNode =
  | { readonly type: 'and' | 'or'; readonly children: readonly FilterNode[]; readonly pos: number }
  | { readonly type: 'not'; readonly child: FilterNode; readonly pos: number }
  | {
      readonly type: 'compare';
      readonly op: ComparisonOperator;
      readonly field: string;
      readonly value: RqlValue;
      /** Position of the field name, which is what validation errors point at. */
      readonly pos: number;
    }
  | {
      readonly type: 'list';
      readonly op: ListOperator;
      readonly field: string;
      readonly values: readonly RqlValue[];
      readonly pos: number;
    };

export interface OrderingTerm {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
  readonly pos: number;
}

export interface ParsedRql {
  /** All top-level expressions AND-ed together; null when the query has no filter. */
  readonly filter: FilterNode | null;
  readonly ordering: readonly OrderingTerm[];
  /** As given by the client (already checked to be a non-negative integer), or null. */
  readonly limit: number | null;
  readonly offset: number | null;
}

export function isComparisonOperator(name: string): name is ComparisonOperator {
  return (COMPARISON_OPERATORS as readonly string[]).includes(name);
}

export function isListOperator(name: string): name is ListOperator {
  return (LIST_OPERATORS as readonly string[]).includes(name);
}
