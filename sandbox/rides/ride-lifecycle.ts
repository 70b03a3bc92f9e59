import { setup, transition } from 'xstate';
import { ApiError } from '../patterns/errors';
import { RIDE_STATUSES, type RideStatus } from './records';

/**
 * The ride lifecycle, one machine for the action endpoints and for the `_actions` a ride
 * advertises, so a ride never offers a step the server would refuse:
 *
 *   requested ─accept─► matched ─arrive─► driver_arriving ─start─► in_progress ─complete─► completed
 *     │  ▲ decline / timeout (next candidate)     │                       │
 *     └──┴──────────── cancel ────────────────────┴───────────────────────┴──► cancelled
 *
 * Cancelling is the rider's: free while requested, and from matched or driver_arriving with a
 * fee once the driver has been on the way for more than two sandbox minutes (ride-cancellation.ts).
 * Once the trip has started it can only be completed. Completed and cancelled are final.
 */

/** Every event the machine knows, named as the verbs of the action endpoints. */
export const RIDE_EVENTS = ['accept', 'decline', 'timeout', 'arrive', 'start', 'complete', 'cancel'] as const;
export type RideEvent = (typeof RIDE_EVENTS)[number];

export const rideLifecycle = setup({ types: { events: {} as { type: `ride.${RideEvent}` } } }).createMachine({
  id: 'rideLifecycle',
  initial: 'requested',
  states: {
    // A decline or an offer that timed out keeps the ride waiting for the next candidate.
    requested: { on: { 'ride.accept': 'matched', 'ride.decline': 'requested', 'ride.timeout': 'requested', 'ride.cancel': 'cancelled' } },
    matched: { on: { 'ride.arrive': 'driver_arriving', 'ride.cancel': 'cancelled' } },
    driver_arriving: { on: { 'ride.start': 'in_progress', 'ride.cancel': 'cancelled' } },
    in_progress: { on: { 'ride.complete': 'completed' } },
    completed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

const snapshotOf = (status: RideStatus) => rideLifecycle.resolveState({ value: status });

/** The status a ride in `status` reaches on `event`, or null when the lifecycle refuses it. */
export function nextStatus(status: RideStatus, event: RideEvent): RideStatus | null {
  const snapshot = snapshotOf(status);
  if (!snapshot.can({ type: `ride.${event}` })) return null;
  const [next] = transition(rideLifecycle, snapshot, { type: `ride.${event}` });
  const value = next.value;
  return RIDE_STATUSES.find((candidate) => candidate === value) ?? null;
}

/** The events a ride in `status` accepts, in lifecycle order (empty when final). */
export function allowedEvents(status: RideStatus): RideEvent[] {
  return RIDE_EVENTS.filter((event) => nextStatus(status, event) !== null);
}

/** The statuses a ride in `status` can move to next (itself excluded), in lifecycle order. */
export function allowedNextStatuses(status: RideStatus): RideStatus[] {
  const reachable = new Set(allowedEvents(status).map((event) => nextStatus(status, event)));
  return RIDE_STATUSES.filter((candidate) => candidate !== status && reachable.has(candidate));
}

/** Whether nothing can happen to a ride in this status any more. */
export function isFinalRideStatus(status: RideStatus): boolean {
  return snapshotOf(status).status === 'done';
}

/**
 * The 409 for a step the lifecycle refuses. The message and the details name where the ride
 * stands and the statuses it can move to instead, so the client need not look the rules up.
 */
export function invalidRideTransition(ride: { id: string; status: RideStatus }, event: RideEvent): ApiError {
  const allowed = allowedNextStatuses(ride.status);
  const events = allowedEvents(ride.status).filter((name) => name !== 'timeout');
  const options =
    allowed.length > 0
      ? `from ${ride.status} it can move to ${allowed.join(' or ')} (POST .../${events.join(', .../')})`
      : `${ride.status} is final, so nothing can happen to it any more`;
  return new ApiError('invalid_ride_transition', `Ride ${ride.id} is ${ride.status} and cannot ${event}: ${options}. GET the ride: its _actions list what it accepts now.`, {
    param: 'id',
    details: [
      { field: 'status', code: 'current', message: ride.status },
      ...allowed.map((status) => ({ field: 'allowed', code: status, message: `${ride.id} may move to ${status}.` })),
    ],
  });
}
