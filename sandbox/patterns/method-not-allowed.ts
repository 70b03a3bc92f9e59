import { ApiError } from './errors';

/**
 * 404 or 405? When no route answers, the path may still exist with other methods:
 * `DELETE /api/v1/users` is a method problem (405, and `Allow` lists what works),
 * `GET /api/v1/userz` is a path problem (404). Clients fix the two differently.
 */

export interface RouteEntry {
  method: string;
  path: string;
}

/** The methods some route accepts on `path` (HEAD comes free with GET), sorted. */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    // Middleware registers as ALL; it answers no request by itself.
    if (route.method !== 'ALL' && routePattern(route.path).test(path)) methods.add(route.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * The `Allow` header of a path that exists: its methods plus OPTIONS, which every path
 * answers (http-semantics.ts). One function, so a 405 and an OPTIONS never disagree.
 */
export function allowHeader(methods: readonly string[]): string {
  return [...new Set([...methods, 'OPTIONS'])].sort().join(', ');
}

/** The error for a request no route answered: 405 with `Allow` when the path exists, else 404. */
export function unmatchedRequest(routes: readonly RouteEntry[], method: string, path: string): ApiError {
  const allowed = allowedMethods(routes, path);
  if (allowed.length > 0) {
    const allow = allowHeader(allowed);
    return new ApiError('method_not_allowed', `${method} is not allowed on ${path}. Use one of: ${allow}.`, {
      headers: { Allow: allow },
    });
  }
  // `/api/v1/users/` is a different path from `/api/v1/users`; say so rather than leave a puzzle.
  const trimmed = path.replace(/\/+$/, '');
  const hint =
    trimmed !== path && allowedMethods(routes, trimmed).length > 0
      ? `Remove the trailing slash: ${trimmed}.`
      : 'Check the path for typos; /openapi.json lists every route.';
  return new ApiError('route_not_found', `No route matches ${method} ${path}. ${hint}`);
}

// Hono's `/users/:id` → /^\/users\/[^/]+$/
function routePattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}
