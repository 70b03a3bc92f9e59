import type { Context } from 'hono';
import { principalOf } from '../auth/authenticate';
import type { SandboxEnv } from '../env';
import { ApiError, resourceNotFound } from '../patterns/errors';
import { resourcePath } from '../patterns/links';
import type { RideRecord, RiderRecord } from './records';
import { allowedEvents } from './ride-lifecycle';
import type { Rides } from './rides-store';

/** How a ride is shown (with `_actions` from its lifecycle), and who the caller is as a rider. */

/** The ride as the API shows it: the record plus the steps its lifecycle accepts now (timeouts are the dispatcher's, not a client's). */
export function presentRide(ride: RideRecord) {
  const _actions = allowedEvents(ride.status)
    .filter((event) => event !== 'timeout')
    .map((event) => ({ name: event, method: 'POST' as const, href: resourcePath('rides', ride.id, event) }));
  return { ...ride, _actions };
}

/** `{ data, links }` for one ride. */
export function rideBody(ride: RideRecord) {
  return { data: presentRide(ride), links: { self: resourcePath('rides', ride.id) } };
}

/**
 * The caller's rider profile. Signed in (chapter 6 Bearer token): the profile of that user,
 * or a 403 that says to register. Anonymous: the demo acts as Ada (usr_1), so the
 * capstone can be tried without logging in.
 */
export function callerRider(c: Context<SandboxEnv>, rides: Rides): RiderRecord {
  const userId = principalOf(c).userId ?? 'usr_1';
  const rider = rides.riders.all().find((row) => row.user_id === userId);
  if (!rider) {
    throw new ApiError('insufficient_permissions', `User ${userId} has no rider profile, so it cannot request or change rides. Register first: POST ${resourcePath('riders')} with {"name": "..."}.`);
  }
  return rider;
}

/** The ride with this id, or a 404 naming where the rides are. */
export function findRide(rides: Rides, id: string): RideRecord {
  const ride = rides.rides.get(id);
  if (!ride) throw resourceNotFound('ride', id, resourcePath('rides'));
  return ride;
}

/** Checks that the ride is the caller's own (the rider-side steps: cancel, rating). */
export function assertOwnRide(c: Context<SandboxEnv>, rides: Rides, ride: RideRecord): RiderRecord {
  const rider = callerRider(c, rides);
  if (ride.rider_id !== rider.id) {
    throw new ApiError('insufficient_permissions', `Ride ${ride.id} belongs to rider ${ride.rider_id}, not to you (${rider.id}); only its rider may cancel or rate it.`, { param: 'id' });
  }
  return rider;
}

/**
 * Checks that the caller may act as this driver: a registered driver only as its own user;
 * the seeded demo drivers (no user) by anyone, so the simulation and the learner can drive them.
 */
export function assertDriverCaller(c: Context<SandboxEnv>, driver: { id: string; user_id: string | null }): void {
  if (driver.user_id === null) return;
  const userId = principalOf(c).userId;
  if (userId !== driver.user_id) {
    throw new ApiError('insufficient_permissions', `Driver ${driver.id} belongs to user ${driver.user_id}; send that user's Bearer token to act as this driver.`, { param: 'driver_id' });
  }
}
