// Matching a pickup with the nearest available drivers, by great-circle distance.
// The types MatchDriver, MatchPoint, MatchOptions and DriverMatch are known to the editor.

const EARTH_RADIUS_KM = 6371;

/** The great-circle distance between two points in kilometres. */
function distanceKm(a: MatchPoint, b: MatchPoint): number {
  // TODO: the haversine formula, on angles in radians.
  return 0;
}

/** The available drivers within radiusKm of the pickup (included), nearest first, ties by id, at most limit. */
export function findDrivers(drivers: readonly MatchDriver[], pickup: MatchPoint, { radiusKm = 5, limit = 5 }: MatchOptions = {}): DriverMatch[] {
  // A first draft: every driver, in the order they came. Keep only the available ones
  // within the radius, sort them nearest first (ties by id) and return at most limit.
  return drivers.map((driver) => ({ driver, distanceKm: distanceKm(pickup, driver.location) }));
}
