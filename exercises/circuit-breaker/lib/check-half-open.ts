/**
 * The half-open breaker: once resetTimeoutMs has passed it lets one trial call through;
 * the trial's outcome closes it or opens it for a fresh timeout, and while the trial
 * runs every other call is refused. Each function returns its problems, one teaching
 * sentence each.
 */
import {
  DependencyError,
  describeOutcome,
  describeSetup,
  isRefusal,
  notOpenedProblem,
  openedAtZero,
  reachedFnAdvice,
  show,
  type BreakerSetup,
  type CreateBreaker,
  type Harness,
} from './breaker-calls';

const setup: BreakerSetup = { failureThreshold: 2, resetTimeoutMs: 10_000 };
const opened = `${describeSetup(setup)}, opened by 2 failures at 0 s`;

/** Opens a breaker and checks it really is open, or explains why the check cannot go on. */
async function openBreaker(create: CreateBreaker): Promise<{ harness: Harness; problems: string[] }> {
  const harness = await openedAtZero(create, setup);
  return { harness, problems: notOpenedProblem(harness) };
}

/** A trial at `at` ms that did not reach fn, described; or [] when it did. */
function trialRefused(at: number, outcome: Awaited<ReturnType<Harness['succeed']>>): string[] {
  if (outcome.fnCalled) return [];
  return [
    `${opened}: the first call at ${at / 1000} s, after resetTimeoutMs had passed: ${describeOutcome(outcome)}. ` +
      'That call is the trial: let it through to fn, to find out whether the dependency has recovered.',
  ];
}

/** Once resetTimeoutMs has passed, the state reads 'half-open', even before the next call. */
export async function halfOpenStateProblems(create: CreateBreaker): Promise<string[]> {
  const { harness, problems } = await openBreaker(create);
  if (problems.length) return problems;
  for (const at of [setup.resetTimeoutMs, 25_000]) {
    const state = harness.at(at).state();
    if (state === 'half-open') continue;
    const advice =
      state === 'open'
        ? 'Work the state out from the clock when it is read: a getter, get state() { ... }, that compares now() - openedAt with ' +
          'resetTimeoutMs. No timer is needed, and none would follow the injected clock.'
        : 'After the timeout the breaker does not close by itself: it is half-open until a trial call succeeds.';
    return [`${opened}: with no calls since, the state at ${at / 1000} s is ${show(state)}; expected "half-open". ${advice}`];
  }
  return [];
}

/** A successful trial closes the breaker, and the failure count starts from zero again. */
export async function trialSuccessProblems(create: CreateBreaker): Promise<string[]> {
  const { harness, problems } = await openBreaker(create);
  if (problems.length) return problems;
  const value = { status: 'recovered' };
  const trial = await harness.at(setup.resetTimeoutMs).succeed(value);
  const refused = trialRefused(setup.resetTimeoutMs, trial);
  if (refused.length) return refused;
  if (trial.kind !== 'resolved' || trial.value !== value || harness.state() !== 'closed') {
    return [
      `${opened}: a successful trial call at 10 s: ${describeOutcome(trial)}, and the state is then ${show(harness.state())}; ` +
        `expected it to resolve with fn's value and the state "closed". A trial that succeeds closes the breaker.`,
    ];
  }
  await harness.at(11_000).fail();
  if (harness.state() !== 'closed') {
    return [
      `${opened}, closed again by a successful trial at 10 s: one failure at 11 s left the state ${show(harness.state())}; expected "closed". ` +
        'Set the failure count back to 0 when the breaker closes: it takes failureThreshold new failures in a row to open it again.',
    ];
  }
  await harness.at(12_000).fail();
  if (harness.state() === 'open') return [];
  return [`${opened}, closed again at 10 s: failures at 11 s and 12 s left the state ${show(harness.state())}; expected "open" (2 failures in a row).`];
}

/** A failed trial opens the breaker at once, for a full resetTimeoutMs from the failure. */
export async function trialFailureProblems(create: CreateBreaker): Promise<string[]> {
  const { harness, problems } = await openBreaker(create);
  if (problems.length) return problems;
  const trial = await harness.at(12_000).fail();
  const refused = trialRefused(12_000, trial);
  if (refused.length) return refused;
  if (trial.kind === 'rejected' && trial.error instanceof DependencyError && harness.state() === 'half-open') {
    return [
      `${opened}: a trial call at 12 s failed, and the state right after is still "half-open"; expected "open". ` +
        'Restart the timeout from the failed trial (openedAt = now()), or the next request becomes another trial at once.',
    ];
  }
  if (trial.kind !== 'rejected' || !(trial.error instanceof DependencyError) || harness.state() !== 'open') {
    return [
      `${opened}: a trial call at 12 s whose fn failed: ${describeOutcome(trial)}, and the state is then ${show(harness.state())}; ` +
        "expected fn's own error and the state \"open\". One failed trial is enough to open the breaker again.",
    ];
  }
  const early = await harness.at(21_999).succeed();
  const state = harness.at(22_000).state();
  if (!early.fnCalled && state === 'half-open') return [];
  if (early.fnCalled) {
    const advice = 'Restart the timeout from the failed trial (openedAt = now() when it fails), so the dependency gets a full resetTimeoutMs to recover.';
    return [`${opened}, open again after a failed trial at 12 s: a call at 21.999 s reached fn. ${reachedFnAdvice(early, advice)}`];
  }
  return [
    `${opened}, open again after a failed trial at 12 s: the state at 22 s is ${show(state)}; expected "half-open", ` +
      'resetTimeoutMs after the failed trial, when the next trial is due.',
  ];
}

/** While the trial runs, every other call is refused at once without calling fn. */
export async function singleTrialProblems(create: CreateBreaker): Promise<string[]> {
  const { harness, problems } = await openBreaker(create);
  if (problems.length) return problems;
  harness.at(setup.resetTimeoutMs);
  const trial = harness.startPending();
  // Let call() reach fn: an async call may await before calling it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (!trial.fnCalled()) {
    trial.finish('late');
    return [`${opened}: the first call at 10 s, after resetTimeoutMs had passed, did not reach fn. That call is the trial: let it through.`];
  }
  for (const at of [10_000, 10_500, 11_000]) {
    const other = await harness.at(at).succeed();
    if (other.fnCalled || other.kind !== 'rejected' || !isRefusal(other.error)) {
      trial.finish('late');
      const advice = 'Let only one trial through: remember that it is running, and refuse other calls with code "CIRCUIT_OPEN" until it settles.';
      return [`${opened}: while the trial call started at 10 s was still running, another call at ${at / 1000} s: ${describeOutcome(other)}. ${reachedFnAdvice(other, advice)}`];
    }
    const wait = (other.error as { retryAfterMs?: unknown }).retryAfterMs;
    if (typeof wait !== 'number' || !(wait > 0) || !Number.isFinite(wait)) {
      trial.finish('late');
      return [
        `${opened}: while the trial ran, a call at ${at / 1000} s was refused with retryAfterMs = ${show(wait)}. ` +
          'Give a positive number of milliseconds here too; the trial has not told you more yet, so resetTimeoutMs is a fair guess.',
      ];
    }
  }
  const value = { status: 'recovered' };
  trial.finish(value);
  const outcome = await trial.outcome;
  const after = await harness.at(11_500).succeed();
  if (outcome.kind === 'resolved' && outcome.value === value && after.fnCalled && harness.state() === 'closed') return [];
  return [
    `${opened}: the trial started at 10 s then succeeded (${describeOutcome(outcome)}), and a call at 11.5 s: ${describeOutcome(after)}. ` +
      "Expected the trial to resolve with fn's value and the breaker to close, so the next call goes through.",
  ];
}
