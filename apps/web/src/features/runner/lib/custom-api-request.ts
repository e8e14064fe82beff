import { z } from 'zod';
import { ApiError } from '../../../lib/api-client.ts';
import { fillPathParams, hasRequestBody } from './custom-api-methods.ts';

/** Why a JSON body editor's text cannot be sent; null when it is JSON or empty (no body). */
export function jsonProblem(text: string): string | null {
  if (!text.trim()) return null;
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The "Try it" form: path parameters, query string and JSON body. */
export const TryCustomApiValues = z.object({
  params: z.array(z.object({ name: z.string(), value: z.string().trim().min(1, 'Enter a value for this path parameter') })),
  query: z.string(),
  body: z.string().superRefine((text, ctx) => {
    const problem = jsonProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});
export type TryCustomApiValues = z.infer<typeof TryCustomApiValues>;

/** What to send for one method: the filled-in path, the query without its `?`, the body when the method has one. */
export type CustomApiCall = { method: string; path: string; query: string; body: string | undefined };

export function toCustomApiCall(method: string, pathTemplate: string, form: TryCustomApiValues): CustomApiCall {
  const values = Object.fromEntries(form.params.map((param) => [param.name, param.value]));
  const body = hasRequestBody(method) && form.body.trim() ? form.body : undefined;
  return { method, path: fillPathParams(pathTemplate, values), query: form.query.trim().replace(/^\?/, ''), body };
}

/** A response body for reading: JSON (by its content type) indented, anything else as it came. */
export function formatResponseBody(body: string, contentType: string | null): string {
  if (!body || !contentType?.toLowerCase().includes('json')) return body;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/**
 * A failed answer in the platform's `{error_code, errors}` shape (the proxy's 502/504, or an extension answering
 * like the platform) as an ApiError, so its messages show like the console's own errors; null otherwise.
 */
export function errorOfResponse(status: number, body: string): ApiError | null {
  if (status < 400 || !body) return null;
  try {
    const parsed = JSON.parse(body) as { error_code?: unknown; errors?: unknown };
    if (typeof parsed.error_code !== 'string' || !Array.isArray(parsed.errors)) return null;
    return new ApiError(status, parsed.error_code, parsed.errors.filter((message): message is string => typeof message === 'string'));
  } catch {
    return null;
  }
}
