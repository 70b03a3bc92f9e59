import type { EventLog } from '../events/event-log';
import { ApiError } from '../patterns/errors';
import { resourcePath } from '../patterns/links';
import type { Clock } from '../store/clock';
import type { DriverRecord, RideRecord } from './records';
import { invalidRideTransition, nextStatus, type RideEvent } from './ride-lifecycle';
import { cancellationFee, fareFor } from './ride-fare';
import type { Rides } from './rides-store';

/**
 * The ride's steps with their side effects: each checks the lifecycle first (409 with the
 * allowed statuses), then changes the ride and its driver together and publishes the event
 * (`ride.matched`, `ride.driver_arriving`, ...). Payment is separate (ride-payment.ts),
 * because it waits on the provider and the ride must already be completed by then.
 */

export interface RideContext {
  rides: Rides;
  clock: Clock;
  events: EventLog;
}

const iso = (clock: Clock) => new Date(clock.now()).toISOString();

/** Throws the 409 unless the lifecycle lets the ride take `event` now. */
export function assertStep(ride: RideRecord, event: RideEvent): void {
  if (nextStatus(ride.status, event) === null) throw invalidRideTransition(ride, event);
}

/** The driver a ride names, or a 422 pointing at `driver_id`. */
export function driverById(rides: Rides, driverId: string): DriverRecord {
  const driver = rides.drivers.get(driverId);
  if (!driver) {
    throw new ApiError('validation_failed', `driver_id ${JSON.stringify(driverId)} is not the id of any driver; GET ${resourcePath('drivers')} lists them.`, {
      details: [{ field: 'driver_id', code: 'not_found', message: `No driver has the id ${JSON.stringify(driverId)}.` }],
    });
  }
  return driver;
}

/**
 * The requested ride is the driver's now: driver busy, ride matched, `ride.matched` published.
 * `reserved`: the dispatcher has already committed this driver to this ride (its accept), so the
 * driver's status is busy by design; otherwise the driver must be available and on no other ride.
 */
export function matchRide(ctx: RideContext, ride: RideRecord, driverId: string, reserved = false): RideRecord {
  assertStep(ride, 'accept');
  const driver = driverById(ctx.rides, driverId);
  const onAnotherRide = ctx.rides.rides.all().some((other) => other.id !== ride.id && other.driver_id === driver.id && isActive(other));
  if ((!reserved && driver.status !== 'available') || onAnotherRide) {
    throw new ApiError('driver_unavailable', `Driver ${driver.id} is ${onAnotherRide ? 'on another ride' : driver.status} and cannot take ride ${ride.id}. Pick an available driver from GET ${resourcePath('drivers')}?status=available.`, {
      param: 'driver_id',
    });
  }
  ctx.rides.drivers.update(driver.id, { status: 'busy' });
  const moved = ctx.rides.rides.update(ride.id, { status: 'matched', driver_id: driver.id, matched_at: iso(ctx.clock), note: null })!;
  ctx.events.publish('ride.matched', { ride_id: moved.id, rider_id: moved.rider_id, driver_id: driver.id });
  return moved;
}

/** matched → driver_arriving, in_progress → ... : the steps with no side effect but the event. */
export function advanceRide(ctx: RideContext, ride: RideRecord, event: 'arrive' | 'start'): RideRecord {
  assertStep(ride, event);
  const moved =
    event === 'arrive'
      ? ctx.rides.rides.update(ride.id, { status: 'driver_arriving' })!
      : ctx.rides.rides.update(ride.id, { status: 'in_progress', started_at: iso(ctx.clock) })!;
  ctx.events.publish(event === 'arrive' ? 'ride.driver_arriving' : 'ride.started', { ride_id: moved.id, rider_id: moved.rider_id, driver_id: moved.driver_id });
  return moved;
}

/** in_progress → completed with its fare; the driver is available again. The charge follows (ride-payment.ts). */
export function completeRide(ctx: RideContext, ride: RideRecord): RideRecord {
  assertStep(ride, 'complete');
  const fare = fareFor(ride.pickup, ride.dropoff);
  const moved = ctx.rides.rides.update(ride.id, { status: 'completed', completed_at: iso(ctx.clock), fare, payment_status: 'pending' })!;
  freeDriver(ctx.rides, moved.driver_id);
  if (moved.driver_id) ctx.rides.dispatcher.release(moved.driver_id);
  ctx.events.publish('ride.completed', { ride_id: moved.id, rider_id: moved.rider_id, driver_id: moved.driver_id, fare });
  return moved;
}

/** The rider cancels: free before matching or within the grace period, with the fee after it. */
export function cancelRide(ctx: RideContext, ride: RideRecord): RideRecord {
  assertStep(ride, 'cancel');
  const fee = cancellationFee(ride, ctx.clock.now());
  const moved = ctx.rides.rides.update(ride.id, { status: 'cancelled', cancelled_at: iso(ctx.clock), cancellation_fee: fee })!;
  if (ride.status === 'requested') ctx.rides.dispatcher.cancel(ride.id); // withdraws its open offer
  freeDriver(ctx.rides, moved.driver_id);
  if (moved.driver_id) ctx.rides.dispatcher.release(moved.driver_id);
  ctx.events.publish('ride.cancelled', { ride_id: moved.id, rider_id: moved.rider_id, driver_id: moved.driver_id, cancellation_fee: fee });
  return moved;
}

/** Whether the ride still holds its driver. */
export function isActive(ride: RideRecord): boolean {
  return ride.status === 'matched' || ride.status === 'driver_arriving' || ride.status === 'in_progress';
}

function freeDriver(rides: Rides, driverId: string | null): void {
  const driver = driverId ? rides.drivers.get(driverId) : undefined;
  if (driver && driver.status === 'busy') rides.drivers.update(driver.id, { status: 'available' });
}
