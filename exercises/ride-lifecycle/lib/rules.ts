/**
 * The grader's own reading of the exercise's rules: the lifecycle table, the 2-minute free
 * cancellation window, and the expected answer for any ride and event. It also says, in
 * words, why a move is allowed or refused, for the messages.
 */

export const STATUSES: readonly LifecycleStatus[] = ['requested', 'matched', 'driver_arriving', 'in_progress', 'completed', 'cancelled'];
export const EVENT_TYPES: readonly LifecycleEvent['type'][] = ['accept', 'decline', 'timeout', 'arrive', 'start', 'complete', 'cancel'];

const MOVES: Record<LifecycleStatus, Partial<Record<LifecycleEvent['type'], LifecycleStatus>>> = {
  requested: { accept: 'matched', decline: 'requested', timeout: 'requested', cancel: 'cancelled' },
  matched: { arrive: 'driver_arriving', cancel: 'cancelled' },
  driver_arriving: { start: 'in_progress', cancel: 'cancelled' },
  in_progress: { complete: 'completed' },
  completed: {},
  cancelled: {},
};

export const FREE_WINDOW_MS = 120_000;
export const FEE: LifecycleMoney = { amount: 500, currency: 'EUR' };
export const DRIVER = 'drv_7';

/** The status `event` leads to from `status`, or undefined when the lifecycle refuses it. */
export const targetOf = (status: LifecycleStatus, type: LifecycleEvent['type']): LifecycleStatus | undefined => MOVES[status][type];

/** The statuses a ride can move to from `status`, itself excluded, in lifecycle order. */
export function allowedFrom(status: LifecycleStatus): LifecycleStatus[] {
  const targets = new Set(Object.values(MOVES[status]));
  return STATUSES.filter((candidate) => candidate !== status && targets.has(candidate));
}

/** The event of a type, with a driver id for accept. */
export const eventOf = (type: LifecycleEvent['type']): LifecycleEvent => (type === 'accept' ? { type, driverId: DRIVER } : { type });

// A sandbox clock that is not 0, as a real clock never is.
export const T0 = 1_750_000_000_000;

/**
 * A ride in `status` as the lifecycle would have left it: requested at T0, matched 10 minutes
 * later (so a fee counted from the request would differ from one counted from the match).
 */
export function rideIn(status: LifecycleStatus, id = 'ride_42'): LifecycleRide {
  const base: LifecycleRide = {
    id,
    status,
    driverId: null,
    requestedAt: T0,
    matchedAt: null,
    startedAt: null,
    completedAt: null,
    cancelledAt: null,
    cancellationFee: null,
  };
  if (status === 'requested') return base;
  if (status === 'cancelled') return { ...base, cancelledAt: T0 + 30_000 };
  const matched = { ...base, driverId: DRIVER, matchedAt: T0 + 600_000 };
  if (status === 'matched' || status === 'driver_arriving') return matched;
  const started = { ...matched, startedAt: T0 + 900_000 };
  return status === 'in_progress' ? started : { ...started, completedAt: T0 + 2_100_000 };
}

/** What transition must answer, with ok: false answers compared by `allowed` only. */
export function expected(ride: LifecycleRide, event: LifecycleEvent, now: number): RideTransition {
  const to = targetOf(ride.status, event.type);
  if (to === undefined) return { ok: false, allowed: allowedFrom(ride.status), message: '' };
  const next: LifecycleRide = { ...ride, status: to };
  if (event.type === 'accept') Object.assign(next, { driverId: event.driverId, matchedAt: now });
  if (event.type === 'start') next.startedAt = now;
  if (event.type === 'complete') next.completedAt = now;
  if (event.type === 'cancel') {
    next.cancelledAt = now;
    next.cancellationFee = ride.matchedAt !== null && now - ride.matchedAt > FREE_WINDOW_MS ? { ...FEE } : null;
  }
  return { ok: true, ride: next };
}

/** Why the lifecycle allows or refuses `type` from `status`: one sentence a learner can act on. */
export function whyMove(status: LifecycleStatus, type: LifecycleEvent['type']): string {
  const to = targetOf(status, type);
  if (to !== undefined) {
    if (to === status) return `A ${type} while requested keeps the ride requested: the next driver gets the offer.`;
    return `${/^[aeiou]/.test(status) ? 'An' : 'A'} ${status} ride accepts ${type}, which moves it to ${to}.`;
  }
  if (status === 'completed' || status === 'cancelled') return `${status} is final: nothing can happen to the ride any more.`;
  if (status === 'in_progress' && type === 'cancel') return 'Once the trip has started the rider is in the car: an in_progress ride can only be completed.';
  if ((type === 'decline' || type === 'timeout') && status !== 'requested') {
    return `Only a requested ride is offered to drivers, so only it takes a ${type}; ${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status} ride already has its driver.`;
  }
  const accepts = Object.keys(MOVES[status]).join(', ');
  return `${/^[aeiou]/.test(status) ? 'An' : 'A'} ${status} ride accepts only ${accepts}.`;
}
