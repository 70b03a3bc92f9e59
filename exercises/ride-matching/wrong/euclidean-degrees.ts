// Mistake: distance as Pythagoras on raw degrees, times the ~111 km of one degree. A
// degree of longitude is 111 km only at the equator (about 68 km in Berlin, metres at
// a pole), and the short way across the 180° meridian looks like 359 degrees.

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Haversine distance on a sphere. It works on angles, not on flat degrees, so a degree of
 * longitude shrinks towards the poles as it should, and sin² of half the longitude
 * difference is the same for +359° as for -1°: the antimeridian needs no special case.
 */
function distanceKm(a: MatchPoint, b: MatchPoint): number {
  const kmPerDegree = (2 * Math.PI * EARTH_RADIUS_KM) / 360;
  return Math.hypot(b.lat - a.lat, b.lng - a.lng) * kmPerDegree;
}

/** The available drivers within radiusKm of the pickup (included), nearest first, ties by id, at most limit. */
export function findDrivers(drivers: readonly MatchDriver[], pickup: MatchPoint, { radiusKm = 5, limit = 5 }: MatchOptions = {}): DriverMatch[] {
  const matches: DriverMatch[] = [];
  for (const driver of drivers) {
    if (driver.status !== 'available') continue;
    const distance = distanceKm(pickup, driver.location);
    if (distance <= radiusKm) matches.push({ driver, distanceKm: distance });
  }
  // Ties by id keep the answer the same whatever order the drivers came in.
  matches.sort((a, b) => a.distanceKm - b.distanceKm || (a.driver.id < b.driver.id ? -1 : a.driver.id > b.driver.id ? 1 : 0));
  return matches.slice(0, Math.max(0, limit));
}
