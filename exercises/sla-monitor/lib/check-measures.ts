/**
 * The three measures: availability counts only server errors, the error rate counts every
 * error, and p95 is the nearest-rank percentile of the durations, not an average.
 */
import { requests } from './sla-calls';
import type { Scenario } from './scenario';

const fast = 80;

/** Availability: the share of requests without a server error (status < 500). */
export const availabilityScenarios: Scenario[] = [
  {
    window: '1000 requests, 2 of them answered 503',
    samples: [...requests(998, 200, fast), ...requests(2, 503, fast)],
    expected: [{ metric: 'availability', value: 0.998, severity: 'warning' }],
    rule: 'Availability is the share of requests answered with a status below 500 (998/1000); below the 0.999 objective but not below the 0.99 critical threshold, it is a warning. The error rate, 0.002, is within its 0.01 objective.',
  },
  {
    window: '100 requests, 3 of them answered 404',
    samples: [...requests(97, 200, fast), ...requests(3, 404, fast)],
    expected: [{ metric: 'error_rate', value: 0.03, severity: 'warning' }],
    rule: 'A 404 is the client\'s mistake, not an outage: it lowers the error rate (status >= 400, here 0.03) but not availability, which counts only status >= 500 and stays at 1.',
  },
];

/** The error rate: the share of requests with any error (status >= 400). */
export const errorRateScenarios: Scenario[] = [
  {
    window: '100 requests, 6 of them answered 422',
    samples: [...requests(94, 201, fast), ...requests(6, 422, fast)],
    expected: [{ metric: 'error_rate', value: 0.06, severity: 'critical' }],
    rule: 'The error rate counts every status >= 400, client errors included: 6/100 = 0.06 is above the 0.05 critical threshold, so it is critical.',
  },
  {
    window: '200 requests, 3 answered 500 and 1 answered 401',
    samples: [...requests(196, 200, fast), ...requests(3, 500, fast), ...requests(1, 401, fast)],
    expected: [
      { metric: 'availability', value: 0.985, severity: 'critical' },
      { metric: 'error_rate', value: 0.02, severity: 'warning' },
    ],
    rule: 'Availability counts the 3 server errors (197/200 = 0.985, below the 0.99 critical threshold); the error rate counts all 4 errors (4/200 = 0.02, a warning). Report them in the order availability, latency_p95, error_rate.',
  },
];

/** p95: the value at rank ⌈0.95·n⌉ of the sorted durations. */
export const percentileScenarios: Scenario[] = [
  {
    window: '20 requests: one of 5000 ms sent first, then 19 of 300 ms',
    samples: [...requests(1, 200, 5000), ...requests(19, 200, 300)],
    expected: [],
    rule: 'p95 is the nearest rank: sort the durations and take the one at rank ⌈0.95 × 20⌉ = 19 (1-based), here 300 ms, within the 500 ms objective. An average (535 ms) lets one outlier hide or invent a problem, an interpolated percentile is not a duration anyone saw, and index Math.floor(0.95 × n) is one rank too far.',
  },
  {
    window: '20 requests: two of 800 ms sent first, then 18 of 100 ms',
    samples: [...requests(2, 200, 800), ...requests(18, 200, 100)],
    expected: [{ metric: 'latency_p95', value: 800, severity: 'warning' }],
    rule: 'Sort the durations before picking the rank (they arrive in any order): rank 19 of 20 is 800 ms, above the 500 ms objective and not above 1000 ms, so a warning. The average, 170 ms, would hide it.',
  },
  {
    window: '21 requests: 19 of 200 ms, then two of 1200 ms',
    samples: [...requests(19, 200, 200), ...requests(2, 200, 1200)],
    expected: [{ metric: 'latency_p95', value: 1200, severity: 'critical' }],
    rule: 'For 21 requests the rank is ⌈0.95 × 21⌉ = ⌈19.95⌉ = 20: the 20th sorted duration, 1200 ms, is above the 1000 ms critical threshold. Round the rank up, never down.',
  },
];
