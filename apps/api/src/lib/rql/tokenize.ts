import { RqlError } from './errors.ts';

/**
 * Lexer for the raw (still percent-encoded) query string.
 *
 * Why raw: the structure of an RQL query is carried by characters RFC 3986 allows literally in a
 * query: `( ) , & =`, the `'` quote and the `*` wildcard. A client that percent-encodes one of
 * them means it as data — e.g. `?name=a%2Cb` from URLSearchParams, or the web client's
 * `encodeRqlValue`, which encodes `( ) * '`. So only *literal* ones are syntax, and escapes are
 * decoded per token afterwards (an encoded `%2A` is a literal star in like patterns).
 *
 * The double quote is the exception: it may not appear literally in a URL, so conforming clients
 * (Python `requests`, browsers' fetch) send `"` as `%22`. It opens a quoted value in both forms,
 * but only where a value starts.
 *
 * `+` is kept as a plus sign (not a space), as Connect does: date-times like
 * `2024-01-01T00:00:00+02:00` are sent unencoded by Connect's SDK.
 */

export type PunctKind = '(' | ')' | ',' | '&' | '=';
export type TokenKind = PunctKind | 'word' | 'string' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Decoded text: the word itself, the quoted string without its quotes, or the punctuation. */
  readonly value: string;
  /**
   * The text as a like pattern: literal `*` is the wildcard, and the stars that are data
   * (`%2A`, or lib-rql's `\*`) are `\*`; other backslashes are doubled.
   */
  readonly pattern: string;
  /** 0-based offset in the raw query string (same convention as JSON.parse messages). */
  readonly pos: number;
}

const PUNCT = new Set<string>(['(', ')', ',', '&', '=']);

function isPunct(char: string | undefined): char is PunctKind {
  return char !== undefined && PUNCT.has(char);
}

/** Reads `%XX` at `pos` as a byte, or undefined when there is no well-formed escape there. */
function escapedByte(raw: string, pos: number): number | undefined {
  if (raw[pos] !== '%') return undefined;
  const hex = raw.slice(pos + 1, pos + 3);
  return /^[0-9a-fA-F]{2}$/.test(hex) ? Number.parseInt(hex, 16) : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one character at `pos`: a literal one, or one UTF-8 sequence of escapes (one to four
 * `%XX`). Reading one character at a time, rather than a whole run of escapes, lets the caller
 * see an encoded closing quote in `%22abc%22%29`.
 */
function readChar(raw: string, pos: number): { char: string; next: number } {
  if (raw[pos] !== '%') {
    const code = raw.codePointAt(pos) ?? 0;
    const char = String.fromCodePoint(code);
    return { char, next: pos + char.length };
  }
  const lead = escapedByte(raw, pos);
  if (lead === undefined) {
    throw new RqlError(`Invalid percent-encoding '${raw.slice(pos, pos + 3)}' at position ${pos}`);
  }
  const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  const bytes: number[] = [lead];
  for (let i = 1; i < length; i += 1) {
    const byte = escapedByte(raw, pos + i * 3);
    if (byte === undefined) break;
    bytes.push(byte);
  }
  try {
    if (length === 0 || bytes.length !== length) throw new Error('truncated');
    return { char: utf8.decode(new Uint8Array(bytes)), next: pos + length * 3 };
  } catch {
    throw new RqlError(`Invalid UTF-8 percent-encoding at position ${pos}`);
  }
}

/** The quote starting at `pos` (`"`, `%22` or `'`), with its raw length. */
function quoteAt(raw: string, pos: number): { quote: string; length: number } | undefined {
  const char = raw[pos];
  if (char === '"' || char === "'") return { quote: char, length: 1 };
  if (escapedByte(raw, pos) === 0x22) return { quote: '"', length: 3 };
  return undefined;
}

/** Reads characters until `stop`, decoding escapes and building the like pattern alongside. */
function readRun(raw: string, start: number, stop: (pos: number) => boolean): { text: string; pattern: string; next: number } {
  let text = '';
  let pattern = '';
  let pos = start;
  while (pos < raw.length && !stop(pos)) {
    const read = readChar(raw, pos);
    const encoded = raw[pos] === '%';
    text += read.char;
    pos = read.next;
    if (read.char === '*') {
      pattern += encoded ? '\\*' : '*';
    } else if (read.char === '\\') {
      // lib-rql's escape: a backslash before a star (either form) makes the star literal.
      const following = pos < raw.length && !stop(pos) ? readChar(raw, pos) : undefined;
      if (following?.char === '*') {
        text += '*';
        pattern += '\\*';
        pos = following.next;
      } else {
        pattern += '\\\\';
      }
    } else {
      pattern += read.char;
    }
  }
  return { text, pattern, next: pos };
}

export function tokenize(raw: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < raw.length) {
    const char = raw[pos];
    if (isPunct(char)) {
      tokens.push({ kind: char, value: char, pattern: char, pos });
      pos += 1;
      continue;
    }
    const start = pos;
    const opening = quoteAt(raw, pos);
    if (opening) {
      const run = readRun(raw, pos + opening.length, (at) => quoteAt(raw, at)?.quote === opening.quote);
      const closing = quoteAt(raw, run.next);
      if (!closing) throw new RqlError(`Unterminated quoted value starting at position ${start}`);
      pos = run.next + closing.length;
      if (pos < raw.length && !isPunct(raw[pos])) {
        throw new RqlError(`Unexpected character after closing quote at position ${pos}`);
      }
      tokens.push({ kind: 'string', value: run.text, pattern: run.pattern, pos: start });
      continue;
    }
    const run = readRun(raw, pos, (at) => isPunct(raw[at]));
    pos = run.next;
    tokens.push({ kind: 'word', value: run.text, pattern: run.pattern, pos: start });
  }
  tokens.push({ kind: 'eof', value: '', pattern: '', pos: raw.length });
  return tokens;
}

/** How a token reads in an error message. */
export function describeToken(token: Token): string {
  if (token.kind === 'eof') return 'end of query';
  if (token.kind === 'string') return `quoted value "${token.value}"`;
  return `'${token.value}'`;
}
