import type { Extension } from '../sdk/types.ts';

export const OPENAPI_PATH = '/openapi/spec.json';

/**
 * An OpenAPI document of the extension's custom API methods. Connect's runner serves the same path from its
 * web app, so the platform can list Custom API Methods by asking the runner for it through a web_task.
 */
export function buildOpenApiSpec(extension: Extension) {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of extension.api?.routes ?? []) {
    const names = [...route.path.matchAll(/:([^/]+)/g)].map((match) => match[1]!);
    const openApiPath = route.path.replace(/:([^/]+)/g, '{$1}');
    paths[openApiPath] ??= {};
    paths[openApiPath][route.method.toLowerCase()] = {
      summary: route.summary ?? `${route.method} ${route.path}`,
      ...(route.description ? { description: route.description } : {}),
      parameters: names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      responses: { default: { description: 'The handler response' } },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: extension.name ?? 'Extension API', version: extension.version ?? '0.0.0', description: extension.description ?? '' },
    paths,
  };
}
