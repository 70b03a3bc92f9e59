// Mistake: the durations are sorted in place on the caller's array of requests, which
// reorders data the caller still uses (in the order the requests came).
export function findViolations(samples: readonly RequestSample[], targets: SlaTargets): SlaViolation[] {
  // No requests, no evidence: report nothing rather than divide by zero.
  if (samples.length === 0) return [];

  const serverErrors = samples.filter((sample) => sample.status >= 500).length;
  const errors = samples.filter((sample) => sample.status >= 400).length;
  const measures: { metric: SlaMetric; value: number; thresholds: SloThresholds; higherIsBetter: boolean }[] = [
    { metric: 'availability', value: 1 - serverErrors / samples.length, thresholds: targets.availability, higherIsBetter: true },
    { metric: 'latency_p95', value: nearestRank((samples as RequestSample[]).sort((a, b) => a.durationMs - b.durationMs).map((sample) => sample.durationMs), 0.95), thresholds: targets.latencyP95Ms, higherIsBetter: false },
    { metric: 'error_rate', value: errors / samples.length, thresholds: targets.errorRate, higherIsBetter: false },
  ];

  const violations: SlaViolation[] = [];
  for (const { metric, value, thresholds, higherIsBetter } of measures) {
    const beyond = (threshold: number) => (higherIsBetter ? value < threshold : value > threshold);
    if (!beyond(thresholds.objective)) continue;
    violations.push({ metric, value, objective: thresholds.objective, severity: beyond(thresholds.critical) ? 'critical' : 'warning' });
  }
  return violations;
}

/** The nearest-rank percentile: the value at rank ⌈p·n⌉ (1-based) of the sorted values, always one that was observed. */
function nearestRank(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}
