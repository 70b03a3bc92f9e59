/**
 * The generated cities the checks search: drivers scattered around a pickup with mixed
 * statuses, some sharing a spot (so ties must be broken by id), some right at the pickup,
 * in places where flat-map shortcuts fail: near both poles and across the antimeridian.
 * No driver is placed within 1 m of the radius, so rounding never decides a check; the
 * radius edge has checks of its own.
 */
import { destination, haversineKm, seededRandom, wrapLng } from './geo';

export interface City {
  name: string;
  pickup: MatchPoint;
  radiusKm: number;
  limit: number;
  drivers: MatchDriver[];
}

interface CityPlan {
  name: string;
  pickup: MatchPoint;
  radiusKm: number;
  limit: number;
  count: number;
  /** Drivers are placed up to this far from the pickup. */
  spreadKm: number;
  seed: number;
  /** Drivers placed by hand, e.g. on the other side of the antimeridian. */
  extra?: MatchPoint[];
}

const STATUS_WEIGHTS: [MatchDriverStatus, number][] = [
  ['available', 0.5],
  ['offered', 0.15],
  ['busy', 0.2],
  ['offline', 0.15],
];

function pickStatus(random: () => number): MatchDriverStatus {
  let roll = random();
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'available';
}

/** A driver id padded so that it sorts the same as a string and as a number: drv_0042. */
export const driverId = (n: number, width = 4): string => `drv_${String(n).padStart(width, '0')}`;

/** Builds one city from its plan: the same drivers, in the same shuffled order, on every run. */
export function buildCity(plan: CityPlan): City {
  const random = seededRandom(plan.seed);
  const spots: MatchPoint[] = [{ ...plan.pickup }, ...(plan.extra ?? [])];
  while (spots.length < plan.count) {
    const shared = spots.length > 3 && random() < 0.12;
    // Square root: spread evenly over the disc rather than bunched at the centre.
    const spot = shared ? { ...spots[Math.floor(random() * spots.length)]! } : destination(plan.pickup, random() * 2 * Math.PI, plan.spreadKm * Math.sqrt(random()));
    if (Math.abs(haversineKm(plan.pickup, spot) - plan.radiusKm) > 0.001) spots.push(spot);
  }
  const width = Math.max(4, String(plan.count).length);
  const drivers = spots.map((location, i) => ({ id: driverId(i + 1, width), status: pickStatus(random), location }));
  // Shuffle so the input order says nothing about distance or id.
  for (let i = drivers.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [drivers[i], drivers[j]] = [drivers[j]!, drivers[i]!];
  }
  return { name: plan.name, pickup: plan.pickup, radiusKm: plan.radiusKm, limit: plan.limit, drivers };
}

const fijiPickup = { lat: -16.8, lng: 179.99 };

/** The cities every search check runs on. */
export const CITY_PLANS: CityPlan[] = [
  { name: 'Berlin', pickup: { lat: 52.52, lng: 13.405 }, radiusKm: 5, limit: 5, count: 80, spreadKm: 8, seed: 1 },
  { name: 'Quito, on the equator', pickup: { lat: -0.18, lng: -78.47 }, radiusKm: 3, limit: 8, count: 80, spreadKm: 5, seed: 2 },
  {
    name: 'Fiji, across the antimeridian',
    pickup: fijiPickup,
    radiusKm: 5,
    limit: 8,
    count: 90,
    spreadKm: 8,
    seed: 3,
    extra: [{ lat: -16.8, lng: -179.995 }, { lat: -16.81, lng: wrapLng(180.01) }],
  },
  { name: 'Chukotka, on the antimeridian in the far north', pickup: { lat: 65.5, lng: 180 }, radiusKm: 10, limit: 10, count: 90, spreadKm: 15, seed: 4, extra: [{ lat: 65.5, lng: -180 }] },
  { name: 'A camp 500 m from the North Pole', pickup: { lat: 89.9955, lng: 40 }, radiusKm: 5, limit: 8, count: 90, spreadKm: 8, seed: 5 },
  { name: 'The South Pole station', pickup: { lat: -89.99, lng: 139.27 }, radiusKm: 4, limit: 6, count: 80, spreadKm: 6, seed: 6 },
  { name: 'Reykjavik, a wide search', pickup: { lat: 64.146, lng: -21.94 }, radiusKm: 100, limit: 20, count: 150, spreadKm: 150, seed: 7 },
];

export const CITIES: readonly City[] = CITY_PLANS.map(buildCity);

/** A city of 100,000 drivers around Berlin, for the speed figure. */
export const bigCity = (): City =>
  buildCity({ name: 'Berlin with 100,000 drivers', pickup: { lat: 52.52, lng: 13.405 }, radiusKm: 5, limit: 10, count: 100_000, spreadKm: 40, seed: 100 });
