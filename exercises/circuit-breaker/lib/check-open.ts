/**
 * The open breaker: it refuses at once without calling fn, with an error a caller can
 * recognise and turn into Retry-After, and it stays open for exactly resetTimeoutMs
 * from the moment it opened. Each function returns its problems, one teaching sentence each.
 */
import { describeOutcome, describeSetup, isRefusal, notOpenedProblem, openedAtZero, show, type BreakerSetup, type CreateBreaker } from './breaker-calls';

const setup: BreakerSetup = { failureThreshold: 2, resetTimeoutMs: 10_000 };

/** While open, calls are refused and fn is never called. */
export async function refusesWithoutCallingProblems(create: CreateBreaker): Promise<string[]> {
  const harness = await openedAtZero(create, setup);
  const notOpen = notOpenedProblem(harness);
  if (notOpen.length) return notOpen;
  for (const at of [0, 1_000, 5_000, 9_000]) {
    const outcome = await harness.at(at).succeed();
    if (outcome.fnCalled || outcome.kind === 'resolved') {
      return [
        `${describeSetup(setup)}: opened by 2 failures at 0 s, then a call at ${at / 1000} s: ${describeOutcome(outcome)}. ` +
          'While open, reject at once without calling fn: sparing the failing dependency is what the breaker is for.',
      ];
    }
  }
  return [];
}

/** A refusal is an Error with code 'CIRCUIT_OPEN' and retryAfterMs, the time left until a trial. */
export async function refusalErrorProblems(create: CreateBreaker): Promise<string[]> {
  const options: BreakerSetup = { failureThreshold: 2, resetTimeoutMs: 30_000 };
  const harness = await openedAtZero(create, options);
  const notOpen = notOpenedProblem(harness);
  if (notOpen.length) return notOpen;
  const problems: string[] = [];
  for (const [at, left] of [[1_000, 29_000], [29_999, 1]] as const) {
    const outcome = await harness.at(at).succeed();
    if (outcome.kind !== 'rejected') return []; // refusesWithoutCallingProblems reports it
    const error = outcome.error as { code?: unknown; retryAfterMs?: unknown } | null;
    const where = `${describeSetup(options)}: opened by 2 failures at 0 s, a call at ${at / 1000} s was rejected with`;
    if (!(error instanceof Error) || !isRefusal(error)) {
      problems.push(
        `${where} ${error instanceof Error ? `an Error whose code is ${show(error.code)}` : show(error)}; expected an Error with code "CIRCUIT_OPEN". ` +
          "Reject with an Error carrying code: 'CIRCUIT_OPEN', so callers can tell a refusal from the dependency's own errors (and answer 503).",
      );
      break;
    }
    if (error.retryAfterMs !== left) {
      problems.push(
        `${where} retryAfterMs = ${show(error.retryAfterMs)}; expected ${left}, the time left until the breaker lets a trial through: ` +
          'openedAt + resetTimeoutMs - now(). A caller turns it into Retry-After, so it must say when a trial is really due.',
      );
      break;
    }
  }
  return problems;
}

/** Refused calls do not restart the timeout: the breaker half-opens resetTimeoutMs after it opened. */
export async function timeoutNotRestartedProblems(create: CreateBreaker): Promise<string[]> {
  // Control: a breaker left alone must half-open first, or this check has nothing to compare.
  const control = await openedAtZero(create, setup);
  const notOpen = notOpenedProblem(control);
  if (notOpen.length) return notOpen;
  const alone = control.at(setup.resetTimeoutMs).state();
  if (alone !== 'half-open') {
    return [
      `${describeSetup(setup)}: opened at 0 s and left alone, the state at 10 s is ${show(alone)}, so this check found no half-open breaker ` +
        'to compare with. Make it half-open after resetTimeoutMs first (see the check "reads half-open once resetTimeoutMs has passed").',
    ];
  }

  const harness = await openedAtZero(create, setup);
  for (const at of [2_000, 5_000, 9_000, 9_999]) await harness.at(at).succeed();
  const state = harness.at(setup.resetTimeoutMs).state();
  if (state === 'half-open') return [];
  return [
    `${describeSetup(setup)}: opened at 0 s, then refused calls at 2, 5, 9 and 9.999 s; at 10 s the state is ${show(state)}; expected "half-open". ` +
      'A refused call must not restart the timeout: measure resetTimeoutMs from when the breaker opened, or under steady traffic it never tries again.',
  ];
}

/** Until resetTimeoutMs has passed, the breaker stays open (it does not half-open early). */
export async function staysOpenProblems(create: CreateBreaker): Promise<string[]> {
  const harness = await openedAtZero(create, setup);
  const notOpen = notOpenedProblem(harness);
  if (notOpen.length) return notOpen;
  const state = harness.at(setup.resetTimeoutMs - 1).state();
  if (state === 'open') return [];
  return [
    `${describeSetup(setup)}: opened at 0 s, the state at 9.999 s is ${show(state)}; expected "open". ` +
      'Stay open for the whole resetTimeoutMs: compare now() - openedAt with resetTimeoutMs, both in milliseconds.',
  ];
}
