import { describe, expect, it } from 'vitest';
import { escapeLike, likeToFilter, likeToRegExp } from './like.ts';

describe('likeToFilter', () => {
  it.each([
    ['*fall*', false, { contains: 'fall' }],
    ['fall*', false, { startsWith: 'fall' }],
    ['*fall', false, { endsWith: 'fall' }],
    ['fall', false, { equals: 'fall' }],
    ['*fall*', true, { contains: 'fall', mode: 'insensitive' }],
    ['fall', true, { equals: 'fall', mode: 'insensitive' }],
    ['**fall***', false, { contains: 'fall' }],
    ['*', false, { contains: '' }],
    ['', false, { equals: '' }],
  ])('%s (insensitive: %s)', (pattern, insensitive, expected) => {
    expect(likeToFilter(pattern, insensitive)).toEqual(expected);
  });

  it('escapes LIKE metacharacters, since Prisma passes them through to LIKE/ILIKE', () => {
    expect(likeToFilter('*100%*', false)).toEqual({ contains: '100\\%' });
    expect(likeToFilter('a_b*', true)).toEqual({ startsWith: 'a\\_b', mode: 'insensitive' });
    expect(likeToFilter('*back\\slash', false)).toEqual({ endsWith: 'back\\\\slash' });
    // A case-sensitive exact match is SQL `=`, where escaping would change the value.
    expect(likeToFilter('100%', false)).toEqual({ equals: '100%' });
  });

  it('reads \\* as a literal star and \\\\ as a backslash', () => {
    expect(likeToFilter('*5\\**', false)).toEqual({ contains: '5*' });
    expect(likeToFilter('a\\\\*', false)).toEqual({ startsWith: 'a\\\\' });
  });

  it('rejects wildcards in the middle', () => {
    expect(likeToFilter('a*b', false)).toBe("'*' is only supported at the start and/or end of the pattern");
    expect(likeToFilter('*a*b*', true)).toMatch(/only supported/);
  });
});

describe('escapeLike', () => {
  it('escapes backslash, percent and underscore', () => {
    expect(escapeLike('a\\b%c_d')).toBe('a\\\\b\\%c\\_d');
  });
});

describe('likeToRegExp', () => {
  it('anchors, honours case and escapes regex characters', () => {
    expect(likeToRegExp('*ou*', false).test('cloud')).toBe(true);
    expect(likeToRegExp('CL*', false).test('cloud')).toBe(false);
    expect(likeToRegExp('CL*', true).test('cloud')).toBe(true);
    expect(likeToRegExp('a.c', false).test('abc')).toBe(false);
    expect(likeToRegExp('l*c*l', false).test('local')).toBe(true);
  });
});
