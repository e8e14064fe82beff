import { RqlError } from './errors.ts';
import { describeToken, type Token } from './tokenize.ts';

/** A cursor over the tokens, with the error messages the parser shares. */
export class TokenStream {
  private index = 0;
  private readonly tokens: readonly Token[];
  private readonly eof: Token;

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
    this.eof = tokens[tokens.length - 1] ?? { kind: 'eof', value: '', pattern: '', pos: 0 };
  }

  peek(offset = 0): Token {
    return this.tokens[this.index + offset] ?? this.eof;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.index += 1;
    return token;
  }

  expect(kind: ',' | ')', hint: string): Token {
    const token = this.peek();
    if (token.kind === kind) return this.next();
    throw unexpected(token, hint);
  }

  /** Expects the `)` matching `open`, blaming the unclosed `(` when the query just ends. */
  expectClose(open: Token, hint: string): void {
    if (this.peek().kind === 'eof') throw unclosed(open);
    this.expect(')', hint);
  }

  /** Skips to the `)` matching `open`, for arguments that are ignored (select). */
  skipToClose(open: Token): void {
    for (let depth = 1; depth > 0; ) {
      const token = this.next();
      if (token.kind === 'eof') throw unclosed(open);
      if (token.kind === '(') depth += 1;
      if (token.kind === ')') depth -= 1;
    }
  }
}

export function unclosed(open: Token): RqlError {
  return new RqlError(`Unbalanced parentheses: '(' at position ${open.pos} is never closed`);
}

export function unexpected(token: Token, hint?: string): RqlError {
  const where = token.kind === 'eof' ? 'Unexpected end of query' : `Unexpected ${describeToken(token)} at position ${token.pos}`;
  return new RqlError(hint ? `${where} (${hint})` : where);
}
