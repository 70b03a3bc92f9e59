/**
 * The checks, each returning its problems as teaching sentences. All compare the learner's
 * answers with ./rules for chosen rides, events and times; they differ in which
 * combinations they try, so each failure points at one rule.
 */
import { callTransition, describeCall, show, showTime, type Transition } from './calls';
import { EVENT_TYPES, FREE_WINDOW_MS, STATUSES, eventOf, expected, rideIn, targetOf, whyMove, T0 } from './rules';

const FIELDS: readonly (keyof LifecycleRide)[] = ['id', 'status', 'driverId', 'requestedAt', 'matchedAt', 'startedAt', 'completedAt', 'cancelledAt', 'cancellationFee'];
const same = (a: unknown, b: unknown) => show(a ?? null) === show(b ?? null);
/** `a matched`, `an in_progress`: the status with its article. */
const withArticle = (status: string) => `${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status}`;
const showList = (values: readonly string[]) => `[${values.join(', ')}]`;

function showField(field: keyof LifecycleRide, value: unknown): string {
  return field.endsWith('At') && (typeof value === 'number' || value === null) ? showTime(value as number | null) : show(value);
}

function feeAdvice(ride: LifecycleRide, now: number, want: LifecycleMoney | null): string {
  const since = ride.matchedAt === null ? null : (now - ride.matchedAt) / 1000;
  if (since === null) return 'A ride still requested has no driver on the way, so cancelling it is always free (cancellationFee: null).';
  const window = `${since} s after the driver accepted`;
  return want
    ? `${window}, the free window of 2 minutes is over: charge { amount: 500, currency: "EUR" }. Count from matchedAt, not from requestedAt.`
    : `${window}, cancelling is still free (cancellationFee: null): the fee applies only when MORE than 2 minutes (120000 ms) have passed since matchedAt; exactly 2 minutes is still free.`;
}

/** The first way `got` differs from what the rules expect, as one sentence, or null when it agrees. */
export function answerProblem(got: RideTransition, ride: LifecycleRide, event: LifecycleEvent, now: number): string | null {
  const want = expected(ride, event, now);
  const call = describeCall(ride, event, now);
  if (got.ok !== want.ok) {
    const said = got.ok ? `moved the ride to ${got.ride.status}` : `refused with allowed ${showList(got.allowed)}`;
    const should = want.ok ? `should move it to ${want.ride.status}` : 'should refuse';
    return `${call} ${said}; it ${should}. ${whyMove(ride.status, event.type)}`;
  }
  if (!got.ok && !want.ok) {
    const sorted = [...got.allowed].sort();
    if (same(sorted, [...want.allowed].sort())) return null;
    const events = got.allowed.filter((entry) => (EVENT_TYPES as readonly string[]).includes(entry));
    const missing = want.allowed.filter((status) => !got.allowed.includes(status));
    const tip = events.length
      ? `allowed lists the statuses the ride can move to (${showList(want.allowed)}), not the events it accepts (${events.join(', ')}).`
      : got.allowed.includes(ride.status)
        ? `allowed never lists the ride's own status (${ride.status}): it names where the ride can go instead.`
        : missing.length
          ? `${withArticle(ride.status)} ride can still move to ${missing.join(' and ')}; read allowed from the same table as the moves.`
          : `${withArticle(ride.status)} ride can move only to ${want.allowed.length ? want.allowed.join(' or ') : 'nothing: it is final'}.`;
    return `${call} refused with allowed ${showList(got.allowed)}; expected ${showList(want.allowed)}: ${tip}`;
  }
  if (got.ok && want.ok) {
    for (const field of FIELDS) {
      if (same(got.ride[field], want.ride[field])) continue;
      const base = `${call} gave ${field} = ${showField(field, got.ride[field])}; expected ${showField(field, want.ride[field])}.`;
      if (field === 'cancellationFee') return `${base} ${feeAdvice(ride, now, want.ride.cancellationFee)}`;
      if (field === 'status') return `${base} ${whyMove(ride.status, event.type)}`;
      if (field === 'driverId' || field === 'matchedAt') return `${base} An accept sets driverId to the event's driverId and matchedAt to now; nothing else changes them.`;
      return `${base} Set ${field} to now when that step happens, and carry every other field over unchanged ({ ...ride, status, ... }).`;
    }
  }
  return null;
}

/** Problems for a list of calls: each is made, then checked against the rules. */
function problemsFor(fn: Transition, calls: readonly { ride: LifecycleRide; event: LifecycleEvent; now: number }[]): string[] {
  return calls.flatMap(({ ride, event, now }) => {
    const problem = answerProblem(callTransition(fn, ride, event, now), ride, event, now);
    return problem ? [problem] : [];
  });
}

const minute = 60_000;

/** requested → matched → driver_arriving → in_progress → completed, with the timestamps and the driver. */
export function happyPathProblems(fn: Transition): string[] {
  const steps: { type: LifecycleEvent['type']; at: number }[] = [
    { type: 'accept', at: T0 + minute },
    { type: 'arrive', at: T0 + 5 * minute },
    { type: 'start', at: T0 + 6 * minute },
    { type: 'complete', at: T0 + 25 * minute },
  ];
  let ride = rideIn('requested');
  for (const step of steps) {
    const event = eventOf(step.type);
    const got = callTransition(fn, ride, event, step.at);
    const problem = answerProblem(got, ride, event, step.at);
    if (problem) return [`On the way from requested to completed: ${problem}`];
    ride = (expected(ride, event, step.at) as { ride: LifecycleRide }).ride;
  }
  return [];
}

/** A decline or a timed-out offer leaves a requested ride requested and otherwise as it was. */
export function offerProblems(fn: Transition): string[] {
  return problemsFor(fn, [eventOf('decline'), eventOf('timeout')].map((event) => ({ ride: rideIn('requested'), event, now: T0 + 20_000 })));
}

/** Cancelling: free while requested, free within 2 minutes of the match, 5.00 EUR after — exactly 2 minutes is free. */
export function feeProblems(fn: Transition): string[] {
  const offsets = [0, 30_000, FREE_WINDOW_MS - 1, FREE_WINDOW_MS, FREE_WINDOW_MS + 1, 10 * minute];
  const fromRequested = [minute, 15 * minute].map((at) => ({ ride: rideIn('requested'), event: eventOf('cancel'), now: T0 + at }));
  const fromMatched = (['matched', 'driver_arriving'] as const).flatMap((status) =>
    offsets.map((offset) => ({ ride: rideIn(status), event: eventOf('cancel'), now: rideIn(status).matchedAt! + offset })),
  );
  return problemsFor(fn, [...fromRequested, ...fromMatched]);
}

/** An in_progress, completed or cancelled ride cannot be cancelled. */
export function lateCancelProblems(fn: Transition): string[] {
  return problemsFor(fn, (['in_progress', 'completed', 'cancelled'] as const).map((status) => ({ ride: rideIn(status), event: eventOf('cancel'), now: T0 + 40 * minute })));
}

/** Every refused move names the statuses the ride can move to instead. */
export function refusalProblems(fn: Transition): string[] {
  const refused = STATUSES.flatMap((status) =>
    EVENT_TYPES.filter((type) => targetOf(status, type) === undefined).map((type) => ({ ride: rideIn(status), event: eventOf(type), now: T0 + 40 * minute })),
  );
  return problemsFor(fn, refused);
}

/** The whole grid: every status × event, compared field by field. */
export function gridProblems(fn: Transition): string[] {
  const calls = STATUSES.flatMap((status) => EVENT_TYPES.map((type) => ({ ride: rideIn(status), event: eventOf(type), now: T0 + 13 * minute })));
  const problems = problemsFor(fn, calls);
  if (problems.length === 0) return [];
  return [`${calls.length - problems.length} of ${calls.length} status × event pairs agree with the rules. ${problems[0]}`, ...problems.slice(1)];
}

