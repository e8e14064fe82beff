/** Decoding of web task request bodies and encoding of custom API responses. */

export class BadRequestError extends Error {
  override name = 'BadRequestError';
}

/** Connect sends base64 from Python's `encodebytes`, with a newline every 76 characters: Buffer ignores those. */
export function decodeBase64(content: string | null | undefined): Buffer {
  return content ? Buffer.from(content, 'base64') : Buffer.alloc(0);
}

function isJsonType(contentType: string): boolean {
  return /^application\/([\w.+-]+\+)?json\b/i.test(contentType);
}

/** JSON requests are parsed (a 400 if they do not parse), text requests become strings, others stay raw. */
export function parseRequestBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = contentType ?? '';
  if (isJsonType(type)) {
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      throw new BadRequestError('The request body is not valid JSON');
    }
  }
  if (type.startsWith('text/') || type.startsWith('application/x-www-form-urlencoded')) return raw.toString('utf8');
  return undefined;
}

export interface EncodedBody {
  bytes: Buffer;
  contentType: string | null;
}

/** Objects become JSON, strings text, bytes stay bytes; undefined is an empty body. */
export function encodeResponseBody(body: unknown): EncodedBody {
  if (body === undefined) return { bytes: Buffer.alloc(0), contentType: null };
  if (Buffer.isBuffer(body)) return { bytes: body, contentType: 'application/octet-stream' };
  if (body instanceof Uint8Array) return { bytes: Buffer.from(body), contentType: 'application/octet-stream' };
  if (typeof body === 'string') return { bytes: Buffer.from(body, 'utf8'), contentType: 'text/plain; charset=utf-8' };
  return { bytes: Buffer.from(JSON.stringify(body), 'utf8'), contentType: 'application/json' };
}

/** Lower-cases header names and keeps string values only (the protocol's headers are string → string). */
export function normalizeHeaders(headers: Record<string, unknown> | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return result;
}
