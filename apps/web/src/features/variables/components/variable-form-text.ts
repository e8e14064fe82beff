import { ApiError } from '../../../lib/api-client.ts';

export const SECURED_HINT = 'Encrypted; only the extension can read it. Its value is never shown again.';

/** The server's answer when the name is taken in this environment (409 VARIABLE_EXISTS). */
export function isNameConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.code === 'VARIABLE_EXISTS' || error.status === 409);
}
