import type { AccessTokenVerifier } from '../auth/authenticate';
import { ApiError } from '../patterns/errors';
import type { Clock } from '../store/clock';
import type { GatewayService } from './config-schema';
import { appendForwarded, appendVia, withoutHopByHop } from './forwarding-headers';
import type { Gateway } from './gateway';
import { runPlugins } from './plugins';
import { matchRoute } from './route-match';
import { pickWeighted } from './seeded-random';
import { mayRetry, runWithPolicy } from './traffic-policy';
import { asUpstream } from './upstream-variant';

/**
 * One request through the gateway: match a route, run the service's plugins, choose a
 * destination (the canary split), send it upstream under the route's traffic policy, and
 * hand the answer back with the proxy's own headers. The upstream is the sandbox app
 * itself, called in-process, so every pattern of the earlier chapters sits behind it.
 */

/** Where the gateway listens: /gateway/api/v1/orders is /api/v1/orders seen through the gateway. */
export const GATEWAY_BASE = '/gateway';

export interface ProxyDeps {
  gateway: Gateway;
  clock: Clock;
  verifyAccessToken: AccessTokenVerifier;
  /** The sandbox app's own fetch: the upstream of every service. */
  upstream: (request: Request) => Promise<Response>;
}

/** The result of a request the gateway handled: a response, or an injected abort the caller renders as an error. */
export type ProxyResult = { kind: 'response'; response: Response } | { kind: 'abort'; status: number; route: string };

/** Proxies one request that arrived under GATEWAY_BASE; refusals are thrown as ApiError. */
export async function proxyRequest(request: Request, requestId: string, deps: ProxyDeps): Promise<ProxyResult> {
  const { gateway } = deps;
  const config = gateway.config();
  const url = new URL(request.url);
  const path = url.pathname.slice(GATEWAY_BASE.length) || '/';
  const match = matchRoute(config.routes, request.method, path);
  if (match.kind === 'no_route') {
    gateway.stats.noRoute();
    const prefixes = config.routes.flatMap((route) => route.paths.map((prefix) => `${GATEWAY_BASE}${prefix}`));
    throw new ApiError('route_not_found', `No gateway route matches ${path}: prefixes match whole path segments. Routes in force: ${prefixes.join(', ')}. GET /api/v1/sandbox/gateway/config shows the document.`);
  }
  if (match.kind === 'method_not_allowed') {
    const allow = match.allow.join(', ');
    throw new ApiError('method_not_allowed', `The gateway route for ${path} accepts ${allow}, not ${request.method}. Add the method to the route's methods to let it through.`, { headers: { Allow: allow } });
  }

  const { route, rest } = match;
  const counters = gateway.stats.route(route.name);
  counters.requests++;
  const serviceByName = new Map(config.services.map((service) => [service.name, service]));
  // Plugins belong to the service the route names; a canary destination is the same API, so it is guarded the same way.
  const entry = serviceByName.get(route.service)!;
  let plugins;
  try {
    plugins = await runPlugins(entry, { request, requestId, verifyAccessToken: deps.verifyAccessToken, windows: gateway.windows });
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) counters.rate_limited++;
    if (error instanceof ApiError && error.status === 401) counters.unauthorized++;
    gateway.stats.answered(route.name, error instanceof ApiError ? error.status : 500);
    throw error;
  }

  const destinations = route.traffic?.destinations;
  const destination: GatewayService = destinations ? serviceByName.get(pickWeighted(destinations, () => gateway.random()).service)! : entry;
  gateway.stats.routedTo(route.name, destination.name, destination.variant);

  const upstreamUrl = new URL(`${destination.upstream === '/' ? '' : destination.upstream}${rest}${url.search}`, url.origin);
  const headers = withoutHopByHop(request.headers);
  for (const [name, value] of Object.entries(plugins.upstreamHeaders)) headers.set(name, value);
  appendVia(headers);
  appendForwarded(headers, url);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();

  const result = await runWithPolicy({
    policy: route.traffic,
    clock: deps.clock,
    random: () => gateway.random(),
    counters,
    retryable: mayRetry(request),
    send: (signal) => deps.upstream(new Request(upstreamUrl, { method: request.method, headers, body, signal })),
  });
  if (result.kind === 'timeout') {
    gateway.stats.answered(route.name, 504);
    throw new ApiError('upstream_timeout', `${destination.name} did not answer within the route's per_try_timeout of ${result.afterMs} ms, on the last of its tries. Raise per_try_timeout or retries.attempts on ${route.name}, or remove the injected delay.`, {
      headers: { 'X-Upstream': destination.name },
    });
  }
  if (result.kind === 'abort') {
    gateway.stats.answered(route.name, result.status);
    return { kind: 'abort', status: result.status, route: route.name };
  }
  const response = await asUpstream(destination, result.response);
  if (Object.keys(plugins.responseHeaders).length > 0) {
    // The client faces the gateway's limits: the upstream's own rate-limit headers would describe a second, hidden policy.
    for (const name of ['RateLimit', 'RateLimit-Policy', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']) response.headers.delete(name);
    for (const [name, value] of Object.entries(plugins.responseHeaders)) response.headers.set(name, value);
  }
  gateway.stats.answered(route.name, response.status);
  return { kind: 'response', response };
}
