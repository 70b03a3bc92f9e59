/**
 * Driving the learner's breaker: a scripted clock, a stand-in dependency whose calls are
 * counted, and calls whose outcome is awaited with a guard, so a breaker that never
 * settles fails with a message instead of running into the time limit.
 */

export type CreateBreaker = (options: BreakerOptions) => unknown;

/** The breaker's settings for one scenario (the clock is added by the harness). */
export interface BreakerSetup {
  failureThreshold: number;
  resetTimeoutMs: number;
}

/** How one call() ended. */
export type Outcome =
  | { kind: 'resolved'; value: unknown; fnCalled: boolean }
  | { kind: 'rejected'; error: unknown; fnCalled: boolean };

/** The clock's reading when a scenario starts: not 0, as performance.now() rarely is. */
const clockStart = 1_000_000;

// Real time, used only as a guard: a settled promise is seen within microtasks, so
// anything still pending after this long is waiting for something that never comes.
const settleGuardMs = 200;

/** Shows a value the way a learner would write it. */
export const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** `createBreaker({ failureThreshold: 3, resetTimeoutMs: 10000 })`, for messages. */
export function describeSetup(setup: BreakerSetup): string {
  return `createBreaker({ failureThreshold: ${setup.failureThreshold}, resetTimeoutMs: ${setup.resetTimeoutMs} })`;
}

/** The exported factory, or an Error that says how to export it. */
export function exportedFactory(exports: Record<string, unknown>): CreateBreaker {
  const fn = exports.createBreaker;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named createBreaker (write "export function createBreaker(options) { ... }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as CreateBreaker;
}

/** The dependency's failure: a recognisable error, so the checks can tell it from a refusal. */
export class DependencyError extends Error {
  override name = 'DependencyError';
}

/** True when `error` is the breaker refusing a call, as the task defines it. */
export const isRefusal = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'CIRCUIT_OPEN';

/** True when call() refused, yet called fn anyway: the refusal came too late to spare the dependency. */
export const refusedAfterCalling = (outcome: Outcome): boolean =>
  outcome.fnCalled && outcome.kind === 'rejected' && isRefusal(outcome.error);

/** Advice for a call that reached fn while it should have been refused. */
export function reachedFnAdvice(outcome: Outcome, otherwise: string): string {
  return refusedAfterCalling(outcome)
    ? 'It was refused, but only after fn had been called: decide on the state first, and call fn only when the call is let through.'
    : otherwise;
}

/** A one-line account of an outcome, for messages. */
export function describeOutcome(outcome: Outcome): string {
  const called = outcome.fnCalled ? 'fn was called' : 'fn was not called';
  if (outcome.kind === 'resolved') return `it resolved with ${show(outcome.value)} (${called})`;
  const error = outcome.error;
  if (isRefusal(error)) return `it was refused with code "CIRCUIT_OPEN" (${called})`;
  if (error instanceof DependencyError) return `it rejected with fn's own error (${called})`;
  return `it rejected with ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)} (${called})`;
}

/** A breaker on a scripted clock, with helpers to call it the ways the checks need. */
export class Harness {
  readonly breaker: { call(fn: () => Promise<unknown>): unknown; state?: unknown };
  /** How many times the breaker called a function it was given. */
  fnCalls = 0;
  #time = clockStart;

  constructor(create: CreateBreaker, readonly setup: BreakerSetup) {
    let breaker: unknown;
    try {
      breaker = create({ ...setup, now: () => this.#time });
    } catch (error) {
      throw new Error(`${describeSetup(setup)} threw ${errorText(error)}. Creating a breaker should only set up its state.`);
    }
    if (typeof (breaker as { call?: unknown } | null)?.call !== 'function') {
      throw new Error(`${describeSetup(setup)} returned ${show(breaker)}. Return an object with a method call(fn) and a state property.`);
    }
    if (!('state' in (breaker as object))) {
      throw new Error(`${describeSetup(setup)} returned an object without state. Add it as a getter, get state() { ... }, that says where the breaker stands now.`);
    }
    this.breaker = breaker as Harness['breaker'];
  }

  /** Sets the clock to `ms` after the scenario's start. */
  at(ms: number): this {
    this.#time = clockStart + ms;
    return this;
  }

  /** The state, read as a property (or called, if it is a method), in the task's spelling when it is a variant of it. */
  state(): string {
    const raw = typeof this.breaker.state === 'function' ? (this.breaker.state as () => unknown).call(this.breaker) : this.breaker.state;
    if (typeof raw !== 'string') return show(raw);
    const squashed = raw.toLowerCase().replace(/[^a-z]/g, '');
    return squashed === 'halfopen' ? 'half-open' : squashed === 'open' || squashed === 'closed' ? squashed : raw;
  }

  /** Calls the breaker with a function that resolves with `value`. */
  succeed(value: unknown = { ok: true }): Promise<Outcome> {
    return this.#settle(() => Promise.resolve(value));
  }

  /** Calls the breaker with a function that rejects with `error`. */
  fail(error: unknown = new DependencyError('the dependency timed out')): Promise<Outcome> {
    return this.#settle(() => Promise.reject(error));
  }

  /** Calls the breaker with `fn` (counted) and waits for the outcome. */
  run(fn: () => Promise<unknown>): Promise<Outcome> {
    return this.#settle(fn);
  }

  /** Starts a call whose function stays pending until `finish` is called; for trials in flight. */
  startPending(): { outcome: Promise<Outcome>; fnCalled: () => boolean; finish: (value: unknown) => void } {
    let finish: (value: unknown) => void = () => {};
    const pending = new Promise((resolve) => (finish = resolve));
    const before = this.fnCalls;
    const outcome = this.#settle(() => pending, Number.POSITIVE_INFINITY);
    // A check may stop before awaiting it; a failure then must not surface as an unhandled rejection.
    outcome.catch(() => {});
    return { outcome, fnCalled: () => this.fnCalls > before, finish };
  }

  async #settle(fn: () => Promise<unknown>, guardMs = settleGuardMs): Promise<Outcome> {
    const before = this.fnCalls;
    const counted = () => {
      this.fnCalls += 1;
      const result = fn();
      // Mark it handled: a breaker that drops fn's promise must fail a check, not crash the run
      // with an unhandled rejection. The breaker's own await still sees the rejection.
      (result as Promise<unknown>).catch?.(() => {});
      return result;
    };
    let returned: unknown;
    try {
      returned = this.breaker.call(counted);
    } catch (error) {
      throw new Error(
        `call(fn) threw ${errorText(error)} instead of returning a rejected promise. Make call async (or return ` +
          'Promise.reject(error)), so that callers using await or .catch() both see the error.',
      );
    }
    if (typeof (returned as { then?: unknown } | null)?.then !== 'function') {
      throw new Error(`call(fn) returned ${show(returned)} instead of a promise. Make call async: it settles as fn does.`);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const guard = new Promise<'hung'>((resolve) => {
      if (Number.isFinite(guardMs)) timer = setTimeout(() => resolve('hung'), guardMs);
    });
    const settled = (returned as Promise<unknown>).then(
      (value) => ({ kind: 'resolved' as const, value }),
      (error: unknown) => ({ kind: 'rejected' as const, error }),
    );
    const result = await Promise.race([settled, guard]);
    clearTimeout(timer);
    if (result === 'hung') {
      throw new Error(
        `call(fn) had not settled ${settleGuardMs} ms after it was made (fn ${this.fnCalls > before ? 'was' : 'was not'} called, and settles at once). ` +
          'call should settle as soon as fn settles, and reject at once when it refuses; ' +
          'check for a promise that is never resolved or an await on something that never finishes.',
      );
    }
    return { ...result, fnCalled: this.fnCalls > before };
  }
}

/** Sends `count` calls that fail, one after the other. */
export async function failTimes(harness: Harness, count: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < count; i += 1) outcomes.push(await harness.fail());
  return outcomes;
}

/** A harness whose breaker was just opened at 0 ms by `failureThreshold` failures. */
export async function openedAtZero(create: CreateBreaker, setup: BreakerSetup): Promise<Harness> {
  const harness = new Harness(create, setup).at(0);
  await failTimes(harness, setup.failureThreshold);
  return harness;
}

/**
 * A problem when the breaker did not open on its failures: the checks of the open and
 * half-open states cannot run then, and say so rather than pass without looking.
 */
export function notOpenedProblem(harness: Harness): string[] {
  const state = harness.state();
  if (state === 'open') return [];
  return [
    `${describeSetup(harness.setup)}: after ${harness.setup.failureThreshold} failures in a row at 0 s the state is ${show(state)}, ` +
      'so this check found no open breaker to look at. Make it open on that failure first (see the check "opens after exactly failureThreshold failures in a row").',
  ];
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
