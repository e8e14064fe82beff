import type { ApiRoute } from '../sdk/types.ts';

export type RouteMatch =
  | { kind: 'found'; route: ApiRoute; params: Record<string, string> }
  /** The path exists with other methods: a 405 with `Allow`. */
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** Matches `/items/:id` against `/items/42` → `{id: '42'}`; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const expected = splitPath(pattern);
  const actual = splitPath(path);
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index]!;
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (segment !== value) {
      return null;
    }
  }
  return params;
}

/** Finds the route for a request; HEAD is served by the GET route. */
export function matchRoute(routes: readonly ApiRoute[], method: string, path: string): RouteMatch {
  const wanted = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === wanted) return { kind: 'found', route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
}
