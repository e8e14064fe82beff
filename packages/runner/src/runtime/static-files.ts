import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const STATIC_PREFIX = '/static/';

/**
 * A file under the extension's static root for a `/static/…` path, or null when there is none. Paths that
 * would leave the root (`..`, encoded or not) are refused, so a web task cannot read the runner's files.
 */
export async function readStaticFile(staticRoot: string, requestPath: string): Promise<{ bytes: Buffer; contentType: string } | null> {
  if (!requestPath.startsWith(STATIC_PREFIX)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(requestPath.slice(STATIC_PREFIX.length));
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const root = path.resolve(staticRoot);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
  try {
    if (!(await stat(file)).isFile()) return null;
    return { bytes: await readFile(file), contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
