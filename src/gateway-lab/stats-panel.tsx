import { gatewayLab } from '@messages/gateway-lab';
import type { GatewayConfigView, GatewayStatsView, RouteStats } from './lab-api';
import { SplitChart } from './split-chart';

const m = gatewayLab.stats;

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
  if (!stats) return <p className="muted">{m.waiting}</p>;
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
          <section key={route.route} className="gw-route" data-testid="route-stats" data-route={route.route} aria-label={m.routeLabel(route.route)}>
            <h3>
              {route.route} <small>{view?.paths.join(', ')}</small>
            </h3>
            {route.routed > 0 || weights ? <SplitChart route={route.route} upstreams={route.upstreams} weights={weights} /> : null}
            <dl className="gw-counters">
              <div><dt>{m.requests}</dt><dd data-testid="stat-requests">{route.requests}</dd></div>
              <div><dt>{m.retries}</dt><dd data-testid="stat-retries">{route.retries}</dd></div>
              <div><dt>{m.timeouts}</dt><dd data-testid="stat-timeouts">{route.timeouts}</dd></div>
              <div><dt>{m.delays}</dt><dd data-testid="stat-delays">{route.delays_injected}</dd></div>
              <div><dt>{m.aborts}</dt><dd data-testid="stat-aborts">{route.aborts_injected}</dd></div>
              <div><dt>{m.rateLimited}</dt><dd data-testid="stat-429">{route.rate_limited}</dd></div>
              <div><dt>{m.unauthorized}</dt><dd>{route.unauthorized}</dd></div>
            </dl>
            <p className="gw-statuses">{m.responses(statuses)}</p>
            {upstreamRefusals(route) > 0 && (
              <p className="gw-note" data-testid="upstream-429">
                {m.upstream429(upstreamRefusals(route))}
              </p>
            )}
          </section>
        );
      })}
      <p className="muted">{m.unmatched(stats.unmatched)}</p>
    </div>
  );
}
