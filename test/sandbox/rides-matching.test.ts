import { describe, expect, it } from 'vitest';
import { compareDriverIds, EARTH_RADIUS_KM, haversineKm, nearestDrivers, rankNearbyDrivers, type MatchableDriver } from '../../sandbox/rides/matching';
import type { DriverStatus, LatLng } from '../../sandbox/rides/records';
import { seedDrivers } from '../../sandbox/rides/seed';
import { seededRandom } from '../../sandbox/store/seeded-random';

/**
 * Matching against an oracle that shares no code with it: distance through 3-D unit vectors
 * (chord length → central angle), then filter, sort and cut by brute force.
 */

const toRad = (deg: number) => (deg * Math.PI) / 180;
function chordKm(a: LatLng, b: LatLng): number {
  const unit = (p: LatLng) => [Math.cos(toRad(p.lat)) * Math.cos(toRad(p.lng)), Math.cos(toRad(p.lat)) * Math.sin(toRad(p.lng)), Math.sin(toRad(p.lat))];
  const [x1, y1, z1] = unit(a);
  const [x2, y2, z2] = unit(b);
  const chord = Math.hypot(x1! - x2!, y1! - y2!, z1! - z2!);
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
}

function oracle(drivers: MatchableDriver[], pickup: LatLng, radiusKm: number, limit: number): string[] {
  const idNumber = (id: string) => Number(id.slice(id.indexOf('_') + 1));
  return drivers
    .filter((d) => d.status === 'available')
    .map((d) => ({ id: d.id, km: chordKm(pickup, d.location) }))
    .filter((d) => d.km <= radiusKm)
    .sort((a, b) => a.km - b.km || idNumber(a.id) - idNumber(b.id))
    .slice(0, limit)
    .map((d) => d.id);
}

const STATUSES: DriverStatus[] = ['available', 'available', 'available', 'offered', 'busy', 'offline'];
const wrapLng = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

/** A city of `count` drivers scattered up to `spreadKm` around `center`, with mixed statuses. */
function generatedCity(seed: number, center: LatLng, count: number, spreadKm: number): MatchableDriver[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const km = random() * spreadKm;
    const bearing = random() * 2 * Math.PI;
    // Destination point on the sphere, so positions past the pole or the antimeridian are still real points.
    const angle = km / EARTH_RADIUS_KM;
    const lat1 = toRad(center.lat);
    const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
    const lng2 = toRad(center.lng) + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
    return { id: `drv_${i + 1}`, status: STATUSES[Math.floor(random() * STATUSES.length)]!, location: { lat: (lat2 * 180) / Math.PI, lng: wrapLng((lng2 * 180) / Math.PI) } };
  });
}

describe('haversineKm', () => {
  const degreeKm = (2 * Math.PI * EARTH_RADIUS_KM) / 360;

  it('measures known distances between cities', () => {
    expect(haversineKm({ lat: 52.52, lng: 13.405 }, { lat: 48.8566, lng: 2.3522 })).toBeCloseTo(877.5, 0); // Berlin–Paris
    // Nashville–Los Angeles: the textbook 2887.26 km is for a 6372.8 km radius; scaled to the mean radius.
    expect(haversineKm({ lat: 36.12, lng: -86.67 }, { lat: 33.94, lng: -118.4 })).toBeCloseTo((2887.26 * EARTH_RADIUS_KM) / 6372.8, 1);
    expect(haversineKm({ lat: 51.5007, lng: -0.1246 }, { lat: 40.6892, lng: -74.0445 })).toBeCloseTo(5574.8, 0); // Big Ben–Statue of Liberty
  });

  it('gives one degree of arc along a meridian and along the equator', () => {
    expect(haversineKm({ lat: 10, lng: 7 }, { lat: 11, lng: 7 })).toBeCloseTo(degreeKm, 6);
    expect(haversineKm({ lat: 0, lng: 7 }, { lat: 0, lng: 8 })).toBeCloseTo(degreeKm, 6);
  });

  it('is zero for the same point and symmetric', () => {
    const a = { lat: -33.87, lng: 151.21 };
    const b = { lat: 35.68, lng: 139.69 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBe(haversineKm(b, a));
  });

  it('takes the short way across the antimeridian', () => {
    expect(haversineKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).toBeCloseTo(degreeKm, 6);
    expect(haversineKm({ lat: -16.5, lng: 179.99 }, { lat: -16.5, lng: -179.99 })).toBeLessThan(2.2);
  });

  it('stays right near and across the poles', () => {
    // 0.1° from the pole on opposite meridians: 0.2° of arc straight over the pole.
    expect(haversineKm({ lat: 89.9, lng: 0 }, { lat: 89.9, lng: 180 })).toBeCloseTo(0.2 * degreeKm, 6);
    // Every meridian meets at the pole, so the longitude there does not matter.
    expect(haversineKm({ lat: 90, lng: 0 }, { lat: 90, lng: 123 })).toBeCloseTo(0, 9);
    expect(haversineKm({ lat: -90, lng: 0 }, { lat: 90, lng: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it('returns half the circumference for antipodal points instead of NaN', () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm({ lat: 45, lng: 30 }, { lat: -45, lng: -150 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });
});

describe('nearestDrivers against a brute-force oracle', () => {
  const cities: [string, LatLng][] = [
    ['Berlin', { lat: 52.52, lng: 13.405 }],
    ['across the antimeridian (Fiji)', { lat: -16.5, lng: 179.995 }],
    ['just west of the antimeridian', { lat: 65, lng: -179.999 }],
    ['near the north pole', { lat: 89.99, lng: 40 }],
    ['at the south pole', { lat: -90, lng: 0 }],
    ['on the equator at the prime meridian', { lat: 0, lng: 0 }],
  ];

  for (const [name, center] of cities) {
    it(`agrees with the oracle ${name}`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const drivers = generatedCity(seed * 7919, center, 300, 9);
        const random = seededRandom(seed);
        const radiusKm = 0.5 + random() * 6;
        const limit = 1 + Math.floor(random() * 12);
        const got = nearestDrivers(drivers, center, { radiusKm, limit }).map((d) => d.id);
        const want = oracle(drivers, center, radiusKm, limit);
        expect(got, `seed ${seed}, radius ${radiusKm} km, limit ${limit}`).toEqual(want);
      }
    });
  }

  it('finds drivers on the other side of the antimeridian that a flat longitude filter would miss', () => {
    const drivers: MatchableDriver[] = [
      { id: 'drv_1', status: 'available', location: { lat: -16.5, lng: -179.99 } },
      { id: 'drv_2', status: 'available', location: { lat: -16.5, lng: 179.9 } },
    ];
    const ranked = rankNearbyDrivers(drivers, { lat: -16.5, lng: 179.99 }, { radiusKm: 5 });
    expect(ranked.map((r) => r.driver.id)).toEqual(['drv_1']);
    expect(ranked[0]!.distanceKm).toBeCloseTo(chordKm({ lat: -16.5, lng: 179.99 }, { lat: -16.5, lng: -179.99 }), 9);
  });
});

describe('nearestDrivers rules', () => {
  const pickup = { lat: 0, lng: 0 };
  const at = (id: string, lat: number, lng: number, status: DriverStatus = 'available'): MatchableDriver => ({ id, status, location: { lat, lng } });

  it('counts a driver exactly at the radius as inside, and one a hair beyond as outside', () => {
    const driver = at('drv_1', 0.01, 0.02);
    const exact = haversineKm(pickup, driver.location);
    expect(nearestDrivers([driver], pickup, { radiusKm: exact })).toEqual([driver]);
    expect(nearestDrivers([driver], pickup, { radiusKm: exact * (1 - 1e-12) })).toEqual([]);
  });

  it('offers only available drivers, never offered, busy or offline ones', () => {
    const drivers = [at('drv_1', 0.001, 0, 'offline'), at('drv_2', 0.002, 0, 'busy'), at('drv_3', 0.003, 0, 'offered'), at('drv_4', 0.02, 0)];
    expect(nearestDrivers(drivers, pickup).map((d) => d.id)).toEqual(['drv_4']);
  });

  it('orders equally far drivers by id the way people read ids (drv_2 before drv_10)', () => {
    // Mirror images about the pickup are exactly equally far.
    const drivers = [at('drv_10', 0, 0.01), at('drv_2', 0, -0.01), at('drv_3', 0.001, 0), at('drv_1', 0, 0.01)];
    expect(nearestDrivers(drivers, pickup).map((d) => d.id)).toEqual(['drv_3', 'drv_1', 'drv_2', 'drv_10']);
    expect(compareDriverIds('drv_2', 'drv_10')).toBeLessThan(0);
  });

  it('returns at most limit drivers, the nearest ones', () => {
    const drivers = Array.from({ length: 9 }, (_, i) => at(`drv_${i + 1}`, 0.001 * (9 - i), 0));
    expect(nearestDrivers(drivers, pickup, { limit: 3 }).map((d) => d.id)).toEqual(['drv_9', 'drv_8', 'drv_7']);
    expect(nearestDrivers(drivers, pickup).length).toBe(5);
    expect(nearestDrivers(drivers, pickup, { limit: 0 })).toEqual([]);
  });

  it('reports each distance with the driver', () => {
    const ranked = rankNearbyDrivers([at('drv_1', 0.01, 0)], pickup);
    expect(ranked[0]!.distanceKm).toBeCloseTo(chordKm(pickup, { lat: 0.01, lng: 0 }), 9);
  });

  it('finds every available seeded driver within the default 5 km of the city centre', () => {
    const drivers = seedDrivers();
    const found = nearestDrivers(drivers, { lat: 52.52, lng: 13.405 }, { limit: 100 });
    expect(found.map((d) => d.id).sort(compareDriverIds)).toEqual(drivers.filter((d) => d.status === 'available').map((d) => d.id));
  });

  it('rejects a negative radius or a fractional limit with a message that names the option', () => {
    expect(() => nearestDrivers([], pickup, { radiusKm: -1 })).toThrow(/radiusKm must be/);
    expect(() => nearestDrivers([], pickup, { limit: 2.5 })).toThrow(/limit must be a whole number/);
  });
});
