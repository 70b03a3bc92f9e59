import type { GatewayRoute } from './config-schema';

/**
 * Which route takes a request. Two mistakes of the naive `path.startswith(prefix)` are
 * avoided: the prefix /api/v1/users must not take /api/v1/usersX (prefixes match whole
 * segments), and when /api/v1 and /api/v1/orders both match, the more specific one wins
 * (longest prefix first), whatever order the document lists them in.
 */

export type RouteMatch =
  | { kind: 'matched'; route: GatewayRoute; prefix: string; rest: string }
  | { kind: 'method_not_allowed'; allow: string[] }
  | { kind: 'no_route' };

/** True when `prefix` covers `path` on segment boundaries: /orders covers /orders and /orders/ord_1, not /orders2. */
export function coversPath(prefix: string, path: string): boolean {
  if (prefix === '/') return true;
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Finds the route for `method path`: the longest matching prefix, then the method check. */
export function matchRoute(routes: readonly GatewayRoute[], method: string, path: string): RouteMatch {
  let longest = -1;
  let candidates: { route: GatewayRoute; prefix: string }[] = [];
  for (const route of routes) {
    for (const prefix of route.paths) {
      if (!coversPath(prefix, path) || prefix.length < longest) continue;
      if (prefix.length > longest) candidates = [];
      longest = prefix.length;
      candidates.push({ route, prefix });
    }
  }
  if (candidates.length === 0) return { kind: 'no_route' };
  // HEAD is a GET without the body (RFC 9110 §9.3.2): a route that takes GET takes HEAD.
  const accepts = (route: GatewayRoute) => route.methods.includes(method as never) || (method === 'HEAD' && route.methods.includes('GET'));
  const chosen = candidates.find(({ route }) => accepts(route));
  if (!chosen) {
    const allow = new Set(candidates.flatMap(({ route }) => (route.methods.includes('GET') ? [...route.methods, 'HEAD'] : route.methods)));
    return { kind: 'method_not_allowed', allow: [...allow].sort() };
  }
  const rest = chosen.prefix === '/' ? path : path.slice(chosen.prefix.length);
  return { kind: 'matched', route: chosen.route, prefix: chosen.prefix, rest };
}
