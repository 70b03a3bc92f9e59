import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { ALERT_FOR_MS, type ActiveAlert } from '../observability/alerts';
import { inWindow } from '../observability/analytics';
import { OBSERVER_PATHS } from '../observability/middleware';
import { ALERT_WINDOW_MS, type Observability } from '../observability/observability';
import { PERCENTILE_METHOD } from '../observability/percentile';
import { SLO_DEFINITIONS, type SloDefinition, type SloStatus } from '../observability/slo';
import { windowMs } from '../observability/time-window';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { SlaSchema } from '../schemas/observability-sla';
import { windowQuery } from '../schemas/observability';

/**
 * GET /api/v1/sandbox/sla: the service level objectives measured over a window, and the
 * alerts on them. The definitions live in sandbox/observability/slo.ts, the alert
 * lifecycle (pending → firing → resolved) in alerts.ts.
 */

const getSla = createRoute({
  method: 'get',
  path: '/sandbox/sla',
  tags: ['Observability'],
  summary: 'Check the SLOs and the alerts',
  description:
    'Three objectives, evaluated over `window` (default 5m): availability ≥ 99.9 % of requests without a server error (critical below 99 %); ' +
    'p95 latency ≤ 500 ms, nearest rank (critical above 1000 ms); error rate ≤ 1 % of requests with status ≥ 400 (critical above 5 %). ' +
    'A value exactly at the objective meets it; a window without requests is no_data, not a violation. ' +
    `Alerts follow their own rule window of ${ALERT_WINDOW_MS / 60_000}m: an SLO that is violated opens a pending alert, which fires once it has lasted ${ALERT_FOR_MS / 1000} s and resolves when the SLO is met again. ` +
    'One alert per SLO at a time; its severity follows the latest evaluation. The observability routes are left out of the counts. Not rate limited: this route controls the sandbox itself.',
  request: { query: z.object({ window: windowQuery('5m') }) },
  responses: { 200: jsonContent(SlaSchema, 'The SLOs and alerts.'), ...errorResponses('validation_failed', 'internal_error') },
});

const RANK: Record<SloStatus, number> = { no_data: 0, ok: 1, warning: 2, critical: 3 };

/** GET /sandbox/sla, to mount under /api/v1. */
export function slaRoutes(observability: Observability) {
  return createRouter().openapi(getSla, (c) => {
    const { window } = c.req.valid('query');
    const now = observability.clock.now();
    const length = windowMs(window);
    const results = observability.slos(length);
    const alerts = observability.alerts();
    const requests = inWindow(observability.records().records, now - length, now).length;
    const slos = SLO_DEFINITIONS.map((definition, index) => ({
      id: definition.id,
      description: definition.description,
      unit: definition.unit,
      objective: `${definition.direction === 'min' ? '≥' : '≤'} ${show(definition, definition.objective)}`,
      thresholds: { direction: definition.direction, warning: definition.objective, critical: definition.critical },
      status: results[index]!.status,
      value: results[index]!.value,
      error_budget: results[index]!.error_budget,
    }));
    return c.json(
      {
        window: { duration: window, from: iso(now - length), to: iso(now), requests },
        status: slos.map((slo) => slo.status).reduce((worst, status) => (RANK[status] > RANK[worst] ? status : worst), 'no_data' as SloStatus),
        slos,
        alerts: {
          rule_window: `${ALERT_WINDOW_MS / 60_000}m`,
          active: Object.values(alerts.active).map((alert) => describeAlert(alert, now)),
          resolved: alerts.resolved.map((alert) => ({ ...alert, since: iso(alert.since), firing_since: iso(alert.firing_since), resolved_at: iso(alert.resolved_at) })),
        },
        meta: { percentile_method: PERCENTILE_METHOD, excluded: [...OBSERVER_PATHS] },
      },
      200,
    );
  });
}

function describeAlert(alert: ActiveAlert, now: number) {
  const definition = SLO_DEFINITIONS.find((slo) => slo.id === alert.slo)!;
  const side = definition.direction === 'min' ? 'below' : 'above';
  return {
    ...alert,
    since: iso(alert.since),
    firing_since: alert.firing_since === null ? null : iso(alert.firing_since),
    for_seconds: ALERT_FOR_MS / 1000,
    active_seconds: Math.max(0, now - alert.since) / 1000, // never negative, even after the clock was set back
    summary: `${alert.slo} is ${show(definition, alert.value)}, ${side} the ${show(definition, definition.objective)} objective (critical ${side} ${show(definition, definition.critical)}) over the last ${ALERT_WINDOW_MS / 60_000}m.`,
  };
}

function show(definition: SloDefinition, value: number): string {
  return definition.unit === 'ms' ? `${value} ms` : `${Math.round(value * 100_000) / 1000} %`;
}

const iso = (ms: number) => new Date(ms).toISOString();
