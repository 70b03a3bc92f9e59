import type { MiddlewareHandler } from 'hono';
import { allowedMethods, allowHeader, type RouteEntry } from './method-not-allowed';

/**
 * HTTP's own methods, answered the same way on every path instead of in each handler:
 *
 * - OPTIONS (here): 204 with `Allow`, the methods the path supports. A path that does not
 *   exist is a 404, as for any other method.
 * - HEAD: Hono answers it by running the GET route and dropping the body, so status and
 *   headers are exactly those of the GET (hono-base.ts, `dispatch`). A path without GET
 *   is a 405 like any other missing method.
 * - 405 with `Allow` for a method the path lacks, 404 for a path no route has:
 *   method-not-allowed.ts, called from the app's notFound handler.
 */

/**
 * Middleware that answers OPTIONS for every path from the routes registered on the app.
 * `routes` is read on each request: routers mounted after this middleware count too.
 * @example app.use('*', httpSemantics(() => app.routes));
 */
export function httpSemantics(routes: () => readonly RouteEntry[]): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'OPTIONS') return next();
    const methods = allowedMethods(routes(), c.req.path);
    // No route names its methods here: an unknown path (the app's notFound makes it a 404),
    // or a catch-all handler such as the gRPC door, which answers OPTIONS itself.
    if (methods.length === 0) return next();
    return c.body(null, 204, { Allow: allowHeader(methods) });
  };
}
