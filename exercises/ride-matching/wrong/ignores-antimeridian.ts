// Mistake: a bounding box skips far drivers before the haversine (a fair speed-up), but it
// compares raw longitudes. Across the 180° meridian, lng 179.99 and -179.99 are 0.02° apart,
// not 359.98°, so the nearest drivers on the other side are skipped.

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Haversine distance on a sphere. It works on angles, not on flat degrees, so a degree of
 * longitude shrinks towards the poles as it should, and sin² of half the longitude
 * difference is the same for +359° as for -1°: the antimeridian needs no special case.
 */
function distanceKm(a: MatchPoint, b: MatchPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // Rounding can push h a hair past 1 for points on opposite sides of the Earth: asin(>1) is NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** The available drivers within radiusKm of the pickup (included), nearest first, ties by id, at most limit. */
export function findDrivers(drivers: readonly MatchDriver[], pickup: MatchPoint, { radiusKm = 5, limit = 5 }: MatchOptions = {}): DriverMatch[] {
  const matches: DriverMatch[] = [];
  const latSpan = radiusKm / 111;
  const lngSpan = radiusKm / (111 * Math.max(0.01, Math.cos(toRadians(pickup.lat))));
  for (const driver of drivers) {
    if (driver.status !== 'available') continue;
    if (Math.abs(driver.location.lat - pickup.lat) > latSpan || Math.abs(driver.location.lng - pickup.lng) > lngSpan) continue;
    const distance = distanceKm(pickup, driver.location);
    if (distance <= radiusKm) matches.push({ driver, distanceKm: distance });
  }
  // Ties by id keep the answer the same whatever order the drivers came in.
  matches.sort((a, b) => a.distanceKm - b.distanceKm || (a.driver.id < b.driver.id ? -1 : a.driver.id > b.driver.id ? 1 : 0));
  return matches.slice(0, Math.max(0, limit));
}
