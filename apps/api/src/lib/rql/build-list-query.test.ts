import { describe, expect, it } from 'vitest';
import { buildListQuery, type ListQueryOptions } from './build-list-query.ts';
import { RqlError } from './errors.ts';
import { serviceFields, taskFields } from './test-fields.fixture.ts';

const services = (raw: string, options?: ListQueryOptions) => buildListQuery(raw, serviceFields, options);
const where = (raw: string) => services(raw).where;
const taskWhere = (raw: string) => buildListQuery(raw, taskFields).where;

function errorsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof RqlError) return error.errors;
    throw error;
  }
  throw new Error('expected an RqlError');
}

describe('buildListQuery: the examples Connect clients send', () => {
  it('defaults: no filter, limit 100, offset 0, id tiebreaker', () => {
    expect(services('')).toEqual({ where: {}, orderBy: [{ id: 'asc' }], take: 100, skip: 0 });
  });

  it('limit/offset', () => {
    expect(services('limit=100&offset=200')).toMatchObject({ take: 100, skip: 200 });
  });

  it('and(eq, ilike) with ordering by a mapped datetime field', () => {
    expect(services('and(eq(type,products),ilike(name,*fall*))&ordering(-events.created.at)&limit=10')).toEqual({
      where: { AND: [{ type: { equals: 'products' } }, { name: { contains: 'fall', mode: 'insensitive' } }] },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: 10,
      skip: 0,
    });
  });

  it('eq / in / or / ne on enum and id fields', () => {
    expect(taskWhere('eq(status,failed)')).toEqual({ status: { equals: 'failed' } });
    expect(taskWhere('in(status,(pending,queued))')).toEqual({ status: { in: ['pending', 'queued'] } });
    expect(where('or(eq(id,SRVC-1),eq(id,SRVC-2))')).toEqual({ OR: [{ id: { equals: 'SRVC-1' } }, { id: { equals: 'SRVC-2' } }] });
    expect(where('ne(type,hub)')).toEqual({ NOT: { type: { equals: 'hub' } } });
  });

  it('plain query parameters, including relation fields', () => {
    expect(where('type=products&environments.runtime=cloud&name=Foo')).toEqual({
      AND: [
        { type: { equals: 'products' } },
        { environments: { some: { runtime: { equals: 'cloud' } } } },
        { name: { equals: 'Foo' } },
      ],
    });
  });

  it('limit=0 counts only: take 0 and skip 0 whatever the offset (Connect reports items 0-0/N)', () => {
    const query = buildListQuery('and(eq(id,TQ-1),in(status,(pending,processing)))&limit=0&offset=40', taskFields);
    expect(query).toMatchObject({ take: 0, skip: 0 });
    expect(query.where).toEqual({ AND: [{ id: { equals: 'TQ-1' } }, { status: { in: ['pending', 'processing'] } }] });
  });

  it('ignores select()', () => {
    expect(where('select(-events)&eq(id,SRVC-1)')).toEqual({ id: { equals: 'SRVC-1' } });
  });

  it('search=term through a searchField (what the SDK .search() sends)', () => {
    expect(where('search=100%25')).toEqual({
      OR: [{ id: { contains: '100\\%', mode: 'insensitive' } }, { name: { contains: '100\\%', mode: 'insensitive' } }],
    });
  });
});

describe('buildListQuery: operators and values', () => {
  it('comparisons on datetimes, with offsets converted to UTC', () => {
    expect(where('ge(events.created.at,2024-05-01T10:00:00+02:00)')).toEqual({ createdAt: { gte: new Date('2024-05-01T08:00:00Z') } });
    expect(where('gt(events.updated.at,2024-05-01T10:00:00Z)')).toEqual({ updatedAt: { gt: new Date('2024-05-01T10:00:00Z') } });
    expect(where('lt(events.created.at,2024-05-01T10:00)')).toEqual({ createdAt: { lt: new Date('2024-05-01T10:00:00Z') } });
    expect(where('le(events.created.at,2024-05-01T10:00:00.5Z)')).toEqual({ createdAt: { lte: new Date('2024-05-01T10:00:00.500Z') } });
  });

  it('treats a bare date as the whole UTC day', () => {
    const day = new Date('2024-05-01T00:00:00Z');
    const next = new Date('2024-05-02T00:00:00Z');
    expect(where('eq(events.created.at,2024-05-01)')).toEqual({ createdAt: { gte: day, lt: next } });
    expect(where('gt(events.created.at,2024-05-01)')).toEqual({ createdAt: { gte: next } });
    expect(where('ge(events.created.at,2024-05-01)')).toEqual({ createdAt: { gte: day } });
    expect(where('lt(events.created.at,2024-05-01)')).toEqual({ createdAt: { lt: day } });
    expect(where('le(events.created.at,2024-05-01)')).toEqual({ createdAt: { lt: next } });
    expect(where('in(events.created.at,(2024-05-01,2024-05-03))')).toEqual({
      OR: [{ createdAt: { gte: day, lt: next } }, { createdAt: { gte: new Date('2024-05-03Z'), lt: new Date('2024-05-04Z') } }],
    });
  });

  it('numbers, integers and booleans are coerced', () => {
    expect(taskWhere('ge(attempts,3)')).toEqual({ attempts: { gte: 3 } });
    expect(taskWhere('lt(runtime,1.5e1)')).toEqual({ runtime: { lt: 15 } });
    expect(taskWhere('eq(interactive,TRUE)')).toEqual({ interactive: { equals: true } });
    expect(taskWhere('in(attempts,(1,2))')).toEqual({ attempts: { in: [1, 2] } });
  });

  it('out, and ne/out on a nullable field also match NULL', () => {
    expect(taskWhere('out(status,(done,failed))')).toEqual({ NOT: { status: { in: ['done', 'failed'] } } });
    expect(where('ne(package_id,pkg)')).toEqual({ OR: [{ NOT: { packageId: { equals: 'pkg' } } }, { packageId: { equals: null } }] });
    expect(taskWhere('out(note,(a))')).toEqual({ OR: [{ NOT: { note: { in: ['a'] } } }, { note: { equals: null } }] });
  });

  it('null() and empty()', () => {
    expect(where('eq(package_id,null())')).toEqual({ packageId: { equals: null } });
    expect(where('ne(package_id,null())')).toEqual({ NOT: { packageId: { equals: null } } });
    expect(where('in(package_id,(null(),a))')).toEqual({ OR: [{ packageId: { in: ['a'] } }, { packageId: { equals: null } }] });
    expect(where('out(package_id,(null(),a))')).toEqual({ NOT: { OR: [{ packageId: { in: ['a'] } }, { packageId: { equals: null } }] } });
    expect(where('eq(name,empty())')).toEqual({ name: { equals: '' } });
    expect(where('eq(product.id,null())')).toEqual({ products: { none: {} } });
  });

  it('quoted and percent-encoded values are literal text', () => {
    expect(where('eq(name,"a,b")')).toEqual({ name: { equals: 'a,b' } });
    expect(where('name=Smith%2C%20J.')).toEqual({ name: { equals: 'Smith, J.' } });
    expect(where('eq(name,%22null()%22)')).toEqual({ name: { equals: 'null()' } });
  });

  it('like is case-sensitive, ilike insensitive; * maps to contains/startsWith/endsWith/equals', () => {
    expect(where('like(name,*fall*)')).toEqual({ name: { contains: 'fall' } });
    expect(where('like(name,fall*)')).toEqual({ name: { startsWith: 'fall' } });
    expect(where('ilike(name,*fall)')).toEqual({ name: { endsWith: 'fall', mode: 'insensitive' } });
    expect(where('like(name,Fall)')).toEqual({ name: { equals: 'Fall' } });
    expect(where('ilike(name,fa_ll)')).toEqual({ name: { equals: 'fa\\_ll', mode: 'insensitive' } });
    expect(where('ilike(hub.name,*x*)')).toEqual({ hub: { name: { contains: 'x', mode: 'insensitive' } } });
  });

  it('reads values the way the web client encodes them (encodeRqlValue: ( ) * \' are data)', () => {
    // ilikeContains('name', "O'Brien (x*)") in apps/web/src/lib/rql.ts
    expect(where('ilike(name,*O%27Brien%20%28x%2A%29*)')).toEqual({ name: { contains: "O'Brien (x*)", mode: 'insensitive' } });
    expect(where('eq(name,a%2Ab)')).toEqual({ name: { equals: 'a*b' } });
    expect(where('like(name,*5\\**)')).toEqual({ name: { contains: '5*' } });
  });

  it('like on an enum matches the pattern against its values', () => {
    expect(where('ilike(environments.runtime,*LOU*)')).toEqual({ environments: { some: { runtime: { in: ['cloud'] } } } });
    expect(where('like(environments.runtime,*o*)')).toEqual({ environments: { some: { runtime: { in: ['local', 'cloud'] } } } });
    expect(where('like(environments.runtime,L*)')).toEqual({ environments: { some: { runtime: { in: [] } } } });
  });

  it('custom relation fields get the scalar filter and are negated as a whole', () => {
    expect(where('ne(environments.runtime,cloud)')).toEqual({ NOT: { environments: { some: { runtime: { equals: 'cloud' } } } } });
    expect(where('in(product.id,(PRD-1,PRD-2))')).toEqual({ products: { some: { productId: { in: ['PRD-1', 'PRD-2'] } } } });
  });

  it('pushes not() down to the leaves, so not(eq) on a nullable field equals ne', () => {
    expect(where('not(eq(package_id,pkg))')).toEqual(where('ne(package_id,pkg)'));
    expect(where('not(and(eq(type,hub),ne(name,x)))')).toEqual({
      OR: [{ NOT: { type: { equals: 'hub' } } }, { name: { equals: 'x' } }],
    });
    expect(where('not(or(eq(type,hub),eq(type,products)))')).toEqual({
      AND: [{ NOT: { type: { equals: 'hub' } } }, { NOT: { type: { equals: 'products' } } }],
    });
    expect(where('not(not(eq(type,hub)))')).toEqual({ type: { equals: 'hub' } });
  });
});

describe('buildListQuery: ordering', () => {
  it('orders by several fields, nested paths and custom orderBy, then id', () => {
    expect(services('ordering(name,-hub.name,product.id)').orderBy).toEqual([
      { name: 'asc' },
      { hub: { name: 'desc' } },
      { products: { _count: 'asc' } },
      { id: 'asc' },
    ]);
  });

  it('does not repeat the tiebreaker when the client orders by it', () => {
    expect(services('ordering(-id)').orderBy).toEqual([{ id: 'desc' }]);
  });

  it('uses defaultOrdering only without a client ordering, and allows non-orderable fields there', () => {
    const options = { defaultOrdering: ['-events.created.at', 'package_id'] };
    expect(services('', options).orderBy).toEqual([{ createdAt: 'desc' }, { packageId: 'asc' }, { id: 'asc' }]);
    expect(services('ordering(name)', options).orderBy).toEqual([{ name: 'asc' }, { id: 'asc' }]);
    expect(services('', { tiebreaker: null }).orderBy).toEqual([]);
  });

  it('rejects unknown or non-orderable fields and duplicates', () => {
    expect(errorsOf(() => services('ordering(package_id,foo,name,-name)'))).toEqual([
      "Ordering by 'package_id' is not supported (position 9; orderable: id, name, hub.name, events.created.at, events.updated.at, product.id)",
      "Ordering by 'foo' is not supported (position 20; orderable: id, name, hub.name, events.created.at, events.updated.at, product.id)",
      "Ordering by 'name' given more than once (position 29)",
    ]);
  });

  it('throws a plain Error (a server bug, not a 400) for a bad defaultOrdering', () => {
    expect(() => services('', { defaultOrdering: ['nope'] })).toThrow(/bad defaultOrdering/);
    expect(() => services('', { defaultOrdering: ['nope'] })).not.toThrow(RqlError);
  });
});

describe('buildListQuery: validation errors', () => {
  it('names unknown fields', () => {
    expect(errorsOf(() => where('eq(owner,me)'))).toEqual([
      "Unknown field 'owner' at position 3 (filterable: id, name, package_id, type, hub.name, environments.runtime, events.created.at, events.updated.at, product.id, search)",
    ]);
    expect(errorsOf(() => where('eq(constructor,x)'))[0]).toMatch(/^Unknown field 'constructor'/);
  });

  it('names disallowed lookups with the allowed ones', () => {
    expect(errorsOf(() => where('like(events.created.at,2024*)'))).toEqual([
      "Lookup 'like' is not allowed for 'events.created.at' at position 5 (allowed: eq, ne, gt, ge, lt, le, in, out)",
    ]);
    expect(errorsOf(() => where('eq(name,null())'))[0]).toMatch(/^Lookup 'null' is not allowed for 'name'/);
    expect(errorsOf(() => where('in(name,(null(),a))'))[0]).toMatch(/^Lookup 'null' is not allowed for 'name'/);
    expect(errorsOf(() => where('gt(package_id,null())'))).toEqual(['null() can only be used with eq, ne, in and out (gt on \'package_id\' at position 3)']);
  });

  it('validates enum, number, boolean and date values, naming the field', () => {
    expect(errorsOf(() => taskWhere('eq(status,broken)'))).toEqual([
      "Invalid value 'broken' for 'status' at position 3: expected one of pending, queued, processing, done, failed",
    ]);
    expect(errorsOf(() => taskWhere('eq(attempts,1.5)'))[0]).toContain('expected an integer');
    expect(errorsOf(() => taskWhere('eq(runtime,fast)'))[0]).toContain('expected a number');
    expect(errorsOf(() => taskWhere('eq(interactive,yes)'))[0]).toContain('expected true or false');
    expect(errorsOf(() => where('ge(events.created.at,2023-02-30)'))[0]).toContain('expected an ISO 8601 date or date-time');
    expect(errorsOf(() => taskWhere('eq(attempts,empty())'))[0]).toContain('empty() can only be used with text fields');
  });

  it('rejects wildcards inside a like pattern', () => {
    expect(errorsOf(() => where('ilike(name,a*b)'))).toEqual([
      "Invalid ilike pattern 'a*b' for 'name' at position 6: '*' is only supported at the start and/or end of the pattern",
    ]);
  });

  it('reports every problem of a query at once', () => {
    expect(errorsOf(() => buildListQuery('and(eq(foo,1),eq(status,bad))&ordering(id)&limit=5000', taskFields))).toHaveLength(4);
  });

  it('rejects limits above maxLimit instead of clamping', () => {
    expect(errorsOf(() => services('limit=1001'))).toEqual(['limit must not exceed 1000 (got 1001)']);
    expect(services('limit=1000').take).toBe(1000);
    expect(services('limit=50', { maxLimit: 50, defaultLimit: 20 }).take).toBe(50);
    expect(services('', { maxLimit: 50, defaultLimit: 20 }).take).toBe(20);
    expect(() => services('', { maxLimit: 10, defaultLimit: 20 })).toThrow(/defaultLimit/);
  });

  it('RqlError carries Connect\'s 400 body', () => {
    try {
      where('eq(owner,me)');
    } catch (error) {
      expect(error).toBeInstanceOf(RqlError);
      const rql = error as RqlError;
      expect(rql.statusCode).toBe(400);
      expect(rql.toResponseBody()).toEqual({ error_code: 'INVALID_RQL', errors: [expect.stringContaining("'owner'")] });
    }
  });
});
