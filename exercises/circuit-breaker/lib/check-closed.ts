/**
 * The closed breaker: calls pass straight through, and failures are counted until
 * `failureThreshold` of them come in a row. Each function returns its problems, one
 * teaching sentence each.
 */
import { DependencyError, Harness, describeOutcome, describeSetup, failTimes, show, type BreakerSetup, type CreateBreaker } from './breaker-calls';

const setup: BreakerSetup = { failureThreshold: 3, resetTimeoutMs: 10_000 };

/** A new breaker reads 'closed'. */
export function startsClosedProblems(create: CreateBreaker): string[] {
  const state = new Harness(create, setup).state();
  if (state === 'closed') return [];
  return [`A new ${describeSetup(setup)} has state ${show(state)}; expected "closed". A breaker starts closed: calls go through until the dependency fails.`];
}

/** call settles as fn does: same value, same error, also when fn throws instead of rejecting. */
export async function passThroughProblems(create: CreateBreaker): Promise<string[]> {
  const harness = new Harness(create, setup).at(0);
  const problems: string[] = [];
  const value = { id: 'ch_1', amount: 1999 };
  const ok = await harness.succeed(value);
  if (ok.kind !== 'resolved' || ok.value !== value || !ok.fnCalled) {
    problems.push(`call(fn) with an fn resolving to ${show(value)}: ${describeOutcome(ok)}. Call fn once and resolve with exactly what it resolved with.`);
  }
  const error = new DependencyError('card declined');
  const failed = await harness.fail(error);
  if (failed.kind !== 'rejected' || failed.error !== error) {
    problems.push(
      `call(fn) with an fn rejecting with an Error: ${describeOutcome(failed)}. Reject with fn's own error, unchanged: ` +
        'callers need its details, and the breaker only counts it.',
    );
  }
  const thrown = new DependencyError('socket closed');
  const threw = await harness.run(() => {
    throw thrown;
  });
  if (threw.kind !== 'rejected' || threw.error !== thrown) {
    problems.push(
      `call(fn) with an fn that throws instead of returning a promise: ${describeOutcome(threw)}. Treat a throw like a rejection: ` +
        'with `await fn()` inside try/catch in an async call, both end up in the catch.',
    );
  }
  return problems;
}

/** Any number of successes leaves the breaker closed, and every call reaches fn. */
export async function staysClosedProblems(create: CreateBreaker): Promise<string[]> {
  const harness = new Harness(create, setup).at(0);
  for (let i = 1; i <= 20; i += 1) {
    harness.at(i * 1_000);
    const outcome = await harness.succeed(i);
    if (outcome.kind !== 'resolved' || !outcome.fnCalled || harness.state() !== 'closed') {
      return [
        `${describeSetup(setup)}: call ${i} of 20 successful calls, one a second: ${describeOutcome(outcome)}, and state is ${show(harness.state())}. ` +
          'While calls succeed the breaker stays closed and every call reaches fn.',
      ];
    }
  }
  return [];
}

/** The breaker opens on exactly the `failureThreshold`-th failure in a row, not before. */
export async function thresholdProblems(create: CreateBreaker): Promise<string[]> {
  const problems: string[] = [];
  for (const failureThreshold of [3, 1, 5]) {
    const options = { failureThreshold, resetTimeoutMs: 10_000 };
    const harness = new Harness(create, options).at(0);
    for (let i = 1; i <= failureThreshold; i += 1) {
      const outcome = await harness.fail();
      const state = harness.state();
      const expected = i < failureThreshold ? 'closed' : 'open';
      if (!outcome.fnCalled || state !== expected) {
        const advice =
          i < failureThreshold
            ? `It should stay closed until failure ${failureThreshold}: count the failures and open when the count reaches failureThreshold.`
            : 'Open it on this failure: when the count of failures in a row reaches failureThreshold (count >= failureThreshold).';
        problems.push(
          `${describeSetup(options)}: after failure ${i} in a row the state is ${show(state)}${outcome.fnCalled ? '' : ' and fn was not called'}; ` +
            `expected "${expected}". ${advice}`,
        );
        break;
      }
    }
  }
  return problems;
}

/** Only failures in a row count: a success in between starts the count again. */
export async function consecutiveProblems(create: CreateBreaker): Promise<string[]> {
  const harness = new Harness(create, setup).at(0);
  const pattern = ['fail', 'fail', 'succeed', 'fail', 'fail', 'succeed', 'fail', 'fail'] as const;
  for (const [i, step] of pattern.entries()) {
    harness.at(i * 1_000);
    await (step === 'fail' ? failTimes(harness, 1) : harness.succeed());
    if (harness.state() !== 'closed') {
      return [
        `${describeSetup(setup)}: after ${pattern.slice(0, i + 1).join(', ')} the state is ${show(harness.state())}; expected "closed": ` +
          'there were never 3 failures in a row. Count consecutive failures, and set the count back to 0 on every success.',
      ];
    }
  }
  harness.at(pattern.length * 1_000);
  await failTimes(harness, 1);
  if (harness.state() === 'open') return [];
  return [
    `${describeSetup(setup)}: after ${pattern.join(', ')}, fail the state is ${show(harness.state())}; expected "open": ` +
      'the last three calls failed in a row.',
  ];
}
