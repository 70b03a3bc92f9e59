import { percentile } from './percentile';
import type { RequestRecord } from './request-record';

/**
 * Usage analytics over a time window: how much traffic, from how many clients, how much
 * of it failed, which endpoints are busiest and which are slowest. An endpoint is a method
 * and a route template (`GET /api/v1/users/{id}`), so ten users fetched are one endpoint.
 */

export interface EndpointStats {
  method: string;
  route: string;
  requests: number;
  errors: number;
  error_rate: number;
  p95_ms: number;
}

export interface SeriesPoint {
  /** Start of this slice of the window (ISO 8601). */
  start: string;
  requests: number;
  errors: number;
  server_errors: number;
  /** null when the slice had no requests. */
  p95_ms: number | null;
}

export interface Analytics {
  totals: { requests: number; errors: number; client_errors: number; server_errors: number };
  unique_clients: number;
  /** Errors (status ≥ 400) / requests; null without requests. */
  error_rate: number | null;
  latency_ms: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  top_endpoints: EndpointStats[];
  slowest_endpoints: EndpointStats[];
  top_clients: { client: string; requests: number; errors: number }[];
  series: SeriesPoint[];
}

/** How many endpoints the top and slowest lists hold, and how many slices the series has. */
export const TOP_N = 10;
export const SERIES_POINTS = 30;

/** The records that started within [from, to], both ends included: a request of this very millisecond is in. */
export function inWindow(records: readonly RequestRecord[], from: number, to: number): RequestRecord[] {
  return records.filter((record) => record.startedAt >= from && record.startedAt <= to);
}

/** Summarises the records of the window [from, to] (epoch ms); the bounds shape the series' slices. */
export function analyse(records: readonly RequestRecord[], from: number, to: number): Analytics {
  const durations = records.map((record) => record.durationMs);
  const errors = records.filter((record) => record.status >= 400).length;
  const serverErrors = records.filter((record) => record.status >= 500).length;
  const endpoints = [...groupBy(records, (record) => `${record.method} ${record.route}`).values()].map(endpointStats);
  const clients = [...groupBy(records, (record) => record.client).entries()].map(([client, group]) => ({
    client,
    requests: group.length,
    errors: group.filter((record) => record.status >= 400).length,
  }));
  return {
    totals: { requests: records.length, errors, client_errors: errors - serverErrors, server_errors: serverErrors },
    unique_clients: clients.length,
    error_rate: records.length ? errors / records.length : null,
    latency_ms: { p50: percentile(durations, 50), p95: percentile(durations, 95), p99: percentile(durations, 99), max: durations.length ? Math.max(...durations) : null },
    // Ties broken by name, so the lists are stable from one poll to the next.
    top_endpoints: [...endpoints].sort((a, b) => b.requests - a.requests || label(a).localeCompare(label(b))).slice(0, TOP_N),
    slowest_endpoints: [...endpoints].sort((a, b) => b.p95_ms - a.p95_ms || b.requests - a.requests || label(a).localeCompare(label(b))).slice(0, TOP_N),
    top_clients: clients.sort((a, b) => b.requests - a.requests || a.client.localeCompare(b.client)).slice(0, TOP_N),
    series: series(records, from, to),
  };
}

function endpointStats(group: RequestRecord[]): EndpointStats {
  const errors = group.filter((record) => record.status >= 400).length;
  return {
    method: group[0]!.method,
    route: group[0]!.route,
    requests: group.length,
    errors,
    error_rate: errors / group.length,
    p95_ms: percentile(group.map((record) => record.durationMs), 95)!,
  };
}

// The window cut into SERIES_POINTS equal slices (at least a second each): the dashboard's charts.
// A request at the very end of the window (`to` itself) belongs to the last slice.
function series(records: readonly RequestRecord[], from: number, to: number): SeriesPoint[] {
  const step = Math.max(1_000, Math.ceil((to - from) / SERIES_POINTS));
  const slices: RequestRecord[][] = Array.from({ length: Math.max(1, Math.ceil((to - from) / step)) }, () => []);
  for (const record of records) slices[Math.min(slices.length - 1, Math.floor((record.startedAt - from) / step))]?.push(record);
  return slices.map((slice, index) => ({
    start: new Date(from + index * step).toISOString(),
    requests: slice.length,
    errors: slice.filter((record) => record.status >= 400).length,
    server_errors: slice.filter((record) => record.status >= 500).length,
    p95_ms: percentile(slice.map((record) => record.durationMs), 95),
  }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

const label = (endpoint: EndpointStats) => `${endpoint.route} ${endpoint.method}`;
