/** One custom API method the runner's OpenAPI description lists. */
export type CustomApiMethod = {
  id: string;
  method: string;
  /** The path template as described, e.g. `/items/{id}`. */
  path: string;
  summary: string | null;
  description: string | null;
  /** Names of the path's parameters, in order (`{id}` or `:id` segments). */
  pathParams: string[];
};

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** Where the runner serves its OpenAPI description, relative to the environment's custom API root. */
export const OPENAPI_SPEC_PATH = '/openapi/spec.json';

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The parameter names of a path template: `/items/{id}/notes/:note` → `['id', 'note']`. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}/]+)\}|:([^/]+)/g)].map((match) => (match[1] ?? match[2]) as string);
}

/**
 * The methods of an OpenAPI document (`paths` → path → method → operation), in the document's path order.
 * Anything else a runner might answer reads as no methods, not as an error.
 */
export function listCustomApiMethods(spec: unknown): CustomApiMethod[] {
  if (!isRecord(spec) || !isRecord(spec.paths)) return [];
  return Object.entries(spec.paths).flatMap(([path, item]) => {
    if (!isRecord(item)) return [];
    return HTTP_METHODS.filter((method) => isRecord(item[method])).map((method) => {
      const operation = item[method] as Record<string, unknown>;
      const upper = method.toUpperCase();
      // The runner fills in `METHOD path` when a route has no summary: that says nothing the row does not.
      const summary = text(operation.summary);
      const isFiller = summary === `${upper} ${path}` || summary === `${upper} ${path.replace(/\{([^}/]+)\}/g, ':$1')}`;
      return {
        id: `${upper} ${path}`,
        method: upper,
        path,
        summary: isFiller ? null : summary,
        description: text(operation.description),
        pathParams: pathParamNames(path),
      };
    });
  });
}

export function hasRequestBody(method: string): boolean {
  return METHODS_WITH_BODY.has(method.toUpperCase());
}

/** `…/environments/{env}/api`: what custom API paths are appended to. */
export function customApiRoot(extensionId: string, environmentId: string): string {
  return `/public/v1/devops/services/${encodeURIComponent(extensionId)}/environments/${encodeURIComponent(environmentId)}/api`;
}

/** The address a caller uses for one method (its path template kept as described). */
export function customApiEndpoint(origin: string, extensionId: string, environmentId: string, path: string): string {
  return `${origin}${customApiRoot(extensionId, environmentId)}${path}`;
}

/** The path template with its parameters filled in, each value encoded as one path segment. */
export function fillPathParams(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}/]+)\}|:([^/]+)/g, (_match, braced: string | undefined, colon: string | undefined) =>
    encodeURIComponent(values[(braced ?? colon) as string] ?? ''),
  );
}
