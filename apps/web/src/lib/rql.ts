/**
 * Encodes a value for an RQL expression: percent-encodes everything that would end or split
 * the expression (parentheses, commas, the `*` wildcard, `&`), as Connect's clients do.
 */
export function encodeRqlValue(value: string): string {
  return encodeURIComponent(value).replace(/[()*!']/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `ilike(field,*term*)`: a case-insensitive "contains" search. */
export function ilikeContains(field: string, term: string): string {
  return `ilike(${field},*${encodeRqlValue(term)}*)`;
}
