import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { analyse, inWindow } from '../observability/analytics';
import { OBSERVER_PATHS } from '../observability/middleware';
import type { Observability } from '../observability/observability';
import { PERCENTILE_METHOD } from '../observability/percentile';
import { windowMs } from '../observability/time-window';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { AnalyticsSchema, windowQuery } from '../schemas/observability';

/** GET /api/v1/sandbox/analytics: usage over a window, computed from the same request records as the SLA. */

const getAnalytics = createRoute({
  method: 'get',
  path: '/sandbox/analytics',
  tags: ['Observability'],
  summary: 'Summarise API usage over a window',
  description:
    'Totals, unique clients, error rate, latency percentiles (nearest rank), the busiest and the slowest endpoints (method + route template), the busiest clients, and the window in 30 slices for charts. ' +
    'The observability routes (/metrics, logs, analytics, sla) are left out, so a dashboard polling them does not count itself. Not rate limited: this route controls the sandbox itself.',
  request: { query: z.object({ window: windowQuery('1h') }) },
  responses: { 200: jsonContent(AnalyticsSchema, 'The usage summary.'), ...errorResponses('validation_failed', 'internal_error') },
});

/** GET /sandbox/analytics, to mount under /api/v1. */
export function analyticsRoutes(observability: Observability) {
  return createRouter().openapi(getAnalytics, (c) => {
    const { window } = c.req.valid('query');
    const to = observability.clock.now();
    const from = to - windowMs(window);
    const { records, dropped } = observability.records();
    const summary = analyse(inWindow(records, from, to), from, to);
    // Incomplete when records were dropped for room and the window reaches back before the oldest kept one.
    const complete = dropped === 0 || (records[0]?.startedAt ?? Infinity) <= from;
    return c.json(
      {
        window: { duration: window, from: new Date(from).toISOString(), to: new Date(to).toISOString() },
        ...summary,
        meta: { percentile_method: PERCENTILE_METHOD, excluded: [...OBSERVER_PATHS], records_kept: records.length, complete },
      },
      200,
    );
  });
}
