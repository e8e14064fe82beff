import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DbLogger } from '../logger.ts';
import { createMigrationAdapterFactory } from './pg-adapter.ts';

export type { SchemaEngine } from '@prisma/schema-engine-wasm';

let loading: Promise<typeof glue> | undefined;

// The compiler options (lib ES2023 without DOM, @types/node 20) declare no WebAssembly global; describe the
// one call used here.
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

/**
 * Loads Prisma's schema engine compiled to WebAssembly (`@prisma/schema-engine-wasm`, pinned exactly: it
 * is Prisma-internal and versioned by commit). The package entry imports the `.wasm` file as an ES module,
 * which Node 20 cannot do, so the module is instantiated here with the package's own JS glue as its
 * import object, once per process.
 */
export function loadSchemaEngine(): Promise<typeof glue> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': glue,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  loading.catch(() => {
    loading = undefined; // let a later call retry
  });
  return loading;
}

export interface OpenSchemaEngineOptions {
  /** The Prisma schema the engine should consider current (needed by createMigration/diff against it). */
  schema?: { path: string; content: string };
  log?: DbLogger;
}

/**
 * Runs `use` with a schema engine connected to `databaseUrl` (it connects at once, so even a pure diff
 * needs a reachable database; shadow databases are created on that server), then frees the engine and
 * ends every connection it opened.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  options: OpenSchemaEngineOptions,
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const factory = createMigrationAdapterFactory(databaseUrl);
  const datamodels: [string, string][] | undefined = options.schema
    ? [[options.schema.path, options.schema.content]]
    : undefined;
  try {
    const engine = await SchemaEngine.new(
      { datamodels },
      (line: string) => options.log?.debug(`schema-engine: ${line}`),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await use(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw toError(error);
  } finally {
    await factory.close();
  }
}

/** The engine rejects with Error objects (e.g. SchemaConnectorError); make sure anything else becomes one too. */
function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (error && typeof error === 'object') {
    const { message, error_code: code } = error as { message?: unknown; error_code?: unknown };
    if (typeof message === 'string') return new Error(code ? `${String(code)}: ${message}` : message);
  }
  return new Error(`Schema engine failed: ${JSON.stringify(error)}`);
}
