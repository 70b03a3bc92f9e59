/**
 * One scripted window and the violations it must give: the unit every check is made of.
 * A scenario that comes out wrong becomes one teaching sentence: what was sent, what came
 * back, what was expected, and the rule that decides it.
 */
import { DEFAULT_TARGETS, matches, summarise, violationsFor, type FindViolations } from './sla-calls';

export interface Scenario {
  /** The window in words: "1000 requests, 2 of them 503". */
  window: string;
  samples: RequestSample[];
  targets?: SlaTargets;
  expected: Omit<SlaViolation, 'objective'>[];
  /** The rule the scenario tests, said as advice. */
  rule: string;
}

/** The problems of each scenario that came out wrong. */
export function scenarioProblems(find: FindViolations, scenarios: readonly Scenario[]): string[] {
  return scenarios.flatMap((scenario) => {
    const targets = scenario.targets ?? DEFAULT_TARGETS;
    const actual = violationsFor(find, scenario.samples, scenario.window, targets);
    const objectives = actual.filter((violation) => violation.objective !== objectiveOf(targets, violation.metric));
    if (matches(actual, scenario.expected) && objectives.length === 0) return [];
    const objectiveNote = objectives.length
      ? ` Also, ${objectives[0]!.metric} reported objective ${objectives[0]!.objective}; copy it from the targets (${objectiveOf(targets, objectives[0]!.metric)}).`
      : '';
    return [
      `For ${scenario.window}, findViolations returned ${summarise(actual)}; expected ${summarise(scenario.expected as SlaViolation[])}. ${scenario.rule}${objectiveNote}`,
    ];
  });
}

function objectiveOf(targets: SlaTargets, metric: SlaMetric): number {
  if (metric === 'availability') return targets.availability.objective;
  return metric === 'latency_p95' ? targets.latencyP95Ms.objective : targets.errorRate.objective;
}
