import { describe, expect, it } from 'vitest';
import { RqlError } from './errors.ts';
import { parseRql, rawQueryOf } from './parse.ts';

const str = (value: string, quoted = false) => ({ kind: 'string', value, pattern: value, quoted });
const filterOf = (raw: string) => parseRql(raw).filter;

function errorsOf(raw: string): readonly string[] {
  try {
    parseRql(raw);
  } catch (error) {
    if (error instanceof RqlError) return error.errors;
    throw error;
  }
  throw new Error(`expected '${raw}' to fail`);
}

describe('parseRql: operators', () => {
  it.each(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'ilike'])('parses %s(field,value)', (op) => {
    expect(filterOf(`${op}(name,foo)`)).toEqual({ type: 'compare', op, field: 'name', value: str('foo'), pos: 3 + op.length - 2 });
  });

  it.each(['in', 'out'])('parses %s(field,(a,b)), the bare form and a single value', (op) => {
    const expected = { type: 'list', op, field: 'status', values: [str('pending'), str('queued')] };
    expect(filterOf(`${op}(status,(pending,queued))`)).toMatchObject(expected);
    expect(filterOf(`${op}(status,pending,queued)`)).toMatchObject(expected);
    expect(filterOf(`${op}(status,(pending))`)).toMatchObject({ values: [str('pending')] });
  });

  it('parses null(), empty() and keeps a quoted "null()" as text', () => {
    expect(filterOf('eq(package_id,null())')).toMatchObject({ value: { kind: 'null' } });
    expect(filterOf('ne(name,empty())')).toMatchObject({ value: { kind: 'empty' } });
    expect(filterOf('eq(name,"null()")')).toMatchObject({ value: str('null()', true) });
    expect(filterOf('in(package_id,(null(),abc))')).toMatchObject({ values: [{ kind: 'null' }, str('abc')] });
  });

  it('parses and/or/not and nests them', () => {
    expect(filterOf('and(eq(type,products),or(eq(id,SRVC-1),not(eq(id,SRVC-2))))')).toEqual({
      type: 'and',
      pos: 0,
      children: [
        { type: 'compare', op: 'eq', field: 'type', value: str('products'), pos: 7 },
        {
          type: 'or',
          pos: 22,
          children: [
            { type: 'compare', op: 'eq', field: 'id', value: str('SRVC-1'), pos: 28 },
            { type: 'not', pos: 39, child: { type: 'compare', op: 'eq', field: 'id', value: str('SRVC-2'), pos: 46 } },
          ],
        },
      ],
    });
  });

  it('accepts single-argument and()/or() (Connect SDK output) and not(and(...))', () => {
    expect(filterOf('and(eq(a,1))')).toMatchObject({ type: 'and', children: [{ field: 'a' }] });
    expect(filterOf('not(and(eq(a,1),eq(b,2)))')).toMatchObject({ type: 'not', child: { type: 'and' } });
  });

  it('binds & tighter than , inside or(), and treats parentheses as AND groups', () => {
    expect(filterOf('or(eq(a,1)&eq(b,2),eq(c,3))')).toMatchObject({
      type: 'or',
      children: [{ type: 'and', children: [{ field: 'a' }, { field: 'b' }] }, { field: 'c' }],
    });
    expect(filterOf('(eq(a,1),eq(b,2))')).toMatchObject({ type: 'and', children: [{ field: 'a' }, { field: 'b' }] });
    expect(filterOf('(eq(a,1))')).toMatchObject({ type: 'compare', field: 'a' });
  });

  it('ANDs top-level expressions separated by & or ,', () => {
    expect(filterOf('eq(a,1)&eq(b,2),eq(c,3)')).toMatchObject({
      type: 'and',
      children: [{ field: 'a' }, { field: 'b' }, { field: 'c' }],
    });
  });

  it('parses plain query parameters and field=op=value', () => {
    expect(filterOf('type=products&environments.runtime=cloud&name=Foo')).toMatchObject({
      type: 'and',
      children: [
        { op: 'eq', field: 'type', value: str('products') },
        { op: 'eq', field: 'environments.runtime', value: str('cloud') },
        { op: 'eq', field: 'name', value: str('Foo') },
      ],
    });
    expect(filterOf('name=ilike=*fall*')).toMatchObject({ op: 'ilike', field: 'name', value: str('*fall*') });
    expect(filterOf('status=out=(done,failed)')).toMatchObject({ type: 'list', op: 'out', values: [str('done'), str('failed')] });
    expect(filterOf('package_id=null()')).toMatchObject({ op: 'eq', value: { kind: 'null' } });
  });

  it('decodes values per token and accepts quoted values with delimiters', () => {
    expect(filterOf('eq(name,"a,b")')).toMatchObject({ value: str('a,b', true) });
    expect(filterOf('eq(name,%22a%2Cb%22)')).toMatchObject({ value: str('a,b', true) });
    expect(filterOf('name=Smith%2C%20J.')).toMatchObject({ value: str('Smith, J.') });
    expect(filterOf('eq(na%6De,x)')).toMatchObject({ field: 'name' });
  });

  it('parses the query Connect\'s extension runner sends (capture 09)', () => {
    const parsed = parseRql('and(eq(id,PR-0000-0000-0000-003),in(status,(pending)))&limit=0&offset=0');
    expect(parsed).toMatchObject({ limit: 0, offset: 0, ordering: [] });
    expect(parsed.filter).toMatchObject({ type: 'and', children: [{ field: 'id' }, { op: 'in', values: [str('pending')] }] });
  });
});

describe('parseRql: ordering, select, pagination', () => {
  it('parses ordering with several fields and signs', () => {
    expect(parseRql('ordering(name,-events.created.at,+id)').ordering).toEqual([
      { field: 'name', direction: 'asc', pos: 9 },
      { field: 'events.created.at', direction: 'desc', pos: 14 },
      { field: 'id', direction: 'asc', pos: 33 },
    ]);
    expect(parseRql('ordering()').ordering).toEqual([]);
  });

  it('ignores select() and exclude() quietly', () => {
    expect(parseRql('select(-events,+x(y))&exclude(a)&eq(id,1)').filter).toMatchObject({ type: 'compare', field: 'id' });
  });

  it('reads limit/offset as parameters and as limit(count,start)', () => {
    expect(parseRql('limit=100&offset=200')).toMatchObject({ limit: 100, offset: 200, filter: null });
    expect(parseRql('limit(10,20)')).toMatchObject({ limit: 10, offset: 20 });
    expect(parseRql('')).toEqual({ filter: null, ordering: [], limit: null, offset: null });
    expect(parseRql('?&limit=5&')).toMatchObject({ limit: 5 });
  });

  it('rejects negative, non-numeric and repeated pagination values', () => {
    expect(errorsOf('limit=-5')).toEqual(["Invalid limit '-5' at position 6: expected a non-negative integer"]);
    expect(errorsOf('offset=abc')).toEqual(["Invalid offset 'abc' at position 7: expected a non-negative integer"]);
    expect(errorsOf('limit=1.5')[0]).toContain('expected a non-negative integer');
    expect(errorsOf('limit=99999999999999999999')[0]).toContain('expected a non-negative integer');
    expect(errorsOf('limit=')).toEqual(["Missing value for 'limit' at position 6"]);
    expect(errorsOf('limit=1&limit=2')).toEqual(["'limit' given more than once (position 8)"]);
    expect(errorsOf('ordering(a)&ordering(b)')).toEqual(['ordering() given more than once (position 12)']);
  });

  it('allows ordering only at the top level', () => {
    expect(errorsOf('and(eq(a,1),ordering(a))')).toEqual(['ordering() is only allowed at the top level of the query (position 12)']);
  });
});

describe('parseRql: malformed queries', () => {
  it.each([
    ['eq(a,b))', "Unexpected ')' at position 7"],
    ['and(eq(a,b)', "Unbalanced parentheses: '(' at position 3 is never closed"],
    ['eq(a,b', "Unbalanced parentheses: '(' at position 2 is never closed"],
    ['select(a,(b)', "Unbalanced parentheses: '(' at position 6 is never closed"],
    ['foo(a,b)', "Unknown operator 'foo' at position 0"],
    ['a=foo=b', "Unknown operator 'foo' at position 2"],
    ['eq()', 'Missing field name for eq() at position 3'],
    ['eq(name,)', 'Missing value at position 8'],
    ['name=', 'Missing value at position 5'],
    ['eq(name)', "Unexpected ')' at position 7 (eq() takes a field and a value)"],
    ['eq(a,b,c)', "Unexpected ',' at position 6 (eq() takes exactly 2 arguments (field, value))"],
    ['and()', 'and() needs at least one expression (position 3)'],
    ['not()', 'not() needs an expression (position 3)'],
    ['not(eq(a,1),eq(b,2))', "Unexpected ',' at position 11 (not() takes exactly one expression)"],
    ['in(status,())', 'Empty list for in() at position 10'],
    ['eq(a,now())', "Unknown value function 'now()' at position 5"],
    ['eq("a",b)', 'Field names cannot be quoted (position 3)'],
    ['eq(a,1)eq(b,2)', "Unexpected 'eq' at position 7"],
    ['name', "Expected '(' or '=' after 'name' at position 4"],
    [')', "Unexpected ')' at position 0 (an expression)"],
    ['ordering(-)', 'Missing field name in ordering() at position 9'],
    ['ordering(a', "Unbalanced parentheses: '(' at position 8 is never closed"],
    ['ordering(a(b))', "Unexpected '(' at position 10 (ordering() takes a comma-separated list of fields)"],
  ])('%s → %s', (raw, message) => {
    expect(errorsOf(raw)).toEqual([message]);
  });
});

describe('parseRql: limits', () => {
  it('rejects nesting deeper than 32 levels with a 400, not a stack overflow', () => {
    expect(parseRql(`${'not('.repeat(31)}eq(a,1)${')'.repeat(31)}`).filter?.type).toBe('not');
    expect(errorsOf(`${'not('.repeat(5000)}eq(a,1)${')'.repeat(5000)}`)).toEqual(['Query nested deeper than 32 levels (position 128)']);
  });
});

describe('rawQueryOf', () => {
  it('returns the raw query of a request URL', () => {
    expect(rawQueryOf('/public/v1/devops/services?eq(name,a%2Cb)&limit=1#x')).toBe('eq(name,a%2Cb)&limit=1');
    expect(rawQueryOf('/public/v1/devops/services')).toBe('');
  });
});
