import { CSRF_HEADER } from '@devops/contracts/auth';
import type { ErrorResponse } from '@devops/contracts/common';

/** A failed API call, carrying the server's `{error_code, errors}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: string[];

  constructor(status: number, code: string, messages: string[]) {
    super(messages.join('\n') || `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messages = messages.length > 0 ? messages : [this.message];
  }
}

/** The messages to show for any error thrown by a query or mutation. */
export function errorMessages(error: unknown): string[] {
  if (error instanceof ApiError) return error.messages;
  if (error instanceof Error) return [error.message];
  return ['Something went wrong'];
}

export type ContentRange = { first: number; last: number; total: number };

/** Parses `Content-Range: items 0-19/245` (also `items *\/0`, the form for an empty page). */
export function parseContentRange(header: string | null): ContentRange | null {
  if (!header) return null;
  const match = /^items\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/i.exec(header.trim());
  if (!match) return null;
  const total = match[3] === '*' ? Number.NaN : Number(match[3]);
  return { first: Number(match[1] ?? 0), last: Number(match[2] ?? -1), total };
}

// The session's CSRF token lives in memory only: it is re-read from /auth/me after a reload.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type RequestOptions = {
  method?: Method;
  /** Sent as JSON, except a Blob/File, which is sent as-is (e.g. an uploaded spreadsheet). */
  body?: unknown;
  /** Content type of a Blob body; defaults to the Blob's own type. */
  contentType?: string;
  /** Appended as-is after `?` (RQL is not a key=value format). */
  query?: string;
  signal?: AbortSignal;
};

export type ApiResponse<T> = { data: T; range: ContentRange | null };

async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<ErrorResponse> | null = null;
  try {
    body = (await response.json()) as Partial<ErrorResponse>;
  } catch {
    body = null;
  }
  const messages = Array.isArray(body?.errors) ? body.errors.filter((m) => typeof m === 'string') : [];
  const fallback = response.status >= 500 ? 'The server failed to answer; try again' : response.statusText;
  return new ApiError(response.status, body?.error_code ?? `HTTP_${response.status}`, messages.length ? messages : [fallback || 'Request failed']);
}

/** Calls the REST API with the session cookie; mutations carry the CSRF header. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  const isRaw = options.body instanceof Blob;
  if (isRaw) headers['Content-Type'] = options.contentType ?? ((options.body as Blob).type || 'application/octet-stream');
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(options.query ? `${path}?${options.query}` : path, {
      method,
      headers,
      credentials: 'same-origin',
      body: isRaw ? (options.body as Blob) : options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', ['Cannot reach the server; check your connection']);
  }

  if (!response.ok) throw await toApiError(response);
  const range = parseContentRange(response.headers.get('Content-Range'));
  if (response.status === 204) return { data: undefined as T, range };
  const text = await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, range };
}

export type RawRequestOptions = {
  /** Any HTTP method: the platform forwards custom API calls whatever their method. */
  method: string;
  /** Appended as-is after `?`. */
  query?: string;
  /** Sent as-is. */
  body?: string;
  contentType?: string;
  signal?: AbortSignal;
};

/** A response as it came: whatever its status, with every header and the body as text. */
export type RawResponse = { status: number; statusText: string; headers: [string, string][]; body: string };

/**
 * Sends a request as given (session cookie, CSRF header on mutations) and returns the answer whatever its status:
 * for calls passed through to an extension, whose errors are part of what the user wants to see. Only a failure
 * to reach the server throws.
 */
export async function apiRawRequest(path: string, options: RawRequestOptions): Promise<RawResponse> {
  const method = options.method.toUpperCase();
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(options.query ? `${path}?${options.query}` : path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', ['Cannot reach the server; check your connection']);
  }
  return { status: response.status, statusText: response.statusText, headers: [...response.headers.entries()], body: await response.text() };
}

/** Shorthand for calls whose body is all that matters. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequest<T>(path, options)).data;
}

export type DownloadedFile = { blob: Blob; filename: string | null };

/** The file name a `Content-Disposition: attachment; filename…` header carries (RFC 6266, UTF-8 form first). */
export function parseContentDispositionFilename(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const name = plain?.[2] ?? plain?.[1]?.trim();
  return name ? name : null;
}

/** GETs a file with the session cookie; failures become an ApiError with the server's messages. */
export async function apiDownload(path: string, signal?: AbortSignal): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', ['Cannot reach the server; check your connection']);
  }
  if (!response.ok) throw await toApiError(response);
  return { blob: await response.blob(), filename: parseContentDispositionFilename(response.headers.get('Content-Disposition')) };
}
