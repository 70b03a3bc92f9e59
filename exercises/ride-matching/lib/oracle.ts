/**
 * The brute-force oracle and the comparison with it. The oracle measures every driver
 * with the haversine formula; an answer is right when it holds the oracle's drivers in
 * the oracle's order. Distances may differ by a millimetre (any precise great-circle
 * formula is accepted), and drivers closer than that may come in either order, except
 * drivers on the very same spot, whose order must follow their ids.
 */
import { crossesAntimeridian, haversineKm, showPoint } from './geo';

export interface Search {
  drivers: readonly MatchDriver[];
  pickup: MatchPoint;
  radiusKm: number;
  limit: number;
}

interface Measured {
  driver: MatchDriver;
  km: number;
}

/** A millimetre, and a millionth of the distance: more than formulas differ by, less than any mistake. */
const tolerance = (km: number) => 1e-6 + 1e-6 * km;
const sameSpot = (a: MatchDriver, b: MatchDriver) => a.location.lat === b.location.lat && a.location.lng === b.location.lng;
// Below a kilometre in metres, to the millimetre: precision problems must be visible.
const km = (value: number) => (Math.abs(value) < 1 ? `${(value * 1000).toFixed(3)} m` : `${Math.round(value * 1000) / 1000} km`);

/** Every available driver within the radius, nearest first, ties by id: what findDrivers must return before the limit. */
export function candidates({ drivers, pickup, radiusKm }: Search): Measured[] {
  return drivers
    .filter((driver) => driver.status === 'available')
    .map((driver) => ({ driver, km: haversineKm(pickup, driver.location) }))
    .filter((entry) => entry.km <= radiusKm)
    .sort((a, b) => a.km - b.km || (a.driver.id < b.driver.id ? -1 : 1));
}

/** Why a flat-map shortcut gets this driver wrong, when the geometry suggests one. */
function geometryTip(pickup: MatchPoint, driver: MatchDriver): string {
  if (crossesAntimeridian(pickup, driver.location)) {
    return ` The way from the pickup to ${driver.id} crosses the 180° meridian (lng ${pickup.lng} to ${driver.location.lng}): a longitude difference of nearly 360° is really a small one. Haversine handles it; a bounding box or flat formula on raw degrees does not.`;
  }
  if (Math.abs(pickup.lat) > 80) {
    return ' Near a pole a degree of longitude is only metres wide, and the shortest way may pass over the pole: measure on the sphere (haversine, angles in radians), not in degrees.';
  }
  return '';
}

const describeDriver = (entry: Measured, pickup: MatchPoint) => `${entry.driver.id} (${entry.driver.status}, at ${showPoint(entry.driver.location)}, ${km(entry.km)} from the pickup)`;

/** The first way `got` differs from the oracle's answer, as one teaching sentence, or null. */
export function searchProblem(search: Search, got: readonly DriverMatch[], call: string): string | null {
  const { drivers, pickup, radiusKm, limit } = search;
  const byId = new Map(drivers.map((driver) => [driver.id, { driver, km: haversineKm(pickup, driver.location) }]));
  const ids = got.map((entry) => entry.driver.id);
  if (got.length > limit) return `${call} returned ${got.length} drivers; return at most limit = ${limit}, the nearest ones (slice after sorting).`;
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) return `${call} returned ${twice} twice; return each driver at most once.`;

  for (const entry of got) {
    const measured = byId.get(entry.driver.id);
    if (!measured) return `${call} returned ${show(entry.driver.id)}, which is not one of the drivers given; return the driver objects from the list.`;
    if (measured.driver.status !== 'available') {
      return `${call} returned ${describeDriver(measured, pickup)}. Only an available driver can take a ride: offered, busy and offline drivers must be skipped.`;
    }
    const error = Math.abs(entry.distanceKm - measured.km);
    if (error > tolerance(measured.km)) {
      // Off by under a metre on a short distance: the formula, not the idea, is at fault.
      const tip =
        error < 0.001 && measured.km < 1
          ? 'That is a precision problem: acos of a number very close to 1 (the spherical law of cosines) loses digits for short distances. The haversine formula stays precise there.'
          : 'Use the haversine formula on a sphere of radius 6371 km, with latitudes and longitudes converted to radians.' + geometryTip(pickup, measured.driver);
      return `${call} gave ${entry.driver.id} at ${showPoint(measured.driver.location)} a distance of ${km(entry.distanceKm)}; the great-circle distance is ${km(measured.km)}. ${tip}`;
    }
    if (measured.km > radiusKm + tolerance(radiusKm)) {
      return `${call} returned ${describeDriver(measured, pickup)}, outside the radius of ${radiusKm} km; keep only drivers with distanceKm <= radiusKm.`;
    }
  }

  for (let i = 0; i + 1 < got.length; i++) {
    const a = byId.get(ids[i]!)!;
    const b = byId.get(ids[i + 1]!)!;
    if (a.km > b.km + tolerance(b.km)) {
      return `${call} returned ${a.driver.id} (${km(a.km)}) before ${b.driver.id} (${km(b.km)}); sort nearest first, by distance from the pickup.`;
    }
    if (sameSpot(a.driver, b.driver) && a.driver.id > b.driver.id) {
      return (
        `${call} returned ${a.driver.id} before ${b.driver.id}, but they wait on the same spot ${showPoint(a.driver.location)}. ` +
        'Break ties by id (a.driver.id < b.driver.id), so the answer does not depend on the order the drivers came in.'
      );
    }
  }

  const all = candidates(search);
  const missing = all.filter((entry) => !ids.includes(entry.driver.id));
  const want = Math.min(limit, all.length);
  if (missing.length === 0) return null;
  const first = missing[0]!;
  if (got.length < want) {
    return (
      `${call} returned ${got.length} driver(s) but ${want} fit: it left out ${describeDriver(first, pickup)}, within the radius of ${radiusKm} km.` +
      geometryTip(pickup, first.driver)
    );
  }
  // Here got.length >= want: with limit 0 nothing is owed.
  if (got.length === 0) return null;
  const last = byId.get(ids[ids.length - 1]!)!;
  const nearer = first.km < last.km - tolerance(last.km) || (sameSpot(first.driver, last.driver) && first.driver.id < last.driver.id);
  if (!nearer) return null;
  return (
    `${call} left out ${describeDriver(first, pickup)} but returned ${describeDriver(last, pickup)}, which is not nearer. ` +
    'Sort every driver in range first, and only then keep the first limit.' +
    geometryTip(pickup, first.driver)
  );
}

const show = (value: unknown) => JSON.stringify(value);
