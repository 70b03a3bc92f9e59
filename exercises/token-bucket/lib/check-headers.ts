/**
 * The numbers behind the rate-limit headers, checked by what they promise rather than
 * by a formula: `remaining` more requests must succeed right now, waiting Retry-After
 * seconds must be enough (and a second less must not be), waiting `resetSeconds` must
 * give a full bucket. Each promise is tested by replaying the scenario on a fresh
 * limiter and trying it, so any correct arithmetic passes.
 */
import { allowedCount, burst, describeSetup, describeStep, lastDecision, replay, show, type CreateLimiter, type Setup, type Step } from './limiter-calls';

interface Scenario {
  setup: Setup;
  steps: Step[];
}

const at = (times: number[]): Step[] => times.map((time) => ({ at: time, key: 'alice' }));

// Refusals at moments where the next token is 2 s, 1.3 s, 0.5 s and 1 ms away, and
// allowed requests that leave fractions of a token behind.
const scenarios: Scenario[] = [
  { setup: { capacity: 3, refillPerSecond: 0.5 }, steps: at([0, 0, 0, 0, 700, 1_500, 1_999, 2_500, 2_600, 9_000]) },
  { setup: { capacity: 5, refillPerSecond: 2 }, steps: at([0, 0, 0, 0, 0, 100, 1_300, 1_300, 1_300]) },
];

/** Calls `check` for every step of every scenario with what it needs to probe that moment. */
function eachDecision(
  create: CreateLimiter,
  check: (moment: { setup: Setup; prefix: Step[]; step: Step; decision: BucketDecision; where: string }) => string[],
): string[] {
  return scenarios.flatMap(({ setup, steps }) => {
    const decisions = replay(create, setup, steps);
    return steps.flatMap((step, i) => {
      const prefix = steps.slice(0, i + 1);
      const earlier = i === 0 ? '' : `after ${i} earlier request(s), `;
      const where = `${describeSetup(setup)}, ${earlier}${describeStep(step)}`;
      return check({ setup, prefix, step, decision: decisions[i]!, where });
    });
  });
}

const isWholeAtLeast = (value: number, min: number) => Number.isInteger(value) && value >= min;

/** `limit` is the capacity on every answer. */
export function limitProblems(create: CreateLimiter): string[] {
  return eachDecision(create, ({ setup, decision, where }) =>
    decision.limit === setup.capacity
      ? []
      : [`${where} gave limit = ${show(decision.limit)}; expected ${setup.capacity}. limit is the bucket's capacity, the same on every answer.`],
  );
}

/** `remaining` is a whole number ≥ 0, and exactly that many more requests succeed at once. */
export function remainingProblems(create: CreateLimiter): string[] {
  return eachDecision(create, ({ setup, prefix, step, decision, where }) => {
    const { remaining } = decision;
    if (!isWholeAtLeast(remaining, 0)) {
      return [
        `${where} gave remaining = ${show(remaining)}. remaining must be a whole number, never below 0: report Math.floor(tokens), ` +
          'and never let a refused request push the tokens below zero.',
      ];
    }
    const more = replay(create, setup, [...prefix, ...burst(remaining + 1, step.at, step.key)]).slice(prefix.length);
    const succeeded = allowedCount(more);
    if (more.every((next, i) => next.allowed === i < remaining)) return [];
    return [
      `${where} gave remaining = ${remaining}, but ${succeeded > remaining ? `more than ${remaining}` : `only ${succeeded}`} ` +
        'further request(s) at that moment were allowed. ' +
        'remaining is the number of whole tokens left after this request: exactly how many more requests would be allowed right now.',
    ];
  });
}

/** Retry-After: 0 when allowed; on a refusal a whole number ≥ 1 that is enough, and not a second longer than needed. */
export function retryAfterProblems(create: CreateLimiter): string[] {
  return eachDecision(create, ({ setup, prefix, step, decision, where }) => {
    const wait = decision.retryAfterSeconds;
    if (decision.allowed) {
      return wait === 0 ? [] : [`${where} was allowed but gave retryAfterSeconds = ${show(wait)}; expected 0. Retry-After only goes on a refusal.`];
    }
    if (!isWholeAtLeast(wait, 1)) {
      return [
        `${where} was refused with retryAfterSeconds = ${show(wait)}. Retry-After is a whole number of seconds, at least 1: ` +
          'round the time until the next token up with Math.ceil (a client told 0 retries at once and is refused again).',
      ];
    }
    // 1 ms of slack: a token due exactly at the boundary may be a hair late in floating point.
    const retried = lastDecision(create, setup, [...prefix, { at: step.at + wait * 1000 + 1, key: step.key }]);
    if (!retried.allowed) {
      return [
        `${where} was refused with retryAfterSeconds = ${wait}, but a retry ${wait} s later was refused too. ` +
          'Retry-After must be long enough: the time until one whole token is back, (1 - tokens) / refillPerSecond, rounded up.',
      ];
    }
    if (wait === 1) return [];
    const early = lastDecision(create, setup, [...prefix, { at: step.at + (wait - 1) * 1000, key: step.key }]);
    if (!early.allowed) return [];
    return [
      `${where} was refused with retryAfterSeconds = ${wait}, but a retry ${wait - 1} s later was already allowed. ` +
        'Round the time until the next token up to the next whole second, no further: clients that obey wait longer than they must.',
    ];
  });
}

/** resetSeconds: whole seconds until the bucket is full, enough and not a second longer. */
export function resetProblems(create: CreateLimiter): string[] {
  return eachDecision(create, ({ setup, prefix, step, decision, where }) => {
    const reset = decision.resetSeconds;
    if (!isWholeAtLeast(reset, 0)) {
      return [`${where} gave resetSeconds = ${show(reset)}. resetSeconds is a whole number of seconds, 0 or more: round the time until the bucket is full up.`];
    }
    const fullAfter = (seconds: number, extraMs: number) =>
      allowedCount(replay(create, setup, [...prefix, ...burst(setup.capacity, step.at + seconds * 1000 + extraMs, step.key)]).slice(prefix.length)) ===
      setup.capacity;
    if (!fullAfter(reset, 1)) {
      return [
        `${where} gave resetSeconds = ${reset}, but ${reset} s later the bucket was not full (${setup.capacity} requests at once were not all allowed). ` +
          'resetSeconds is the time until the bucket is full again: (capacity - tokens) / refillPerSecond, rounded up.',
      ];
    }
    if (reset === 0 || !fullAfter(reset - 1, 0)) return [];
    return [
      `${where} gave resetSeconds = ${reset}, but the bucket was already full ${reset - 1} s later. ` +
        'Round (capacity - tokens) / refillPerSecond up to the next whole second, no further.',
    ];
  });
}
