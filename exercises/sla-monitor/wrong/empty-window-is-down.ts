// Mistake: an empty window is treated as an outage (availability 0, error rate 1) instead of
// as no data, so a quiet night pages someone.
export function findViolations(samples: readonly RequestSample[], targets: SlaTargets): SlaViolation[] {
  if (samples.length === 0) {
    return [
      { metric: 'availability', value: 0, objective: targets.availability.objective, severity: 'critical' },
      { metric: 'error_rate', value: 1, objective: targets.errorRate.objective, severity: 'critical' },
    ];
  }

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
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}
