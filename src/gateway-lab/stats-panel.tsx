import type { GatewayConfigView, GatewayStatsView, RouteStats } from './lab-api';
import { SplitChart } from './split-chart';

export interface StatsPanelProps {
  stats: GatewayStatsView | null;
  config: GatewayConfigView | null;
}

/** 429s the upstream answered itself, as opposed to the gateway's rate-limiting plugin. */
function upstreamRefusals(route: RouteStats): number {
  return (route.statuses['429'] ?? 0) - route.rate_limited;
}

/** The live counters of every route: the split against its weights, retries, faults and refusals. */
export function StatsPanel({ stats, config }: StatsPanelProps) {
  if (!stats) return <p className="muted">Waiting for the first stats…</p>;
  const routes = stats.routes.filter((route) => config?.routes.some((r) => r.name === route.route) ?? true);
  return (
    <div className="gw-stats">
      {routes.map((route) => {
        const view = config?.routes.find((r) => r.name === route.route);
        const weights = view?.destinations ? Object.fromEntries(view.destinations.map((d) => [d.service, d.weight])) : null;
        const statuses = Object.entries(route.statuses)
          .map(([status, count]) => `${status} × ${count}`)
          .join(', ');
        return (
          <section key={route.route} className="gw-route" data-testid="route-stats" data-route={route.route} aria-label={`Route ${route.route}`}>
            <h3>
              {route.route} <small>{view?.paths.join(', ')}</small>
            </h3>
            {route.routed > 0 || weights ? <SplitChart route={route.route} upstreams={route.upstreams} weights={weights} /> : null}
            <dl className="gw-counters">
              <div><dt>Requests</dt><dd data-testid="stat-requests">{route.requests}</dd></div>
              <div><dt>Retries</dt><dd data-testid="stat-retries">{route.retries}</dd></div>
              <div><dt>Per-try timeouts</dt><dd data-testid="stat-timeouts">{route.timeouts}</dd></div>
              <div><dt>Delays injected</dt><dd data-testid="stat-delays">{route.delays_injected}</dd></div>
              <div><dt>Aborts injected</dt><dd data-testid="stat-aborts">{route.aborts_injected}</dd></div>
              <div><dt>429 (rate limit)</dt><dd data-testid="stat-429">{route.rate_limited}</dd></div>
              <div><dt>401 (jwt)</dt><dd>{route.unauthorized}</dd></div>
            </dl>
            <p className="gw-statuses">Responses: {statuses || 'none yet'}</p>
            {upstreamRefusals(route) > 0 && (
              <p className="gw-note" data-testid="upstream-429">
                {upstreamRefusals(route)} of the 429s came from behind the gateway: the sandbox’s own token bucket (chapter 7) sees every forwarded
                request as the same anonymous client. Limits stack — a client meets the tightest one on its path.
              </p>
            )}
          </section>
        );
      })}
      <p className="muted">Requests that matched no route (404): {stats.unmatched}</p>
    </div>
  );
}
