/**
 * Calling the learner's findViolations and describing windows and answers in the words a
 * message needs. Every call gets a fresh copy of the window, so one check cannot disturb another.
 */

export type FindViolations = (samples: readonly RequestSample[], targets: SlaTargets) => unknown;

/** The targets of the sandbox's own SLOs (chapter 11), used unless a check says otherwise. */
export const DEFAULT_TARGETS: SlaTargets = {
  availability: { objective: 0.999, critical: 0.99 },
  latencyP95Ms: { objective: 500, critical: 1000 },
  errorRate: { objective: 0.01, critical: 0.05 },
};

const METRIC_ORDER: readonly SlaMetric[] = ['availability', 'latency_p95', 'error_rate'];

/** `count` requests answered with `status` in `durationMs`. */
export function requests(count: number, status: number, durationMs: number): RequestSample[] {
  return Array.from({ length: count }, () => ({ status, durationMs }));
}

/** Shows a value the way a learner would write it. */
export const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** The exported function, or an Error that says how to export it. */
export function exportedChecker(exports: Record<string, unknown>): FindViolations {
  const fn = exports.findViolations;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named findViolations (write "export function findViolations(samples, targets) { ... }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as FindViolations;
}

/** Calls findViolations on a copy of the window and checks the shape of every violation. */
export function violationsFor(find: FindViolations, samples: readonly RequestSample[], where: string, targets = DEFAULT_TARGETS): SlaViolation[] {
  let result: unknown;
  try {
    result = find(samples.map((sample) => ({ ...sample })), structuredClone(targets));
  } catch (error) {
    throw new Error(`For ${where}, findViolations threw ${reason(error)}. It should always answer with an array (empty when every SLO is met).`);
  }
  if (!Array.isArray(result)) throw new Error(`For ${where}, findViolations returned ${show(result)}. Return an array of violations ([] when every SLO is met).`);
  for (const item of result) {
    const violation = item as Partial<SlaViolation> | null;
    const complete =
      violation !== null &&
      typeof violation === 'object' &&
      METRIC_ORDER.includes(violation.metric as SlaMetric) &&
      typeof violation.value === 'number' &&
      Number.isFinite(violation.value) &&
      typeof violation.objective === 'number' &&
      (violation.severity === 'warning' || violation.severity === 'critical');
    if (!complete) {
      throw new Error(
        `For ${where}, findViolations returned the violation ${show(item)}. Each one needs metric ('availability', 'latency_p95' or 'error_rate'), ` +
          "a finite number value, the objective it missed, and severity 'warning' or 'critical'.",
      );
    }
  }
  return result as SlaViolation[];
}

/** `availability warning (0.998)`, one per violation, in a stable form for comparing. */
export function summarise(violations: readonly SlaViolation[]): string {
  if (violations.length === 0) return 'no violations';
  return violations.map((violation) => `${violation.metric} ${violation.severity} (${round(violation.value)})`).join(', ');
}

/** Whether the violations are these, in this order, with values equal to 9 decimals. */
export function matches(actual: readonly SlaViolation[], expected: readonly Omit<SlaViolation, 'objective'>[]): boolean {
  return (
    actual.length === expected.length &&
    expected.every(
      (want, i) =>
        actual[i]!.metric === want.metric && actual[i]!.severity === want.severity && Math.abs(actual[i]!.value - want.value) < 1e-9,
    )
  );
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function reason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
