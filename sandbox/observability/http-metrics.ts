import { Counter, exposition, Gauge, Histogram } from './prometheus';
import type { RequestRecord } from './request-record';

/**
 * The four metrics of the sandbox's /metrics, in the RED style (Rate, Errors, Duration)
 * plus saturation: how many requests are being worked on right now.
 * Labels are small, fixed sets — method, route template, status, error type — never ids,
 * paths or clients, so the number of series stays bounded however much traffic comes.
 */

/** Upper bounds of the duration buckets, in seconds: Prometheus clients' defaults, 5 ms to 10 s. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

export interface HttpMetrics {
  /** Counts a finished request in the counters and the histogram. */
  record(record: RequestRecord): void;
  /** +1 when a request starts, -1 when its response is ready. */
  inFlight(delta: 1 | -1): void;
  /** The metrics in the text exposition format 0.0.4. */
  text(): string;
  /** Zeroes the counters and the histogram; the in-flight gauge keeps counting the requests still running. */
  reset(): void;
}

/** Creates the sandbox's HTTP metrics. */
export function createHttpMetrics(): HttpMetrics {
  const requests = new Counter('http_requests_total', 'HTTP requests answered, by method, route template and status code.');
  const duration = new Histogram('http_request_duration_seconds', 'Time from request to response headers on the sandbox clock, by method and route template.', DURATION_BUCKETS);
  const inFlight = new Gauge('http_requests_in_flight', 'Requests received whose response is not ready yet.');
  const errors = new Counter('http_errors_total', 'Error responses (status 400 and above), by the error type of their envelope.');
  inFlight.add({}, 0); // a gauge shows 0 rather than nothing before the first request
  return {
    record(record) {
      requests.inc({ method: record.method, route: record.route, status: String(record.status) });
      duration.observe({ method: record.method, route: record.route }, record.durationMs / 1000);
      if (record.error) errors.inc({ type: record.error.type });
    },
    inFlight: (delta) => inFlight.add({}, delta),
    text: () => exposition([requests, duration, inFlight, errors]),
    reset() {
      requests.reset();
      duration.reset();
      errors.reset();
    },
  };
}
