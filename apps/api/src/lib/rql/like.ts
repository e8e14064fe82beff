/**
 * RQL `like`/`ilike` patterns (`*` = any characters, `\*` = a literal star, `\\` = a backslash;
 * the tokenizer also turns an encoded `%2A` into `\*`) → Prisma string filters.
 *
 * Prisma has no general LIKE filter, only contains/startsWith/endsWith/equals, so a pattern
 * may have wildcards only at its ends; `a*b` is rejected rather than silently approximated.
 *
 * Prisma does NOT escape `%`, `_` or `\` in contains/startsWith/endsWith, nor in
 * `equals` + `mode: 'insensitive'` (it emits `ILIKE $1`): prisma/prisma#19506, and checked
 * against Prisma 7.10 on PostgreSQL 17. Without escaping, `ilike(name,*100%*)` would match
 * "1000". Postgres' default LIKE escape character is the backslash, hence `escapeLike`.
 */

export type LikeFilter = Record<string, unknown>;

const WILDCARD = Symbol('wildcard');
type Piece = string | typeof WILDCARD;

/** Escapes text so that Postgres LIKE/ILIKE (default ESCAPE '\') matches it literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Splits a pattern into literal text and wildcards; consecutive wildcards collapse into one. */
function pieces(pattern: string): Piece[] {
  const result: Piece[] = [];
  let text = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    const following = pattern[i + 1];
    if (char === '\\' && (following === '*' || following === '\\')) {
      text += following;
      i += 1;
    } else if (char === '*') {
      if (text !== '') result.push(text);
      text = '';
      if (result[result.length - 1] !== WILDCARD) result.push(WILDCARD);
    } else {
      text += char;
    }
  }
  if (text !== '') result.push(text);
  return result;
}

/**
 * The Prisma filter for a pattern on a text column, or an error message (without the field name).
 */
export function likeToFilter(pattern: string, insensitive: boolean): LikeFilter | string {
  const parts = pieces(pattern);
  const texts = parts.filter((part): part is string => part !== WILDCARD);
  if (texts.length > 1) {
    return "'*' is only supported at the start and/or end of the pattern";
  }
  const text = texts[0] ?? '';
  const leading = parts[0] === WILDCARD;
  const trailing = parts.length > 0 && parts[parts.length - 1] === WILDCARD;
  const mode = insensitive ? { mode: 'insensitive' } : {};
  if (!leading && !trailing) {
    // Case-sensitive equality is a plain `=` in SQL, where escaping would be wrong.
    return insensitive ? { equals: escapeLike(text), mode: 'insensitive' } : { equals: text };
  }
  // `*` alone (or `**`) becomes contains '' — any non-NULL value, as LIKE '%' would.
  const operator = leading && trailing ? 'contains' : leading ? 'endsWith' : 'startsWith';
  return { [operator]: escapeLike(text), ...mode };
}

/**
 * The pattern as an anchored RegExp, for matching against a known set of values (enum fields,
 * which Prisma cannot filter with contains). Inner wildcards are fine here.
 */
export function likeToRegExp(pattern: string, insensitive: boolean): RegExp {
  const source = pieces(pattern)
    .map((part) => (part === WILDCARD ? '.*' : part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, insensitive ? 'is' : 's');
}
