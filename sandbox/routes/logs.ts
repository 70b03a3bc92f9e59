import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../env';
import type { Observability } from '../observability/observability';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { LogListSchema, logQuerySchema } from '../schemas/observability';

/**
 * GET /api/v1/sandbox/logs: the structured request log, for the log viewer. Each request
 * writes `request.received`, then `request.failed` if it failed, then `response.sent`, all
 * with its X-Request-Id, so `?request_id=` shows one request's whole story.
 */

const listLogs = createRoute({
  method: 'get',
  path: '/sandbox/logs',
  tags: ['Observability'],
  summary: 'Read the request log',
  description:
    'JSON log lines, oldest first, filtered by request id, lowest level, route template, status (404 or 4xx) and time. ' +
    'Without `after` you get the newest `limit` matching lines (a tail); with `after=<seq>` the first `limit` lines after it, for a live view that never repeats a line. ' +
    'Secrets never reach the log: Authorization, X-API-Key, cookies and query parameters such as access_token or password are redacted, and tokens or API keys anywhere else are masked. ' +
    'The observability routes (/metrics, logs, analytics, sla) are not logged, so polling them does not flood the log. Not rate limited: this route controls the sandbox itself.',
  request: { query: logQuerySchema },
  responses: { 200: jsonContent(LogListSchema, 'The matching lines.'), ...errorResponses('validation_failed', 'internal_error') },
});

/** GET /sandbox/logs, to mount under /api/v1. */
export function logRoutes(observability: Observability) {
  return createRouter().openapi(listLogs, (c) => {
    const { since, ...filters } = c.req.valid('query');
    const { log } = observability;
    const { lines, hasMore } = log.query({ ...filters, since: since === undefined ? undefined : Date.parse(since) });
    return c.json({ data: lines, meta: { count: lines.length, has_more: hasMore, latest_seq: log.latestSeq, capacity: log.capacity } }, 200);
  });
}
