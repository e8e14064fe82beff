import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isExtension } from './sdk/define-extension.ts';
import type { Extension } from './sdk/types.ts';

export class ExtensionLoadError extends Error {
  override name = 'ExtensionLoadError';
}

const ENTRY_CANDIDATES = ['src/index.ts', 'index.ts', 'src/index.js', 'index.js', 'src/index.mjs', 'index.mjs'];

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((info) => info.isFile(), () => false);
}

/** A folder's entry: package.json `main`, else the first of src/index.ts, index.ts, …  */
async function resolveEntry(target: string): Promise<string> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new ExtensionLoadError(`${target} does not exist`);
  if (info.isFile()) return target;
  const manifest = path.join(target, 'package.json');
  if (await isFile(manifest)) {
    const main = (JSON.parse(await readFile(manifest, 'utf8')) as { main?: unknown }).main;
    if (typeof main === 'string' && (await isFile(path.join(target, main)))) return path.join(target, main);
  }
  for (const candidate of ENTRY_CANDIDATES) {
    if (await isFile(path.join(target, candidate))) return path.join(target, candidate);
  }
  throw new ExtensionLoadError(`${target} has no package.json "main" nor any of ${ENTRY_CANDIDATES.join(', ')}`);
}

/**
 * Imports an extension module and returns its default export (or its `extension` export), which must come
 * from `defineExtension`. TypeScript sources load because the CLI runs under tsx.
 */
export async function loadExtension(extensionPath: string, cwd: string = process.cwd()): Promise<{ extension: Extension; entry: string }> {
  const entry = await resolveEntry(path.resolve(cwd, extensionPath));
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ExtensionLoadError(`cannot load ${entry}: ${(error as Error).message}`);
  }
  const candidate = module.default ?? module.extension;
  if (!isExtension(candidate)) {
    throw new ExtensionLoadError(`${entry} must export default defineExtension({...}) from @devops/runner`);
  }
  return { extension: candidate, entry };
}
