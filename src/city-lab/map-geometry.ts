import { BLOCKS_PER_SIDE, CITY_CENTER, LAT_SPACING, LNG_SPACING, streetLines } from '../../sandbox/rides/city-sim-grid';
import type { LatLng } from './lab-api';

/**
 * From the city's degrees to the map's pixels and back. The city is small (about 11 km
 * across), so a flat projection with longitude scaled by cos(latitude) keeps blocks square
 * without any map library or tiles.
 */

export const MAP_SIZE = 600;
const MARGIN = 0.6; // half a block around the outermost streets
const latHalf = (BLOCKS_PER_SIDE + MARGIN) * LAT_SPACING;
const lngHalf = (BLOCKS_PER_SIDE + MARGIN) * LNG_SPACING;

/** The SVG point of a position. */
export function toXY(point: LatLng): { x: number; y: number } {
  return {
    x: ((point.lng - (CITY_CENTER.lng - lngHalf)) / (2 * lngHalf)) * MAP_SIZE,
    y: (((CITY_CENTER.lat + latHalf) - point.lat) / (2 * latHalf)) * MAP_SIZE, // north is up
  };
}

/** The position under an SVG point (a click on the map), to the 1e-5 degree. */
export function toLatLng(x: number, y: number): LatLng {
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return { lat: round(CITY_CENTER.lat + latHalf - (y / MAP_SIZE) * 2 * latHalf), lng: round(CITY_CENTER.lng - lngHalf + (x / MAP_SIZE) * 2 * lngHalf) };
}

/** The street lines as SVG segments: east–west streets first, then north–south ones. */
export function streetSegments(): { x1: number; y1: number; x2: number; y2: number; key: string }[] {
  const { lats, lngs } = streetLines();
  const west = lngs[0]!, east = lngs[lngs.length - 1]!, south = lats[0]!, north = lats[lats.length - 1]!;
  const segment = (a: LatLng, b: LatLng, key: string) => {
    const p = toXY(a), q = toXY(b);
    return { x1: p.x, y1: p.y, x2: q.x, y2: q.y, key };
  };
  return [...lats.map((lat) => segment({ lat, lng: west }, { lat, lng: east }, `lat-${lat}`)), ...lngs.map((lng) => segment({ lat: south, lng }, { lat: north, lng }, `lng-${lng}`))];
}

/** Two preset trips inside the city, for "request a ride" without clicking the map. */
export const PRESET_TRIP: { pickup: LatLng; dropoff: LatLng } = {
  pickup: { lat: 52.5205, lng: 13.4093 },
  dropoff: { lat: 52.5351, lng: 13.4466 },
};
