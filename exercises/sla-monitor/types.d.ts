// Types the editor knows about while you solve "sla-monitor". They are global:
// use them in your code without importing anything.

/** One request of the metrics window, as the request log recorded it. */
interface RequestSample {
  /** The HTTP status the API answered with. */
  status: number;
  /** How long the answer took, in milliseconds. */
  durationMs: number;
}

/** The two thresholds of one SLO: crossing `objective` is a warning, crossing `critical` is critical. */
interface SloThresholds {
  objective: number;
  critical: number;
}

/** The targets to check the window against. */
interface SlaTargets {
  /** Share of requests answered without a server error (status < 500). Must stay AT OR ABOVE the thresholds, e.g. { objective: 0.999, critical: 0.99 }. */
  availability: SloThresholds;
  /** 95th percentile of durations, nearest rank, in ms. Must stay AT OR BELOW the thresholds, e.g. { objective: 500, critical: 1000 }. */
  latencyP95Ms: SloThresholds;
  /** Share of requests answered with any error (status >= 400). Must stay AT OR BELOW the thresholds, e.g. { objective: 0.01, critical: 0.05 }. */
  errorRate: SloThresholds;
}

/** The name of each measure, as a violation reports it. */
type SlaMetric = 'availability' | 'latency_p95' | 'error_rate';

/** One SLO the window does not meet. */
interface SlaViolation {
  metric: SlaMetric;
  /** The measured value, unrounded: a ratio between 0 and 1, or milliseconds for latency_p95. */
  value: number;
  /** The objective it missed (copied from the targets). */
  objective: number;
  /** 'critical' when the value is beyond the critical threshold, 'warning' otherwise. */
  severity: 'warning' | 'critical';
}
