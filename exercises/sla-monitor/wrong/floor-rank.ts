// Mistake: the percentile index is Math.floor(0.95 * n) read as a 0-based index, one rank
// too far up: for 20 requests it picks the slowest one instead of the 19th.
export function findViolations(samples: readonly RequestSample[], targets: SlaTargets): SlaViolation[] {
  // No requests, no evidence: report nothing rather than divide by zero.
  if (samples.length === 0) return [];

  const serverErrors = samples.filter((sample) => sample.status >= 500).length;
  const errors = samples.filter((sample) => sample.status >= 400).length;
  const measures: { metric: SlaMetric; value: number; thresholds: SloThresholds; higherIsBetter: boolean }[] = [
    { metric: 'availability', value: 1 - serverErrors / samples.length, thresholds: targets.availability, higherIsBetter: true },
    { metric: 'latency_p95', value: nearestRank(samples.map((sample) => sample.durationMs), 0.95), thresholds: targets.latencyP95Ms, higherIsBetter: false },
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
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
