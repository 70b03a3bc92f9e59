import type { Context, MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import { API_BASE } from '../patterns/links';
import { clientOf } from './client-id';
import { errorKindOf } from './error-kind';
import type { LogLevel } from './log-lines';
import type { Observability } from './observability';
import { redactPairs, scrub } from './redact';
import { routeTemplates, type RouteEntry } from './route-template';

/**
 * One middleware observes every request once, right after the request id is assigned:
 * it counts the request in flight, writes `request.received`, lets the app answer, then
 * records method, route template, status, duration, client and error type — into /metrics,
 * the log (`request.failed`, `response.sent`) and the records behind analytics and the SLA.
 *
 * Durations are measured on the sandbox clock. In the browser and on the HTTP server that
 * clock is the machine's (shifted by PUT /api/v1/sandbox/clock), so they are real time; on a
 * test's manual clock only simulated waits (provider latency, injected delays) take time,
 * which makes durations exact and repeatable.
 */

/** The observability routes: their own polling would drown what they show, so logs, analytics and SLA leave them out. */
export const OBSERVER_PATHS: readonly string[] = ['/metrics', `${API_BASE}/sandbox/logs`, `${API_BASE}/sandbox/analytics`, `${API_BASE}/sandbox/sla`];

// The request headers worth a log line; secrets among them are redacted (redact.ts).
const LOGGED_HEADERS = ['user-agent', 'accept', 'content-type', 'content-length', 'authorization', 'x-api-key', 'idempotency-key', 'api-version'];

/** Middleware that records each request into `observability`; `routes` are the app's, read lazily. */
export function observe(observability: Observability, routes: () => readonly RouteEntry[]): MiddlewareHandler<SandboxEnv> {
  const templates = routeTemplates(routes);
  const { clock, metrics, log } = observability;
  return async (c, next) => {
    const startedAt = clock.now();
    const generation = observability.generation;
    const requestId = c.get('requestId');
    const { method, path } = c.req;
    const observer = OBSERVER_PATHS.includes(path);
    const base = { request_id: requestId, method, path: scrub(path) };
    if (!observer) {
      log.write({ ...base, timestamp: iso(startedAt), level: 'info', event: 'request.received', message: `${method} ${scrub(path)} received`, route: templates.of(c, null), query: redactPairs(new URL(c.req.url).searchParams), headers: loggedHeaders(c) });
    }

    metrics.inFlight(1);
    try {
      await next();
    } finally {
      metrics.inFlight(-1);
    }

    const error = await errorKindOf(c.res);
    if (observability.generation !== generation) return; // the sandbox was reset meanwhile: this request belongs to the old run
    const finishedAt = clock.now();
    const status = c.res.status;
    const record = { requestId, startedAt, method, route: templates.of(c, error?.code ?? null), path, status, durationMs: Math.max(0, finishedAt - startedAt), client: clientOf(c), error, observer };
    metrics.record(record);
    if (observer) return;
    observability.keep(record);

    const level: LogLevel = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    const common = { ...base, timestamp: iso(finishedAt), level, route: record.route, status, duration_ms: record.durationMs, client: record.client };
    if (error) {
      const safe = { ...error, message: scrub(error.message) };
      log.write({ ...common, event: 'request.failed', message: `${error.code}: ${safe.message}`, error: safe });
    }
    log.write({ ...common, event: 'response.sent', message: `${method} ${scrub(path)} → ${status} in ${record.durationMs} ms` });
  };
}

function loggedHeaders(c: Context): Record<string, string> {
  const present = LOGGED_HEADERS.flatMap((name) => {
    const value = c.req.header(name);
    return value === undefined ? [] : [[name, value] as [string, string]];
  });
  return redactPairs(present);
}

const iso = (ms: number) => new Date(ms).toISOString();
