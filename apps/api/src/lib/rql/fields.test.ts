import { describe, expect, it } from 'vitest';
import { defineRqlFields, nestPath } from './fields.ts';

describe('defineRqlFields', () => {
  it('applies default lookups by type, adding null for nullable fields', () => {
    const set = defineRqlFields({
      a: { type: 'string', nullable: true },
      b: { type: 'boolean' },
      c: { type: 'datetime', lookups: ['eq'] },
    });
    expect([...(set.fields.get('a')?.lookups ?? [])]).toEqual(['eq', 'ne', 'like', 'ilike', 'in', 'out', 'null']);
    expect([...(set.fields.get('b')?.lookups ?? [])]).toEqual(['eq', 'ne']);
    expect([...(set.fields.get('c')?.lookups ?? [])]).toEqual(['eq']);
  });

  it('rejects definitions Prisma could not execute', () => {
    expect(() => defineRqlFields({ t: { type: 'enum' } })).toThrow("RQL field 't': enum fields need values");
    expect(() => defineRqlFields({ n: { type: 'integer', lookups: ['like'] } })).toThrow("lookup 'like' does not apply to integer fields");
    expect(() => defineRqlFields({ b: { type: 'boolean', lookups: ['gt'] } })).toThrow(/does not apply/);
    expect(() => defineRqlFields({ x: { type: 'string', orderable: true, toWhere: () => ({}) } })).toThrow(/need orderBy/);
    // @ts-expect-error — path and toWhere are exclusive, also at runtime for untyped callers.
    expect(() => defineRqlFields({ x: { type: 'string', path: 'x', toWhere: () => ({}) } })).toThrow(/either path or toWhere/);
    // @ts-expect-error — unknown lookup names are caught at runtime too.
    expect(() => defineRqlFields({ x: { type: 'string', lookups: ['regex'] } })).toThrow(/unknown lookup 'regex'/);
  });
});

describe('nestPath', () => {
  it('nests a filter along a dotted Prisma path', () => {
    expect(nestPath('hub.account.name', { equals: 'x' })).toEqual({ hub: { account: { name: { equals: 'x' } } } });
    expect(nestPath('id', 'asc')).toEqual({ id: 'asc' });
  });
});
