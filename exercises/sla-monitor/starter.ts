/**
 * Checks a window of requests against the SLA targets and returns the SLOs it misses,
 * each with a severity, in the order availability, latency_p95, error_rate.
 *
 * @example
 * findViolations(
 *   [{ status: 200, durationMs: 120 }, { status: 503, durationMs: 40 }],
 *   { availability: { objective: 0.999, critical: 0.99 }, latencyP95Ms: { objective: 500, critical: 1000 }, errorRate: { objective: 0.01, critical: 0.05 } },
 * )
 * // → [{ metric: 'availability', value: 0.5, objective: 0.999, severity: 'critical' },
 * //    { metric: 'error_rate', value: 0.5, objective: 0.01, severity: 'critical' }]
 */
export function findViolations(samples: readonly RequestSample[], targets: SlaTargets): SlaViolation[] {
  const violations: SlaViolation[] = [];
  // A first draft that only looks at the average latency, against the objective alone.
  // Measure availability, the 95th percentile and the error rate, decide the severities,
  // and think about what a window without requests should report.
  const average = samples.reduce((sum, sample) => sum + sample.durationMs, 0) / samples.length;
  if (average > targets.latencyP95Ms.objective) {
    violations.push({ metric: 'latency_p95', value: average, objective: targets.latencyP95Ms.objective, severity: 'warning' });
  }
  return violations;
}
