/**
 * The simulated city's street grid: straight streets every few hundred metres around the
 * centre, north–south and east–west, like a planned city. Drivers drive along these lines;
 * the map page draws the same lines, so a car is always on a street you can see.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

/** Where the city is (Berlin's centre; the seeded drivers stand within about 5 km). */
export const CITY_CENTER: LatLng = { lat: 52.52, lng: 13.405 };
/** Streets per side of the centre: 10 blocks of about 550 m, so the grid reaches about 5.5 km out. */
export const BLOCKS_PER_SIDE = 10;
/** Degrees between two parallel streets: about 555 m north–south, about 545 m east–west at this latitude. */
export const LAT_SPACING = 0.005;
export const LNG_SPACING = 0.008;

/** The street lines: latitudes of the east–west streets, longitudes of the north–south ones. */
export function streetLines(): { lats: number[]; lngs: number[] } {
  const steps = Array.from({ length: 2 * BLOCKS_PER_SIDE + 1 }, (_, i) => i - BLOCKS_PER_SIDE);
  return { lats: steps.map((i) => round(CITY_CENTER.lat + i * LAT_SPACING)), lngs: steps.map((i) => round(CITY_CENTER.lng + i * LNG_SPACING)) };
}

/** Grid coordinates (street numbers from the centre) of the intersection nearest to a point, kept inside the city. */
export function nearestCorner(point: LatLng): { row: number; col: number } {
  const clamp = (n: number) => Math.max(-BLOCKS_PER_SIDE, Math.min(BLOCKS_PER_SIDE, n));
  return { row: clamp(Math.round((point.lat - CITY_CENTER.lat) / LAT_SPACING)), col: clamp(Math.round((point.lng - CITY_CENTER.lng) / LNG_SPACING)) };
}

/** The position of an intersection. */
export function cornerAt(row: number, col: number): LatLng {
  return { lat: round(CITY_CENTER.lat + row * LAT_SPACING), lng: round(CITY_CENTER.lng + col * LNG_SPACING) };
}

/** The intersections one block away that are still inside the city. */
export function neighbours(row: number, col: number): { row: number; col: number }[] {
  return [
    { row: row + 1, col },
    { row: row - 1, col },
    { row, col: col + 1 },
    { row, col: col - 1 },
  ].filter((corner) => Math.abs(corner.row) <= BLOCKS_PER_SIDE && Math.abs(corner.col) <= BLOCKS_PER_SIDE);
}

/**
 * One step of at most `stepDeg` (in block-normalised degrees) from `from` towards `to`,
 * east–west first and then north–south, the way a car turns at a corner instead of
 * cutting across blocks. Returns the target itself once it is within reach.
 */
export function stepToward(from: LatLng, to: LatLng, stepBlocks: number): LatLng {
  let budget = stepBlocks;
  let { lat, lng } = from;
  const dLng = (to.lng - lng) / LNG_SPACING;
  const lngMove = Math.sign(dLng) * Math.min(Math.abs(dLng), budget);
  lng += lngMove * LNG_SPACING;
  budget -= Math.abs(lngMove);
  const dLat = (to.lat - lat) / LAT_SPACING;
  const latMove = Math.sign(dLat) * Math.min(Math.abs(dLat), budget);
  lat += latMove * LAT_SPACING;
  return { lat: round(lat), lng: round(lng) };
}

/** Same point, to the 1e-6 degree (about 10 cm) the sandbox reports. */
export function samePoint(a: LatLng, b: LatLng): boolean {
  return Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.lng - b.lng) < 1e-6;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
