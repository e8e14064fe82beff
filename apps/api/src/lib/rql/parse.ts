import {
  isComparisonOperator,
  isListOperator,
  type FilterNode,
  type OrderingTerm,
  type ParsedRql,
  type RqlValue,
} from './ast.ts';
import { RqlError } from './errors.ts';
import { TokenStream, unclosed, unexpected } from './token-stream.ts';
import { tokenize, type Token } from './tokenize.ts';

/**
 * Recursive-descent parser for Connect's RQL dialect (the grammar of cloudblue/lib-rql, which
 * Connect's django-rql backend uses), applied to the whole query string:
 *
 *   query     := [ item (('&' | ',') item)* ]          top-level items are AND-ed
 *   item      := 'limit=' INT | 'offset=' INT | 'limit(' INT [',' INT] ')'
 *              | 'ordering(' [sfield (',' sfield)*] ')' | 'select(…)' | 'exclude(…)'   (ignored)
 *              | term
 *   term      := ('and' | 'or') '(' chain (',' chain)* ')' | 'not(' chain ')'
 *              | cmp '(' field ',' value ')'           cmp: eq ne gt ge lt le like ilike
 *              | ('in' | 'out') '(' field ',' list ')'
 *              | field '=' value | field '=' op '=' (value | list)      plain query parameters
 *              | '(' chain ((',' | '&') chain)* ')'    grouping = AND
 *   chain     := term ('&' term)*                       `&` binds tighter than `,` inside or()
 *   list      := '(' value (',' value)* ')' | value (',' value)*
 *   value     := WORD | QUOTED | 'null()' | 'empty()'
 */

const TOP_LEVEL_ONLY = new Set(['ordering', 'select', 'exclude', 'limit']);
const MAX_DEPTH = 32;

interface Directives {
  ordering: OrderingTerm[] | null;
  limit: number | null;
  offset: number | null;
}

class Parser {
  private readonly stream: TokenStream;
  private depth = 0;

  constructor(tokens: readonly Token[]) {
    this.stream = new TokenStream(tokens);
  }

  parseQuery(): ParsedRql {
    const filters: FilterNode[] = [];
    const directives: Directives = { ordering: null, limit: null, offset: null };
    for (let token = this.peek(); token.kind !== 'eof'; token = this.peek()) {
      // Empty items (`?&limit=1`, a trailing `&`) are harmless; browsers produce them.
      if (token.kind === '&' || token.kind === ',') {
        this.next();
        continue;
      }
      if (!this.parseDirective(directives)) filters.push(this.parseTerm());
      const after = this.peek();
      if (after.kind !== 'eof' && after.kind !== '&' && after.kind !== ',') throw unexpected(after);
    }
    const [first] = filters;
    const filter: FilterNode | null =
      first === undefined ? null : filters.length === 1 ? first : { type: 'and', children: filters, pos: first.pos };
    return { filter, ordering: directives.ordering ?? [], limit: directives.limit, offset: directives.offset };
  }

  /** Pagination, ordering and select: meaningful only at the top level. Returns false for filters. */
  private parseDirective(directives: Directives): boolean {
    const name = this.peek();
    const after = this.peek(1);
    if (name.kind !== 'word') return false;
    if ((name.value === 'limit' || name.value === 'offset') && after.kind === '=') {
      this.next();
      this.next();
      this.setPagination(directives, name, this.parseInteger(name.value));
      return true;
    }
    if (after.kind !== '(' || !TOP_LEVEL_ONLY.has(name.value)) return false;
    this.next();
    const open = this.next();
    if (name.value === 'ordering') {
      if (directives.ordering) throw new RqlError(`ordering() given more than once (position ${name.pos})`);
      directives.ordering = this.parseOrdering(open);
    } else if (name.value === 'limit') {
      // The `rql` npm convention: limit(count[,start]).
      this.setPagination(directives, name, this.parseInteger('limit'));
      if (this.peek().kind === ',') {
        this.next();
        this.setPagination(directives, { ...name, value: 'offset' }, this.parseInteger('offset'));
      }
      this.stream.expectClose(open, 'limit() takes a count and an optional start');
    } else {
      // select()/exclude(): field selection is not supported; clients only use it to trim payloads.
      this.stream.skipToClose(open);
    }
    return true;
  }

  private setPagination(directives: Directives, name: Token, value: number): void {
    const key = name.value === 'limit' ? 'limit' : 'offset';
    if (directives[key] !== null) throw new RqlError(`'${key}' given more than once (position ${name.pos})`);
    directives[key] = value;
  }

  private parseInteger(name: string): number {
    const token = this.peek();
    if (token.kind !== 'word' && token.kind !== 'string') {
      throw new RqlError(`Missing value for '${name}' at position ${token.pos}`);
    }
    this.next();
    const value = /^\d+$/.test(token.value) ? Number(token.value) : Number.NaN;
    if (Number.isSafeInteger(value)) return value;
    throw new RqlError(`Invalid ${name} '${token.value}' at position ${token.pos}: expected a non-negative integer`);
  }

  private parseOrdering(open: Token): OrderingTerm[] {
    const terms: OrderingTerm[] = [];
    while (this.peek().kind !== ')') {
      if (this.peek().kind === 'eof') throw unclosed(open);
      if (terms.length > 0) this.stream.expect(',', 'ordering() takes a comma-separated list of fields');
      const token = this.peek();
      if (token.kind !== 'word') throw unexpected(token, 'a field name');
      this.next();
      const sign = token.value[0];
      const field = sign === '-' || sign === '+' ? token.value.slice(1) : token.value;
      if (field === '') throw new RqlError(`Missing field name in ordering() at position ${token.pos}`);
      terms.push({ field, direction: sign === '-' ? 'desc' : 'asc', pos: token.pos });
    }
    this.stream.expectClose(open, 'ordering() takes a comma-separated list of fields');
    return terms;
  }

  private parseTerm(): FilterNode {
    const token = this.peek();
    // Bounded so that a hostile `not(not(not(…` is a 400, not a stack overflow.
    if (this.depth >= MAX_DEPTH) throw new RqlError(`Query nested deeper than ${MAX_DEPTH} levels (position ${token.pos})`);
    this.depth += 1;
    try {
      if (token.kind === '(') return this.parseGroup();
      if (token.kind !== 'word') throw unexpected(token, 'an expression');
      const after = this.peek(1);
      if (after.kind === '(') return this.parseCall();
      if (after.kind === '=') return this.parseAssignment();
      throw new RqlError(`Expected '(' or '=' after '${token.value}' at position ${after.pos}`);
    } finally {
      this.depth -= 1;
    }
  }

  private parseChain(): FilterNode {
    const first = this.parseTerm();
    if (this.peek().kind !== '&') return first;
    const children = [first];
    while (this.peek().kind === '&') {
      this.next();
      children.push(this.parseTerm());
    }
    return { type: 'and', children, pos: first.pos };
  }

  private parseGroup(): FilterNode {
    const open = this.next();
    const children = [this.parseChain()];
    while (this.peek().kind === ',' || this.peek().kind === '&') {
      this.next();
      children.push(this.parseChain());
    }
    this.stream.expectClose(open, "expected ',' or ')'");
    const [only] = children;
    return only !== undefined && children.length === 1 ? only : { type: 'and', children, pos: open.pos };
  }

  private parseCall(): FilterNode {
    const name = this.next();
    const open = this.next();
    const op = name.value;
    if (op === 'and' || op === 'or') {
      if (this.peek().kind === ')') throw new RqlError(`${op}() needs at least one expression (position ${open.pos})`);
      const children = [this.parseChain()];
      while (this.peek().kind === ',') {
        this.next();
        children.push(this.parseChain());
      }
      this.stream.expectClose(open, `${op}() takes comma-separated expressions`);
      return { type: op, children, pos: name.pos };
    }
    if (op === 'not') {
      if (this.peek().kind === ')') throw new RqlError(`not() needs an expression (position ${open.pos})`);
      const child = this.parseChain();
      this.stream.expectClose(open, 'not() takes exactly one expression');
      return { type: 'not', child, pos: name.pos };
    }
    if (isComparisonOperator(op) || isListOperator(op)) {
      const field = this.parseFieldName(op);
      this.stream.expect(',', `${op}() takes a field and a value`);
      if (isListOperator(op)) {
        const values = this.parseList(op);
        this.stream.expectClose(open, `${op}() takes a field and a list`);
        return { type: 'list', op, field: field.value, values, pos: field.pos };
      }
      const value = this.parseValue();
      this.stream.expectClose(open, `${op}() takes exactly 2 arguments (field, value)`);
      return { type: 'compare', op, field: field.value, value, pos: field.pos };
    }
    if (TOP_LEVEL_ONLY.has(op)) {
      throw new RqlError(`${op}() is only allowed at the top level of the query (position ${name.pos})`);
    }
    throw new RqlError(`Unknown operator '${op}' at position ${name.pos}`);
  }

  /** `field=value` (a plain query parameter) or the FIQL-like `field=op=value`. */
  private parseAssignment(): FilterNode {
    const field = this.next();
    this.next();
    const op = this.peek();
    if (op.kind === 'word' && this.peek(1).kind === '=') {
      this.next();
      this.next();
      if (isListOperator(op.value)) {
        return { type: 'list', op: op.value, field: field.value, values: this.parseList(op.value), pos: field.pos };
      }
      if (isComparisonOperator(op.value)) {
        return { type: 'compare', op: op.value, field: field.value, value: this.parseValue(), pos: field.pos };
      }
      throw new RqlError(`Unknown operator '${op.value}' at position ${op.pos}`);
    }
    return { type: 'compare', op: 'eq', field: field.value, value: this.parseValue(), pos: field.pos };
  }

  private parseFieldName(op: string): Token {
    const token = this.peek();
    if (token.kind === 'word') return this.next();
    if (token.kind === 'string') throw new RqlError(`Field names cannot be quoted (position ${token.pos})`);
    throw new RqlError(`Missing field name for ${op}() at position ${token.pos}`);
  }

  private parseList(op: string): RqlValue[] {
    const open = this.peek();
    const parenthesised = open.kind === '(';
    if (parenthesised) {
      this.next();
      if (this.peek().kind === ')') throw new RqlError(`Empty list for ${op}() at position ${open.pos}`);
    }
    const values = [this.parseValue()];
    while (this.peek().kind === ',') {
      this.next();
      values.push(this.parseValue());
    }
    if (parenthesised) this.stream.expectClose(open, `expected ',' or ')' in the list of ${op}()`);
    return values;
  }

  private parseValue(): RqlValue {
    const token = this.peek();
    if (token.kind === 'string') {
      this.next();
      return { kind: 'string', value: token.value, pattern: token.pattern, quoted: true };
    }
    if (token.kind !== 'word') throw new RqlError(`Missing value at position ${token.pos}`);
    this.next();
    if (this.peek().kind !== '(') return { kind: 'string', value: token.value, pattern: token.pattern, quoted: false };
    if (token.value !== 'null' && token.value !== 'empty') {
      throw new RqlError(`Unknown value function '${token.value}()' at position ${token.pos}`);
    }
    this.stream.expectClose(this.next(), `${token.value}() takes no arguments`);
    return { kind: token.value };
  }

  private peek(offset = 0): Token {
    return this.stream.peek(offset);
  }

  private next(): Token {
    return this.stream.next();
  }
}

/**
 * Parses the raw query string — the part after `?`, still percent-encoded, e.g.
 * `and(eq(id,PR-1),in(status,(pending)))&limit=0&offset=0`. Throws RqlError.
 */
export function parseRql(rawQuery: string): ParsedRql {
  const raw = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  return new Parser(tokenize(raw)).parseQuery();
}

/** The raw query string of a request URL (Fastify's `request.url`), without `?` and fragment. */
export function rawQueryOf(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return '';
  const hash = url.indexOf('#', start);
  return url.slice(start + 1, hash === -1 ? undefined : hash);
}
