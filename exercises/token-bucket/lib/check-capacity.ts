/**
 * Bursts and buckets: how many requests a bucket lets through at once, that waiting
 * never fills it past its capacity, and that every key has a bucket of its own.
 * Each function returns its problems, one teaching sentence each.
 */
import { allowedCount, burst, describeSetup, replay, type CreateLimiter, type Setup } from './limiter-calls';

/** Settings whose bursts are checked: a single-token bucket included, where off-by-one shows most. */
const burstSetups: Setup[] = [
  { capacity: 5, refillPerSecond: 2 },
  { capacity: 1, refillPerSecond: 10 },
  { capacity: 3, refillPerSecond: 0.5 },
];

function burstAdvice(allowed: number, capacity: number): string {
  if (allowed === capacity - 1) {
    return 'One request too few: allow while at least one whole token is left (tokens >= 1, not > 1), and take it after deciding.';
  }
  if (allowed === capacity + 2) {
    return 'Nothing was refused: count the tokens in each key\'s bucket, take one per allowed request, and refuse when fewer than 1 is left.';
  }
  if (allowed === capacity + 1) {
    return 'One request too many: decide with the tokens there are before taking one, and refuse when fewer than 1 is left.';
  }
  return 'A new key starts with a full bucket of `capacity` tokens, and each allowed request takes exactly one.';
}

/** A fresh bucket lets exactly `capacity` requests through at once, then refuses. */
export function burstProblems(create: CreateLimiter): string[] {
  return burstSetups.flatMap((setup) => {
    // Two more than the capacity, so that "one too many" and "no limit at all" can be told apart.
    const decisions = replay(create, setup, burst(setup.capacity + 2, 0));
    const allowed = allowedCount(decisions);
    const inOrder = decisions.every((decision, i) => decision.allowed === i < setup.capacity);
    if (inOrder) return [];
    return [
      `${describeSetup(setup)}: of ${setup.capacity + 2} requests sent at the same moment, ${allowed} were allowed; ` +
        `expected the first ${setup.capacity} allowed and the other two refused. ${burstAdvice(allowed, setup.capacity)}`,
    ];
  });
}

/** However long a bucket waits, it holds at most `capacity` tokens. */
export function overfillProblems(create: CreateLimiter): string[] {
  const setup: Setup = { capacity: 4, refillPerSecond: 2 };
  const anHour = 3_600_000;
  const steps = [...burst(2, 0), ...burst(setup.capacity + 2, anHour)];
  const afterWait = replay(create, setup, steps).slice(2);
  const allowed = allowedCount(afterWait);
  if (allowed === setup.capacity) return [];
  const advice =
    allowed > setup.capacity
      ? 'Tokens stop flowing in when the bucket is full: cap the count with Math.min(capacity, tokens + earned), so a quiet client can burst to capacity and no further.'
      : 'An hour is long enough to fill the bucket again: add the tokens earned since the last request, with the time read from options.now().';
  return [
    `${describeSetup(setup)}: after two requests and an hour of quiet, ${allowed} of ${afterWait.length} requests sent at once ` +
      `were allowed; expected ${setup.capacity}. ${advice}`,
  ];
}

/** Each key has its own bucket: one client emptying theirs leaves everybody else's alone. */
export function keyProblems(create: CreateLimiter): string[] {
  const setup: Setup = { capacity: 3, refillPerSecond: 1 };
  const steps = [...burst(4, 0, 'alice'), ...burst(4, 0, 'bob'), ...burst(3, 45_000, 'carol'), { at: 45_000, key: 'dave' }];
  const decisions = replay(create, setup, steps);
  const pattern = (from: number, to: number) => decisions.slice(from, to).map((decision) => (decision.allowed ? 'allowed' : 'refused'));
  const expectedBurst = ['allowed', 'allowed', 'allowed', 'refused'];
  // A bucket that miscounts its burst is reported by burstProblems; judging keys by it would repeat that.
  if (pattern(0, 4).join() !== expectedBurst.join()) return [];
  const problems: string[] = [];
  const bob = pattern(4, 8);
  if (bob.join() !== expectedBurst.join()) {
    problems.push(
      `${describeSetup(setup)}: after "alice" used up her bucket, 4 requests from "bob" at the same moment were ${bob.join(', ')}; ` +
        `expected ${expectedBurst.join(', ')}. Keep one bucket per key (a Map from key to { tokens, time }), so one busy client cannot lock out the others.`,
    );
  }
  const late = pattern(8, 12);
  if (late.join() !== 'allowed,allowed,allowed,allowed') {
    problems.push(
      `${describeSetup(setup)}: "carol" and "dave", first seen 45 s in, had their requests ${late.join(', ')}; expected all four allowed. ` +
        'A key seen for the first time starts with a full bucket of its own.',
    );
  }
  return problems;
}
