import { ApiError } from '../patterns/errors';
import { resourcePath } from '../patterns/links';
import { nearestDrivers } from './matching';
import type { RideRecord } from './records';
import { assertStep, driverById, matchRide, type RideContext } from './ride-moves';

/**
 * Between a ride request and a match: the dispatcher (dispatch.ts) offers the ride to the
 * nearest available drivers (matching.ts) one at a time, and a driver's accept or decline
 * answers its offer. A ride nobody took stays requested with the note `no_driver_available`
 * (the rider may wait or cancel for free); any available driver may then take it directly.
 */

/** Starts offering a new ride to the drivers near its pickup. */
export function startDispatch(ctx: RideContext, ride: RideRecord): void {
  const candidates = nearestDrivers(ctx.rides.drivers.all(), ride.pickup);
  ctx.rides.dispatcher.start(ride, candidates, {
    onMatched: (driverId) => void matchRide(ctx, ctx.rides.rides.get(ride.id)!, driverId, true),
    onExhausted: () => void ctx.rides.rides.update(ride.id, { note: 'no_driver_available' }),
  });
}

/**
 * A driver's answer. To the ride's open offer it goes through the dispatcher (so no driver is
 * matched twice and the ride moves to the next candidate on a no); with no dispatch under way
 * (nobody took the ride) an available driver may take it directly. Anything else is a 409.
 */
export async function answerRide(ctx: RideContext, ride: RideRecord, driverId: string, accept: boolean): Promise<RideRecord> {
  assertStep(ride, accept ? 'accept' : 'decline');
  const driver = driverById(ctx.rides, driverId);
  const result = await ctx.rides.dispatcher.respond(ride.id, driver.id, accept);
  if (result.ok) return ctx.rides.rides.get(ride.id)!;
  if (result.reason === 'no_dispatch') return accept ? matchRide(ctx, ride, driver.id) : ride;
  throw new ApiError('driver_unavailable', `${result.message} GET ${resourcePath('rides', ride.id)} shows the ride; the ride.offered events name who holds each offer.`, { param: 'driver_id' });
}
