/**
 * The grader's geometry: great-circle distance (the oracle), the point a given distance
 * and bearing away (to place drivers around a pickup, across a pole or the antimeridian
 * as the sphere dictates), and a seeded random source so every city is the same each run.
 */

export const EARTH_RADIUS_KM = 6371;
const rad = (degrees: number) => (degrees * Math.PI) / 180;
const deg = (radians: number) => (radians * 180) / Math.PI;

/** Great-circle distance in km by the haversine formula, clamped so rounding never gives NaN. */
export function haversineKm(a: MatchPoint, b: MatchPoint): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** Longitude folded into [-180, 180). */
export const wrapLng = (lng: number): number => ((((lng + 180) % 360) + 360) % 360) - 180;

/** The point `km` away from `from` heading `bearing` radians (0 = north), on the sphere. */
export function destination(from: MatchPoint, bearing: number, km: number): MatchPoint {
  const angle = km / EARTH_RADIUS_KM;
  const lat1 = rad(from.lat);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
  const lng2 = rad(from.lng) + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  // Six decimals (about 0.1 m), as a phone reports a position.
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return { lat: round(deg(lat2)), lng: round(wrapLng(deg(lng2))) };
}

/** A seeded random source in [0, 1) (mulberry32): the same cities on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether the shortest way between the two points crosses the 180° meridian. */
export const crossesAntimeridian = (a: MatchPoint, b: MatchPoint): boolean => Math.abs(a.lng - b.lng) > 180;

/** `{ lat: 89.99, lng: -150 }` for messages. */
export const showPoint = (point: MatchPoint): string => `{ lat: ${point.lat}, lng: ${point.lng} }`;
