import type { DriverStatus, LatLng } from './records';

/**
 * Matching, part one (chapter 12): which drivers are near a pickup. Distance is the
 * great-circle distance on a spherical Earth (haversine), so it stays right where flat
 * "degrees as metres" maths breaks: near the poles, where a degree of longitude shrinks to
 * nothing, and across the antimeridian, where 179.9° and -179.9° are neighbours.
 * A linear scan: 100,000 drivers take a few milliseconds, and it is the oracle a spatial
 * index would be checked against.
 */

/** The Earth's mean radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;
export const DEFAULT_RADIUS_KM = 5;
export const DEFAULT_LIMIT = 5;

/** What matching needs to know about a driver; the rides domain's DriverRecord fits. */
export interface MatchableDriver {
  id: string;
  status: DriverStatus;
  location: LatLng;
}

export interface NearbyOptions {
  /** Only drivers at most this far away (exactly at the radius counts as inside). Default 5. */
  radiusKm?: number;
  /** At most this many drivers. Default 5. */
  limit?: number;
}

/** One driver near the pickup and how far away it is. */
export interface RankedDriver<D extends MatchableDriver> {
  driver: D;
  distanceKm: number;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points in km (haversine formula).
 * @example haversineKm({ lat: 52.52, lng: 13.405 }, { lat: 48.8566, lng: 2.3522 }) // ≈ 878 (Berlin–Paris)
 */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  // sin² is periodic, so a longitude difference of 359.8° counts as 0.2°: the antimeridian needs no special case.
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodal points; asin of that would be NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/** Orders drivers by id the way people read them: drv_2 before drv_10. */
export function compareDriverIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Available drivers within the radius of the pickup with their distances, nearest first;
 * equally far drivers by id (drv_2 before drv_10); at most `limit` of them.
 */
export function rankNearbyDrivers<D extends MatchableDriver>(drivers: Iterable<D>, pickup: LatLng, options: NearbyOptions = {}): RankedDriver<D>[] {
  const { radiusKm = DEFAULT_RADIUS_KM, limit = DEFAULT_LIMIT } = options;
  checkOptions(radiusKm, limit);
  const inside: RankedDriver<D>[] = [];
  for (const driver of drivers) {
    if (driver.status !== 'available') continue;
    const distanceKm = haversineKm(pickup, driver.location);
    if (distanceKm <= radiusKm) inside.push({ driver, distanceKm });
  }
  inside.sort((a, b) => a.distanceKm - b.distanceKm || compareDriverIds(a.driver.id, b.driver.id));
  return inside.slice(0, limit);
}

/**
 * The drivers to offer a ride to, in order: available, within `radiusKm` (default 5) of the
 * pickup, nearest first, ties by id, at most `limit` (default 5).
 * @example const candidates = nearestDrivers(drivers.list(), ride.pickup); dispatcher.start(ride, candidates, hooks);
 */
export function nearestDrivers<D extends MatchableDriver>(drivers: Iterable<D>, pickup: LatLng, options: NearbyOptions = {}): D[] {
  return rankNearbyDrivers(drivers, pickup, options).map((ranked) => ranked.driver);
}

// A bad radius or limit is the caller's bug (the route validates its query first), so say how to call it.
function checkOptions(radiusKm: number, limit: number): void {
  if (!Number.isFinite(radiusKm) || radiusKm < 0) {
    throw new RangeError(`nearestDrivers: radiusKm must be a finite number of km, 0 or more; got ${radiusKm}.`);
  }
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`nearestDrivers: limit must be a whole number, 0 or more; got ${limit}.`);
  }
}
