import { z } from '@hono/zod-openapi';
import { MAX_WINDOW_MS, isValidWindow } from '../observability/time-window';

/** The bodies of the observability routes (chapter 11): the request log, analytics, and the window parameter they share. */

const LEVELS = ['info', 'warn', 'error'] as const;

/** `?window=`: how far back from now a summary reaches. */
export function windowQuery(defaultWindow: string) {
  return z
    .string()
    .refine(isValidWindow, { error: `window must be a duration such as 30s, 5m, 1h or 24h: a whole number then s, m or h, at most ${MAX_WINDOW_MS / 3_600_000}h.` })
    .default(defaultWindow)
    .openapi({ param: { name: 'window', in: 'query' }, description: `How far back from now, on the sandbox clock: 30s, 5m, 1h… (at most 24h). Default ${defaultWindow}.`, example: defaultWindow });
}

const ErrorFactsSchema = z.object({
  type: z.string().openapi({ description: 'The envelope’s error type (derived from the status for bodies in another shape).', example: 'business_error' }),
  code: z.string().openapi({ example: 'resource_not_found' }),
  message: z.string().openapi({ description: 'The message the client received, with anything that looks like a credential redacted.' }),
});

export const LogLineSchema = z
  .object({
    seq: z.int().min(1).openapi({ description: 'Increases by one per line; pass the last one you saw as `after` to follow the log.', example: 42 }),
    timestamp: z.iso.datetime().openapi({ description: 'On the sandbox clock.', example: '2026-03-01T12:00:00.000Z' }),
    level: z.enum(LEVELS),
    event: z.enum(['request.received', 'request.failed', 'response.sent']),
    message: z.string().openapi({ example: 'GET /api/v1/users/usr_9 → 404 in 2 ms' }),
    request_id: z.string().openapi({ description: 'The X-Request-Id of the request: every line of one request has the same.', example: 'req_000007' }),
    method: z.string().openapi({ example: 'GET' }),
    route: z.string().openapi({ description: 'The route template, as in /metrics; `(unmatched)` when no route has the path.', example: '/api/v1/users/{id}' }),
    path: z.string().openapi({ example: '/api/v1/users/usr_9' }),
    query: z.record(z.string(), z.string()).optional().openapi({ description: 'request.received: the query parameters, secrets redacted.' }),
    headers: z.record(z.string(), z.string()).optional().openapi({ description: 'request.received: a few request headers; Authorization, X-API-Key and other secrets are redacted.', example: { authorization: 'Bearer [REDACTED]' } }),
    status: z.int().optional(),
    duration_ms: z.number().min(0).optional().openapi({ description: 'Time to the response headers, on the sandbox clock.' }),
    client: z.string().optional().openapi({ description: 'Who called: user:<id>, api_key:<key id>, demo_key:<tier> or anonymous. Known once authentication has run, so absent on request.received.', example: 'user:usr_1' }),
    error: ErrorFactsSchema.optional(),
  })
  .openapi('LogLine');

export const LogListSchema = z
  .object({
    data: z.array(LogLineSchema).openapi({ description: 'Oldest first.' }),
    meta: z.object({
      count: z.int().min(0),
      has_more: z.boolean().openapi({ description: 'More lines matched than `limit`: older ones (tail) or newer ones (with `after`).' }),
      latest_seq: z.int().min(0).openapi({ description: 'The newest line’s seq, matching or not: a cursor for the next poll.' }),
      capacity: z.int().min(1).openapi({ description: 'How many lines are kept; older ones are dropped.' }),
    }),
  })
  .openapi('LogList');

export const logQuerySchema = z.object({
  request_id: z.string().max(128).optional().openapi({ description: 'Only the lines of this request (its X-Request-Id).', example: 'req_000007' }),
  level: z.enum(LEVELS).optional().openapi({ description: 'The lowest level shown: warn shows warnings and errors.' }),
  route: z.string().max(300).optional().openapi({ description: 'Only this route template.', example: '/api/v1/users/{id}' }),
  status: z
    .string()
    .regex(/^([1-5][0-9]{2}|[1-5]xx)$/, { error: 'status must be a status code such as 404 or a class such as 4xx.' })
    .optional()
    .openapi({ description: 'An exact status (404) or a class (4xx). request.received lines carry no status, so they never match.', example: '4xx' }),
  since: z.iso.datetime({ error: 'since must be an ISO 8601 date-time such as 2026-03-01T12:00:00Z.' }).optional().openapi({ description: 'Lines at or after this instant (sandbox clock).' }),
  after: z.coerce.number().int().min(0).optional().openapi({ description: 'Lines after this seq, oldest first: how a live tail follows the log without repeats.', example: 41 }),
  limit: z.coerce.number().int().min(1).max(500).default(100).openapi({ description: 'At most this many lines, 1 to 500: the newest ones, or with `after` the first ones after it.' }),
});

const EndpointSchema = z.object({
  method: z.string().openapi({ example: 'GET' }),
  route: z.string().openapi({ example: '/api/v1/users/{id}' }),
  requests: z.int().min(0),
  errors: z.int().min(0),
  error_rate: z.number().min(0).max(1),
  p95_ms: z.number().min(0),
});

const nullableMs = z.number().min(0).nullable();

export const AnalyticsSchema = z
  .object({
    window: z.object({
      duration: z.string().openapi({ example: '1h' }),
      from: z.iso.datetime(),
      to: z.iso.datetime(),
    }),
    totals: z.object({ requests: z.int().min(0), errors: z.int().min(0).openapi({ description: 'Status 400 and above.' }), client_errors: z.int().min(0), server_errors: z.int().min(0) }),
    unique_clients: z.int().min(0),
    error_rate: z.number().min(0).max(1).nullable().openapi({ description: 'errors / requests; null without requests.' }),
    latency_ms: z.object({ p50: nullableMs, p95: nullableMs, p99: nullableMs, max: nullableMs }).openapi({ description: 'Percentiles by nearest rank; null without requests.' }),
    top_endpoints: z.array(EndpointSchema).openapi({ description: 'The 10 busiest endpoints (method + route template).' }),
    slowest_endpoints: z.array(EndpointSchema).openapi({ description: 'The 10 endpoints with the highest p95.' }),
    top_clients: z.array(z.object({ client: z.string(), requests: z.int().min(0), errors: z.int().min(0) })),
    series: z
      .array(z.object({ start: z.iso.datetime(), requests: z.int().min(0), errors: z.int().min(0), server_errors: z.int().min(0), p95_ms: nullableMs }))
      .openapi({ description: 'The window in up to 30 equal slices (at least 1 s each), oldest first: the dashboard’s charts.' }),
    meta: z.object({
      percentile_method: z.literal('nearest-rank'),
      excluded: z.array(z.string()).openapi({ description: 'Routes not counted: the observability routes themselves.' }),
      records_kept: z.int().min(0),
      complete: z.boolean().openapi({ description: 'false when older requests were dropped to bound memory and the window reaches back past the oldest kept one.' }),
    }),
  })
  .openapi('Analytics');
