import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import { UNMATCHED_ROUTE } from './request-record';

/**
 * The route template of a request, for metric labels: `/api/v1/users/{id}`, never
 * `/api/v1/users/usr_1`. Every distinct label value is a separate time series in
 * Prometheus, so labelling by raw path would create one series per id a client ever sent.
 */

export interface RouteEntry {
  method: string;
  path: string;
}

/**
 * Finds templates for requests: call `of(c)` after `next()`, when Hono has matched every
 * middleware and handler. `routes` is read lazily (routers are mounted after the middleware).
 */
export function routeTemplates(routes: () => readonly RouteEntry[]) {
  let patterns: { template: string; pattern: RegExp }[] | undefined;
  const byPath = (path: string) => {
    patterns ??= routes()
      .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
      .map((route) => ({ template: toTemplate(route.path), pattern: new RegExp(`^${route.path.replace(/:[A-Za-z0-9_]+(\{[^}]*\})?/g, '[^/]+')}$`) }));
    return patterns.find(({ pattern }) => pattern.test(path))?.template;
  };

  return {
    /** The template of the route that serves (or refused) this request; UNMATCHED_ROUTE when no route has its path. */
    of(c: Context, errorCode: string | null): string {
      if (errorCode === 'route_not_found') return UNMATCHED_ROUTE;
      // Handlers mounted with app.route() are wrapped as (c, next), so method tells them from middleware
      // (app.use registers ALL); a plain app.all handler such as the gRPC door takes (c) alone.
      const handler = matchedRoutes(c).findLast((route) => route.method !== 'ALL' || (route.handler.length < 2 && route.path !== '*'));
      if (handler) return toTemplate(handler.path);
      // OPTIONS and 405 run no handler of the path, yet the path is known: label it by its routes' template.
      return byPath(c.req.path) ?? UNMATCHED_ROUTE;
    },
  };
}

/** `/users/:id{[0-9]+}` → `/users/{id}`; wildcards stay `*`. */
export function toTemplate(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, '{$1}');
}
