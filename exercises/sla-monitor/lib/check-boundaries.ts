/**
 * The edges where SLA checks usually go wrong: values exactly at a threshold, a window
 * without requests, a window of nothing but errors, targets other than the usual ones, and
 * a caller's array left as it was.
 */
import { DEFAULT_TARGETS, requests, show, type FindViolations } from './sla-calls';
import type { Scenario } from './scenario';

const fast = 80;

/** A value exactly at a threshold meets it: equal to the objective is fine, equal to critical is a warning. */
export const thresholdScenarios: Scenario[] = [
  {
    window: '1000 requests, 1 of them answered 503',
    samples: [...requests(999, 200, fast), ...requests(1, 503, fast)],
    expected: [],
    rule: 'Availability is exactly 0.999, the objective itself, and a value exactly at an objective meets it: compare with < (not <=) for a minimum and > (not >=) for a maximum.',
  },
  {
    window: '100 requests, 1 of them answered 400',
    samples: [...requests(99, 200, fast), ...requests(1, 400, fast)],
    expected: [],
    rule: 'The error rate is exactly 0.01, the objective itself, which meets it: only a value above the objective is a violation.',
  },
  {
    window: '20 requests: 18 of 100 ms and two of exactly 500 ms',
    samples: [...requests(18, 200, 100), ...requests(2, 200, 500)],
    expected: [],
    rule: 'p95 (rank 19 of 20) is exactly 500 ms, the objective itself, which meets it.',
  },
  {
    window: '100 requests, 5 of them answered 429',
    samples: [...requests(95, 200, fast), ...requests(5, 429, fast)],
    expected: [{ metric: 'error_rate', value: 0.05, severity: 'warning' }],
    rule: 'The error rate is exactly 0.05, the critical threshold: above the objective, so a violation, but not beyond the critical threshold, so a warning.',
  },
  {
    window: '10 requests taking 100, 200, … 1000 ms, slowest first',
    samples: Array.from({ length: 10 }, (_, i) => ({ status: 200, durationMs: (10 - i) * 100 })),
    expected: [{ metric: 'latency_p95', value: 1000, severity: 'warning' }],
    rule: 'For 10 requests the rank is ⌈9.5⌉ = 10, so p95 is 1000 ms: exactly the critical threshold, which makes it a warning, not critical.',
  },
];

/** No requests, no evidence; and a window of nothing but failures. */
export const extremeScenarios: Scenario[] = [
  {
    window: 'an empty window (no requests)',
    samples: [],
    expected: [],
    rule: 'With no requests there is nothing to measure: return [] instead of dividing by zero (0/0 is NaN) or treating silence as 0 % availability.',
  },
  {
    window: '50 requests, all answered 500 in 40 ms',
    samples: requests(50, 500, 40),
    expected: [
      { metric: 'availability', value: 0, severity: 'critical' },
      { metric: 'error_rate', value: 1, severity: 'critical' },
    ],
    rule: 'Every request failed: availability 0 and error rate 1 are both critical, while the fast answers keep p95 (40 ms) within its objective.',
  },
];

/** The thresholds come from `targets`, not from the usual numbers written into the code. */
export const targetScenarios: Scenario[] = [
  {
    window: '20 requests of 400 ms, 3 of them answered 503, with targets availability { objective: 0.95, critical: 0.8 }, latencyP95Ms { objective: 200, critical: 300 }, errorRate { objective: 0.1, critical: 0.2 }',
    samples: [...requests(17, 200, 400), ...requests(3, 503, 400)],
    targets: {
      availability: { objective: 0.95, critical: 0.8 },
      latencyP95Ms: { objective: 200, critical: 300 },
      errorRate: { objective: 0.1, critical: 0.2 },
    },
    expected: [
      { metric: 'availability', value: 0.85, severity: 'warning' },
      { metric: 'latency_p95', value: 400, severity: 'critical' },
      { metric: 'error_rate', value: 0.15, severity: 'warning' },
    ],
    rule: 'Read every threshold from targets: 400 ms is beyond this critical of 300 ms, and 0.15 is only a warning against this critical of 0.2. Numbers written into the code (1000 ms, 0.05) break as soon as someone changes the SLA.',
  },
];

/** The caller's window is left as it was: sorting it in place reorders someone else's data. */
export function untouchedInputProblems(find: FindViolations): string[] {
  const samples = [...requests(3, 200, 900), ...requests(17, 200, 100)];
  const before = JSON.stringify(samples);
  // Called directly, not through violationsFor, which hands over a copy.
  try {
    find(samples, structuredClone(DEFAULT_TARGETS));
  } catch {
    return []; // a function that throws is reported by the other checks, with the error
  }
  if (JSON.stringify(samples) === before) return [];
  return [
    `findViolations changed the array it was given (its first request is now ${show(samples[0])}). ` +
      'Sort a copy for the percentile ([...durations].sort((a, b) => a - b)): the caller may still need the requests in the order they came.',
  ];
}
