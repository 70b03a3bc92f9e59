import type { Money } from '../store/records';
import { haversineKm } from './matching';
import type { LatLng } from './records';

/**
 * What a ride costs: a base fare plus a price per kilometre of great-circle distance from
 * pickup to dropoff, in whole cents. The sandbox has no road network, so the straight line
 * stands in for the route; a real service would price the driven distance.
 */

export const BASE_FARE_CENTS = 250;
export const CENTS_PER_KM = 120;
/** The fee for cancelling once the driver has been on the way longer than the grace period. */
export const CANCELLATION_FEE: Readonly<Money> = Object.freeze({ amount: 500, currency: 'EUR' });
/** Sandbox time after matching during which the rider may cancel for free. */
export const FREE_CANCELLATION_MS = 2 * 60_000;

/** The fare of a trip from `pickup` to `dropoff`. */
export function fareFor(pickup: LatLng, dropoff: LatLng): Money {
  return { amount: BASE_FARE_CENTS + Math.round(haversineKm(pickup, dropoff) * CENTS_PER_KM), currency: 'EUR' };
}

/** The fee for cancelling now: none before a driver matched or within the grace period, the flat fee after it. */
export function cancellationFee(ride: { matched_at: string | null }, now: number): Money | null {
  if (ride.matched_at === null) return null;
  return now - Date.parse(ride.matched_at) > FREE_CANCELLATION_MS ? { ...CANCELLATION_FEE } : null;
}
