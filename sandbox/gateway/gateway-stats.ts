/**
 * What the gateway has seen, per route and per upstream service: the observed canary
 * split, retries, injected faults and refusals. The lab draws these; tests read them to
 * check that a 90/10 policy really sends about one request in ten to the canary.
 */

export interface UpstreamStats {
  service: string;
  variant: 'stable' | 'canary';
  /** Requests this destination was chosen for. */
  requests: number;
  /** requests / the route's routed requests, 0..1 (4 decimals). */
  share: number;
}

export interface RouteStats {
  route: string;
  /** Every request the route matched, including those refused before reaching an upstream. */
  requests: number;
  /** Requests sent on to an upstream (not refused by a plugin). */
  routed: number;
  upstreams: UpstreamStats[];
  /** Tries after the first one. */
  retries: number;
  /** Tries abandoned at per_try_timeout. */
  timeouts: number;
  delays_injected: number;
  aborts_injected: number;
  rate_limited: number;
  unauthorized: number;
  /** Final responses by status code. */
  statuses: Record<string, number>;
}

export interface GatewayStatsSnapshot {
  /** Requests to /gateway/* that matched no route. */
  unmatched: number;
  routes: RouteStats[];
}

type Counter = Omit<RouteStats, 'upstreams'> & { upstreams: Map<string, Omit<UpstreamStats, 'share'>> };

/** Mutable counters behind GET /api/v1/sandbox/gateway/stats. */
export class GatewayStats {
  private unmatched = 0;
  private routes = new Map<string, Counter>();

  /** The counters of `route`, created on first use. */
  route(route: string): Counter {
    let counter = this.routes.get(route);
    if (!counter) {
      counter = { route, requests: 0, routed: 0, upstreams: new Map(), retries: 0, timeouts: 0, delays_injected: 0, aborts_injected: 0, rate_limited: 0, unauthorized: 0, statuses: {} };
      this.routes.set(route, counter);
    }
    return counter;
  }

  /** Counts one request sent to `service`. */
  routedTo(route: string, service: string, variant: 'stable' | 'canary'): void {
    const counter = this.route(route);
    counter.routed++;
    const upstream = counter.upstreams.get(service) ?? { service, variant, requests: 0 };
    upstream.requests++;
    counter.upstreams.set(service, upstream);
  }

  /** Counts a final response status of `route`. */
  answered(route: string, status: number): void {
    const statuses = this.route(route).statuses;
    statuses[status] = (statuses[status] ?? 0) + 1;
  }

  /** Counts a request that matched no route. */
  noRoute(): void {
    this.unmatched++;
  }

  /** A JSON-ready copy, routes in the order given (the document's order). */
  snapshot(routeOrder: readonly string[]): GatewayStatsSnapshot {
    const names = [...new Set([...routeOrder, ...this.routes.keys()])];
    return {
      unmatched: this.unmatched,
      routes: names.map((name) => {
        const { upstreams, ...counter } = this.route(name);
        return {
          ...counter,
          statuses: { ...counter.statuses },
          upstreams: [...upstreams.values()].map((u) => ({ ...u, share: counter.routed ? Math.round((u.requests / counter.routed) * 10_000) / 10_000 : 0 })),
        };
      }),
    };
  }

  /** Forgets every count (reload, sandbox reset). */
  reset(): void {
    this.unmatched = 0;
    this.routes.clear();
  }
}
