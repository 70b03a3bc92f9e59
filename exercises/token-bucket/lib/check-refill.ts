/**
 * Refill and time: tokens come back at the configured rate, fractions of a token are
 * kept, refused requests cost nothing, and the time comes only from the injected clock,
 * which may step back. Each function returns its problems, one teaching sentence each.
 */
import {
  allowedCount,
  burst,
  describeSetup,
  lastDecision,
  replay,
  show,
  type CreateLimiter,
  type Setup,
  type Step,
} from './limiter-calls';

interface Probe {
  setup: Setup;
  /** Requests sent after emptying the bucket at 0 s. */
  then: Step[];
  /** How many of `then` must be allowed; they must come first. */
  allowed: number;
  /** Why, in words, for the message. */
  because: string;
}

// Each probe starts from an empty bucket and stays well clear of the exact moment a
// token is due, so correct arithmetic in any order (seconds or milliseconds, floats or
// whole tokens) gives the same answer.
const refillProbes: Probe[] = [
  { setup: { capacity: 5, refillPerSecond: 2 }, then: burst(1, 450), allowed: 0, because: 'the first token is due at 0.5 s' },
  { setup: { capacity: 5, refillPerSecond: 2 }, then: burst(1, 550), allowed: 1, because: 'one token came back at 0.5 s' },
  { setup: { capacity: 5, refillPerSecond: 2 }, then: burst(4, 1_550), allowed: 3, because: 'three tokens came back by 1.5 s' },
  { setup: { capacity: 3, refillPerSecond: 0.5 }, then: burst(1, 1_900), allowed: 0, because: 'at 0.5 a second the first token is due at 2 s' },
  { setup: { capacity: 3, refillPerSecond: 0.5 }, then: burst(1, 2_100), allowed: 1, because: 'one token came back at 2 s' },
  { setup: { capacity: 3, refillPerSecond: 0.5 }, then: burst(3, 4_300), allowed: 2, because: 'two tokens came back by 4 s' },
];

/** After emptying a bucket, requests are refused until a token is due and allowed after. */
export function refillProblems(create: CreateLimiter): string[] {
  return refillProbes.flatMap(({ setup, then, allowed, because }) => {
    const decisions = replay(create, setup, [...burst(setup.capacity, 0), ...then]).slice(setup.capacity);
    if (decisions.every((decision, i) => decision.allowed === i < allowed)) return [];
    const at = then[0]!.at / 1000;
    const tooFew = allowedCount(decisions) < allowed;
    return [
      `${describeSetup(setup)}: after emptying the bucket at 0 s, ${allowedCount(decisions)} of ${then.length} request(s) at ${at} s ` +
        `were allowed; expected ${allowed}, because ${because}. ` +
        (tooFew
          ? 'Add elapsedSeconds × refillPerSecond tokens on every take, counting fractions of a second: elapsed time is (now() - last) / 1000.'
          : 'A token comes back every 1 / refillPerSecond seconds, no sooner: mind the units (now() is in milliseconds).'),
    ];
  });
}

/**
 * A problem when a request `at` ms after emptying the bucket is refused. Checks that build
 * on refill use it as a control, so a limiter that does not refill gets a pointer to the
 * refill check instead of advice about something else.
 */
function noRefillProblem(create: CreateLimiter, setup: Setup, at: number): string[] {
  if (lastDecision(create, setup, [...burst(setup.capacity, 0), { at, key: 'alice' }]).allowed) return [];
  return [
    `${describeSetup(setup)}: after emptying the bucket at 0 s, a request at ${at / 1000} s was refused, although a token was back by then, ` +
      'so this check could not look further. Make the bucket refill first (see the check "brings tokens back at refillPerSecond").',
  ];
}

/** Frequent requests still earn tokens: the fraction earned between two requests is kept. */
export function fractionProblems(create: CreateLimiter): string[] {
  const setup: Setup = { capacity: 3, refillPerSecond: 1 };
  // Tokens before each take: 3, 2.4, 1.8, 1.2, then 0.6 (refused).
  const steps = [0, 400, 800, 1_200, 1_600].map((at) => ({ at, key: 'alice' }));
  const got = replay(create, setup, steps).map((decision) => decision.allowed);
  const expected = [true, true, true, true, false];
  if (show(got) === show(expected)) return [];
  const noRefill = noRefillProblem(create, setup, 3_000);
  if (noRefill.length) return noRefill;
  return [
    `${describeSetup(setup)}: requests every 0.4 s from 0 s to 1.6 s were allowed ${show(got)}; expected ${show(expected)}. ` +
      'Each gap earns 0.4 of a token, so the fourth request (at 1.2 s) still finds 1.2 tokens. Keep the fractional ' +
      'tokens: do not round what was earned down to whole tokens while moving the last-refill time to now, or short gaps earn nothing.',
  ];
}

/** Refused requests take no token, so a client that keeps knocking gets in as soon as a token is due. */
export function refusalCostProblems(create: CreateLimiter): string[] {
  const setup: Setup = { capacity: 2, refillPerSecond: 2 };
  const decisions = replay(create, setup, [...burst(2, 0), ...burst(10, 100), { at: 550, key: 'alice' }]);
  const last = decisions[decisions.length - 1]!;
  const refused = decisions.slice(2, 12).filter((decision) => !decision.allowed).length;
  if (refused === 10 && last.allowed) return [];
  const noRefill = noRefillProblem(create, setup, 550);
  if (noRefill.length) return noRefill;
  if (refused !== 10) {
    return [`${describeSetup(setup)}: with the bucket empty, ${10 - refused} of 10 requests at 0.1 s were allowed; expected all refused, since the next token is due at 0.5 s.`];
  }
  return [
    `${describeSetup(setup)}: after emptying the bucket and 10 refused requests at 0.1 s, a request at 0.55 s was refused; ` +
      'a token came back at 0.5 s. A refused request must not take a token or push the count below zero: check tokens >= 1 first, and subtract only when allowing.',
  ];
}

/** The limiter reads the injected clock: moving it forward refills the bucket. */
export function injectedClockProblems(create: CreateLimiter): string[] {
  const setup: Setup = { capacity: 2, refillPerSecond: 1 };
  if (lastDecision(create, setup, [...burst(2, 0), { at: 60_000, key: 'alice' }]).allowed) return [];
  return [
    `${describeSetup(setup)}: after emptying the bucket, the clock was moved 60 s forward, yet the next request was refused. ` +
      'The limiter seems to read another clock (Date.now() or performance.now()): take the time only ' +
      'from options.now(), which lets tests, replays and the sandbox control it.',
  ];
}

/** A clock that steps back neither adds tokens nor takes any away, and remaining stays at 0 or above. */
export function backwardClockProblems(create: CreateLimiter): string[] {
  const setup: Setup = { capacity: 5, refillPerSecond: 2 };
  // Three requests at 10 s leave 2 tokens; then the clock reads 5 s, as a wall clock can after a correction.
  const steps = [...burst(3, 10_000), ...burst(3, 5_000)];
  const decisions = replay(create, setup, steps);
  const before = decisions.slice(0, 3).map((decision) => decision.remaining);
  if (show(before) !== show([4, 3, 2])) {
    return [
      `${describeSetup(setup)}: 3 requests at 10 s gave remaining = ${show(before)}; expected [4,3,2]. ` +
        'The step-back check needs a bucket that counts its tokens; make the burst and remaining checks pass first.',
    ];
  }
  const after = decisions.slice(3);
  const got = after.map((decision) => [decision.allowed, decision.remaining]);
  const expected = [[true, 1], [true, 0], [false, 0]];
  // Right after the step back, 2 tokens were left: an allowed request leaving 1 shows the
  // step was handled; what the next two get at that same moment is the burst's business.
  if (show(got) === show(expected) || show(got[0]) === show([true, 1])) return [];
  const negative = after.some((decision) => decision.remaining < 0);
  const gained = allowedCount(after) > 2;
  const cause = negative
    ? 'remaining went below zero: the negative elapsed time was subtracted from the tokens.'
    : gained
      ? 'the step back added tokens.'
      : 'the step back took tokens away.';
  return [
    `${describeSetup(setup)}: 3 requests at 10 s left 2 tokens; then the clock read 5 s, and 3 more requests got ` +
      `[allowed, remaining] = ${show(got)}; expected ${show(expected)}: ${cause} When now() reads less than before, ` +
      'treat it as no time passed: elapsed = Math.max(0, now - last).',
  ];
}

