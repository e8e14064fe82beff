import { describe, expect, it } from 'vitest';
import { ilikeContains } from './rql.ts';

describe('ilikeContains', () => {
  it('wraps the term in wildcards', () => {
    expect(ilikeContains('name', 'foo')).toBe('ilike(name,*foo*)');
  });
  it('encodes characters that would break the expression', () => {
    expect(ilikeContains('name', 'a,b (c)*&')).toBe('ilike(name,*a%2Cb%20%28c%29%2A%26*)');
  });
});
