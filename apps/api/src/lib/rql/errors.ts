/**
 * The one error type of the RQL module: everything a client can get wrong in a list query.
 *
 * It carries every problem found (validation collects all of them, so a client fixing a query
 * sees the whole list at once). `statusCode` lets Fastify's default handler answer 400 even
 * before the API's own handler maps it to Connect's body via `toResponseBody()`.
 */
export class RqlError extends Error {
  readonly errors: readonly string[];
  readonly code = 'INVALID_RQL';
  readonly statusCode = 400;

  constructor(errors: string | readonly string[]) {
    const list = typeof errors === 'string' ? [errors] : [...errors];
    super(list.join('; '));
    this.name = 'RqlError';
    this.errors = list;
  }

  /** Connect's 400 body: `{"error_code":"INVALID_RQL","errors":[...]}`. */
  toResponseBody(): { error_code: 'INVALID_RQL'; errors: string[] } {
    return { error_code: this.code, errors: [...this.errors] };
  }
}

export function isRqlError(value: unknown): value is RqlError {
  return value instanceof RqlError;
}
