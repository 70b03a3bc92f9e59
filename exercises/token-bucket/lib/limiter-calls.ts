/**
 * Running the learner's limiter on a scripted clock, and describing what happened in
 * the words a message needs. Every scenario is replayed on a fresh limiter, so a probe
 * ("what if the client waited 2 s here?") never disturbs the run it is probing.
 */

export type CreateLimiter = (options: BucketOptions) => unknown;

/** The limiter's settings for one scenario (the clock is added by replay). */
export interface Setup {
  capacity: number;
  refillPerSecond: number;
}

/** One request: when it is sent (ms after the scenario starts) and from whom. */
export interface Step {
  at: number;
  key: string;
}

/** The clock's reading when a scenario starts: not 0, as performance.now() rarely is. */
const clockStart = 1_000_000;

const decisionFields = ['limit', 'remaining', 'resetSeconds', 'retryAfterSeconds'] as const;

/** Shows a value the way a learner would write it. */
export const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** `createLimiter({ capacity: 5, refillPerSecond: 2 })`, for messages. */
export function describeSetup(setup: Setup): string {
  return `createLimiter({ capacity: ${setup.capacity}, refillPerSecond: ${setup.refillPerSecond} })`;
}

/** `take("alice") at 1.5 s`, for messages. */
export function describeStep(step: Step): string {
  return `take(${show(step.key)}) at ${step.at / 1000} s`;
}

/** `n` requests from `key`, all sent at the same moment. */
export function burst(n: number, at: number, key = 'alice'): Step[] {
  return Array.from({ length: n }, () => ({ at, key }));
}

/** The exported factory, or an Error that says how to export it. */
export function exportedFactory(exports: Record<string, unknown>): CreateLimiter {
  const fn = exports.createLimiter;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named createLimiter (write "export function createLimiter(options) { ... }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as CreateLimiter;
}

function checkDecision(value: unknown, where: string): BucketDecision {
  if (typeof value !== 'object' || value === null) {
    throw new Error(`${where} returned ${show(value)}. Return an object { allowed, limit, remaining, resetSeconds, retryAfterSeconds }.`);
  }
  const decision = value as Record<string, unknown>;
  if (typeof decision.allowed !== 'boolean') {
    throw new Error(`${where} returned allowed = ${show(decision.allowed)}. Set allowed to true or false: whether the request may go ahead.`);
  }
  for (const field of decisionFields) {
    const number = decision[field];
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      throw new Error(`${where} returned ${field} = ${show(number)}. Every header value must be a finite number; see BucketDecision for what ${field} means.`);
    }
  }
  return decision as unknown as BucketDecision;
}

/** Calls createLimiter and checks that it returned something with a take method. */
export function limiterFrom(create: CreateLimiter, setup: Setup, now: () => number = () => clockStart): { take(key: string): unknown } {
  let limiter: unknown;
  try {
    limiter = create({ ...setup, now });
  } catch (error) {
    throw new Error(`${describeSetup(setup)} threw ${reason(error)}. Creating a limiter should only set up its buckets.`);
  }
  if (typeof (limiter as { take?: unknown } | null)?.take !== 'function') {
    throw new Error(`${describeSetup(setup)} returned ${show(limiter)}. Return an object with a method take(key).`);
  }
  return limiter as { take(key: string): unknown };
}

/**
 * Creates a fresh limiter on a scripted clock and sends the steps in order, moving the
 * clock to each step's time first. Returns one decision per step.
 */
export function replay(create: CreateLimiter, setup: Setup, steps: Step[]): BucketDecision[] {
  let time = clockStart;
  const limiter = limiterFrom(create, setup, () => time);
  return steps.map((step) => {
    time = clockStart + step.at;
    const where = `${describeSetup(setup)}, then ${describeStep(step)}`;
    let result: unknown;
    try {
      result = limiter.take(step.key);
    } catch (error) {
      throw new Error(`${where} threw ${reason(error)}. take should always answer, refusing with allowed: false when the bucket is empty.`);
    }
    return checkDecision(result, where);
  });
}

/** The last decision of a replay: what the final step got. */
export function lastDecision(create: CreateLimiter, setup: Setup, steps: Step[]): BucketDecision {
  const decisions = replay(create, setup, steps);
  return decisions[decisions.length - 1]!;
}

/** How many of the decisions allowed their request. */
export const allowedCount = (decisions: BucketDecision[]): number => decisions.filter((decision) => decision.allowed).length;

function reason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
