import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import type { Observability } from '../observability/observability';
import { PROMETHEUS_CONTENT_TYPE } from '../observability/prometheus';
import { errorResponses } from '../schemas/error';

/**
 * GET /metrics: the sandbox's metrics in Prometheus' text exposition format 0.0.4, at the
 * path Prometheus scrapes by default. Outside /api/v1 on purpose: a scraper has no API key,
 * and a monitoring endpoint must not be rate limited away when traffic is high.
 */

const example = [
  '# HELP http_requests_total HTTP requests answered, by method, route template and status code.',
  '# TYPE http_requests_total counter',
  'http_requests_total{method="GET",route="/api/v1/users/{id}",status="200"} 3',
  '# HELP http_requests_in_flight Requests received whose response is not ready yet.',
  '# TYPE http_requests_in_flight gauge',
  'http_requests_in_flight 1',
].join('\n');

const getMetrics = createRoute({
  method: 'get',
  path: '/metrics',
  tags: ['Observability'],
  summary: 'Scrape the metrics (Prometheus text format)',
  description:
    'Every request the sandbox answered since the last reset: `http_requests_total{method,route,status}` (counter), ' +
    '`http_request_duration_seconds{method,route}` (histogram, buckets 5 ms to 10 s, with `_sum` and `_count`), ' +
    '`http_requests_in_flight` (gauge) and `http_errors_total{type}` (counter, by the error envelope’s type). ' +
    'Routes are labelled by template (`/api/v1/users/{id}`), never by raw path, so the number of series stays bounded. ' +
    'Scrapes of /metrics count too, as with any Prometheus client. Not rate limited and needs no credentials.',
  responses: {
    200: { description: 'The metrics, text exposition format 0.0.4.', content: { 'text/plain': { schema: z.string().openapi({ example }) } } },
    ...errorResponses('internal_error'),
  },
});

/** GET /metrics, to mount at the root. */
export function metricsRoutes(observability: Observability) {
  return createRouter().openapi(getMetrics, (c) => c.body(observability.metrics.text(), 200, { 'Content-Type': PROMETHEUS_CONTENT_TYPE }));
}
