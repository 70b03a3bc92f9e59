/**
 * Calling the learner's findDrivers and describing each call the way a message needs. The
 * drivers are frozen first: sorting or changing the caller's list throws, and the error
 * becomes a message about working on a copy.
 */
import { showPoint } from './geo';

export type FindDrivers = (drivers: readonly MatchDriver[], pickup: MatchPoint, options?: MatchOptions) => unknown;

export const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** `findDrivers(<80 drivers>, { lat: 52.52, lng: 13.405 }, { radiusKm: 5, limit: 5 })`. */
export function describeCall(drivers: readonly MatchDriver[], pickup: MatchPoint, options?: MatchOptions): string {
  const fields = Object.entries(options ?? {}).map(([key, value]) => `${key}: ${value}`);
  const given = options === undefined ? '' : `, { ${fields.join(', ')} }`;
  return `findDrivers(<${drivers.length} drivers>, ${showPoint(pickup)}${given})`;
}

/** The exported function, or an Error that says how to export it. */
export function exportedFindDrivers(exports: Record<string, unknown>): FindDrivers {
  const fn = exports.findDrivers;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named findDrivers (write "export function findDrivers(drivers, pickup, options) { ... }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as FindDrivers;
}

/** Frozen copies, so a call can neither reorder nor change what the next call sees. */
export function frozenDrivers(drivers: readonly MatchDriver[]): readonly MatchDriver[] {
  return Object.freeze(drivers.map((driver) => Object.freeze({ ...driver, location: Object.freeze({ ...driver.location }) })));
}

/** Calls findDrivers with frozen drivers and checks the shape of the answer. */
export function callFind(fn: FindDrivers, drivers: readonly MatchDriver[], pickup: MatchPoint, options?: MatchOptions): DriverMatch[] {
  const label = describeCall(drivers, pickup, options);
  let result: unknown;
  try {
    result = fn(Object.isFrozen(drivers) ? drivers : frozenDrivers(drivers), { ...pickup }, options === undefined ? undefined : { ...options });
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (error instanceof TypeError && /read[- ]only|frozen|not extensible|Cannot assign/i.test(reason)) {
      throw new Error(
        `${label} threw ${reason}. findDrivers changed the drivers it was given: drivers.sort(...) sorts the caller's list in place, ` +
          'and driver.distance = ... writes into the caller\'s driver. Sort a new array (filter first, or copy with [...drivers]) ' +
          'and put the distance beside the driver: { driver, distanceKm }.',
      );
    }
    if (options === undefined) {
      throw new Error(`${label} threw ${reason}. It was called without options: give them a default, ({ radiusKm = 5, limit = 5 }: MatchOptions = {}).`);
    }
    throw new Error(`${label} threw ${reason}. Return [] when no driver fits instead of throwing.`);
  }
  if (!Array.isArray(result)) {
    throw new Error(`${label} returned ${show(result)}; return an array of { driver, distanceKm }, [] when no driver fits.`);
  }
  const bad = result.find(
    (entry) => typeof entry !== 'object' || entry === null || typeof entry.driver?.id !== 'string' || typeof entry.distanceKm !== 'number' || Number.isNaN(entry.distanceKm),
  );
  if (bad !== undefined) {
    throw new Error(
      `${label} returned the entry ${show(bad) ?? String(bad)}; each entry is { driver, distanceKm }: the driver object as given and its distance from the pickup in km` +
        (typeof bad?.distanceKm === 'number' ? ' (NaN here: clamp the haversine term with Math.min(1, h) before Math.asin, or acos(x) for x a hair above 1).' : '.'),
    );
  }
  return result as DriverMatch[];
}
