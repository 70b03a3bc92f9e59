import { monitoringLab } from '@messages/monitoring-lab';
import { sandboxReady } from '../app/sandbox-ready';
import { JSON_HEADERS } from '../explorer/sandbox-json';

/**
 * The monitoring pages' calls to the in-browser sandbox: the observability routes of
 * chapter 11 (/metrics, logs, analytics, sla) and the lab bench's fault switches. The
 * types mirror the sandbox's OpenAPI schemas for the fields these pages read.
 */

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogLine {
  seq: number;
  timestamp: string;
  level: LogLevel;
  event: 'request.received' | 'request.failed' | 'response.sent';
  message: string;
  request_id: string;
  method: string;
  route: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  status?: number;
  duration_ms?: number;
  client?: string;
  error?: { type: string; code: string; message: string };
}

export interface LogPage {
  data: LogLine[];
  meta: { count: number; has_more: boolean; latest_seq: number; capacity: number };
}

export interface EndpointStats {
  method: string;
  route: string;
  requests: number;
  errors: number;
  error_rate: number;
  p95_ms: number;
}

export interface SeriesPoint {
  start: string;
  requests: number;
  errors: number;
  server_errors: number;
  p95_ms: number | null;
}

export interface Analytics {
  window: { duration: string; from: string; to: string };
  totals: { requests: number; errors: number; client_errors: number; server_errors: number };
  unique_clients: number;
  error_rate: number | null;
  latency_ms: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  top_endpoints: EndpointStats[];
  slowest_endpoints: EndpointStats[];
  series: SeriesPoint[];
}

export type SloStatus = 'ok' | 'warning' | 'critical' | 'no_data';

export interface Slo {
  id: 'availability' | 'latency_p95' | 'error_rate';
  description: string;
  unit: 'ratio' | 'ms';
  objective: string;
  thresholds: { direction: 'min' | 'max'; warning: number; critical: number };
  status: SloStatus;
  value: number | null;
  error_budget: { allowed: number; used: number; used_ratio: number | null } | null;
}

export interface ActiveAlert {
  slo: Slo['id'];
  state: 'pending' | 'firing';
  severity: 'warning' | 'critical';
  peak_severity: 'warning' | 'critical';
  since: string;
  firing_since: string | null;
  for_seconds: number;
  active_seconds: number;
  summary: string;
}

export interface ResolvedAlert {
  slo: Slo['id'];
  peak_severity: 'warning' | 'critical';
  since: string;
  firing_since: string;
  resolved_at: string;
}

export interface Sla {
  window: { duration: string; from: string; to: string; requests: number };
  status: SloStatus;
  slos: Slo[];
  alerts: { rule_window: string; active: ActiveAlert[]; resolved: ResolvedAlert[] };
  meta: { percentile_method: string };
}

/** The filters of the log viewer, as the logs route takes them. */
export interface LogFilter {
  request_id?: string;
  level?: LogLevel;
  route?: string;
  /** `404` or a class such as `5xx`. */
  status?: string;
}


async function ask(path: string, init: RequestInit = {}): Promise<Response> {
  await sandboxReady();
  const response = await fetch(path, init);
  if (response.ok) return response;
  const error = ((await response.json().catch(() => null)) as { error?: { message?: string; code?: string } } | null)?.error;
  // The envelope's message already says what to do; keep it whole.
  throw new Error(error?.message ? `${error.message} (${error.code}, HTTP ${response.status})` : monitoringLab.apiFailed(init.method ?? 'GET', path, response.status));
}

/** GET /api/v1/sandbox/logs with the filter; `after` follows the log from a seq on. */
export async function readLogs(filter: LogFilter, options: { after?: number; limit?: number } = {}): Promise<LogPage> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  if (options.after !== undefined) query.set('after', String(options.after));
  query.set('limit', String(options.limit ?? 200));
  return (await ask(`/api/v1/sandbox/logs?${query}`)).json() as Promise<LogPage>;
}

/** GET /api/v1/sandbox/analytics over a window such as `5m`. */
export async function readAnalytics(window: string): Promise<Analytics> {
  return (await ask(`/api/v1/sandbox/analytics?window=${encodeURIComponent(window)}`)).json() as Promise<Analytics>;
}

/** GET /api/v1/sandbox/sla: the SLOs over the last 5 minutes and the alerts. */
export async function readSla(): Promise<Sla> {
  return (await ask('/api/v1/sandbox/sla')).json() as Promise<Sla>;
}

/** GET /metrics: the Prometheus text, as a scraper sees it. */
export async function readMetricsText(): Promise<string> {
  return (await ask('/metrics')).text();
}

/** Sets the simulated payment provider's faults (chapter 7's lab bench). */
export async function setPaymentFaults(failureRate: number, latencyMs: number): Promise<void> {
  await ask('/api/v1/sandbox/payment-provider', { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ failure_rate: failureRate, latency_ms: latencyMs }) });
}

/** The payment provider's current fault settings. */
export async function readPaymentFaults(): Promise<{ failure_rate: number; latency_ms: number }> {
  return (await ask('/api/v1/sandbox/payment-provider')).json() as Promise<{ failure_rate: number; latency_ms: number }>;
}

/** Moves the sandbox clock forward, e.g. past an alert's `for` duration. */
export async function advanceClock(seconds: number): Promise<void> {
  await ask('/api/v1/sandbox/clock', { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ advance_seconds: seconds }) });
}
