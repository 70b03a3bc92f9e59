import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFigures } from '../support/figures';
import { sendFuzzed, type FuzzRequest } from './sandbox-fuzz-harness';
import { fuzzSandbox, withRealTokens } from './sandbox-fuzz-target';
import { storeViolations } from './sandbox-invariants';
import { lifecycleRounds, rideLifecycle } from './sandbox-lifecycle-arbitrary';

/*
 * The route fuzz rarely gets a ride matched or a book lent twice by chance; this one drives
 * rides, loans and orders through their lifecycles on purpose, with rival requests sent at the
 * same moment and the clock moving between rounds. The store invariants (sandbox-invariants.ts)
 * are checked after every round, and every answer gets the route fuzz's checks.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_303);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// A bound so the suite stays fast; FUZZ_TIME_MS lifts it for a longer hunt.
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_MS ?? 12_000);

describe('fuzzing the lifecycles of rides, loans and orders', () => {
  it('keeps every ride to one driver, every book to one open loan and every order total right, with rival requests at once', { timeout: TIME_LIMIT_MS + 45_000 }, async (context) => {
    // Between rounds the clock stands still or moves up to 20 minutes (offers expire, loans fall due).
    const pause = fc.oneof(fc.constant(0), fc.nat(20 * 60_000));
    const rounds = lifecycleRounds.chain((list) => fc.tuple(...list.map((round) => fc.tuple(fc.constant(round), pause))));
    const findings: { message: string; rounds: FuzzRequest[][] }[] = [];
    let requests = 0;
    let sequences = 0;
    const reached = new Set<string>();
    console.log(`[fuzz] seed ${SEED} (set FUZZ_SEED to change it, FUZZ_RUNS and FUZZ_TIME_MS for a longer hunt)`);

    await fc.assert(
      fc.asyncProperty(rounds, async (sequence) => {
        sequences++;
        const sandbox = fuzzSandbox();
        for (const [round, wait] of sequence) {
          const answers = await Promise.all(round.map(async (request) => sendFuzzed(sandbox, { ...request, headers: await withRealTokens(sandbox, request.headers) })));
          requests += answers.length;
          for (const answer of answers) for (const message of answer.findings) findings.push({ message, rounds: sequence.map(([r]) => r) });
          for (const message of storeViolations(sandbox.store, sandbox.runtime)) findings.push({ message, rounds: sequence.map(([r]) => r) });
          for (const ride of sandbox.runtime.rides.rides.all()) reached.add(`ride ${ride.status}`);
          for (const loan of sandbox.store.loans.all()) reached.add(loan.returned_at ? 'loan returned' : 'loan open');
          for (const order of sandbox.store.orders.all()) reached.add(`order ${order.status}`);
          sandbox.clock.advance(wait);
        }
      }),
      // One whole ride runs first, so the states below are reached however few runs a busy machine allows.
      { seed: SEED, numRuns: NUM_RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, examples: [[rideLifecycle('ride_1', 'drv_1').map((round) => [round, 0] as [FuzzRequest[], number])]] },
    );

    const unique = [...new Map(findings.map((finding) => [finding.message.slice(0, 160), finding])).values()];
    recordFigures(context, { 'requests fuzzed': requests, 'failures found': unique.length });
    console.log(`[fuzz] ${sequences} sequences, ${requests} requests; states reached: ${[...reached].sort().join(', ')}`);
    const report = unique.slice(0, 10).map((finding) => `${finding.message}\n    after: ${finding.rounds.map((round) => round.map((request) => `${request.method} ${request.path}`).join(' & ')).join(' → ')}`);
    expect(report, `seed ${SEED}: ${unique.length} distinct failures`).toEqual([]);
    // The fuzz must reach the states the invariants are about, or it proves nothing.
    expect([...reached]).toEqual(expect.arrayContaining(['ride matched', 'ride completed', 'loan open', 'loan returned', 'order paid']));
  });
});
