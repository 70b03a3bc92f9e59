import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../sandbox/rides/matching';
import { call, testSandbox } from './support';

const CENTER = { lat: 52.52, lng: 13.405 };
const nearby = (query: string) => `/api/v1/drivers/nearby?${query}`;

describe('GET /api/v1/drivers/nearby', () => {
  it('returns the nearest available seeded drivers first, with their distances', async () => {
    const sandbox = testSandbox();
    const res = await call(sandbox, 'GET', nearby('lat=52.52&lng=13.405'));
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ count: 5, has_more: true, radius_km: 5, limit: 5 });
    const distances = res.body.data.map((d: { distance_km: number }) => d.distance_km);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // drv_11 stands one block south of the centre but is offline, so drv_1 (one block north-east) comes first.
    expect(res.body.data[0].id).toBe('drv_1');
    expect(res.body.data.map((d: { id: string }) => d.id)).not.toContain('drv_11');
    expect(res.body.data[0].distance_km).toBeCloseTo(haversineKm(CENTER, res.body.data[0].location), 3);
    expect(res.body.links.self).toBe('/api/v1/drivers/nearby?lat=52.52&lng=13.405&radius_km=5&limit=5');
  });

  it('keeps to the radius and the limit, and says when the radius holds more', async () => {
    const sandbox = testSandbox();
    const all = await call(sandbox, 'GET', nearby('lat=52.52&lng=13.405&radius_km=50&limit=50'));
    expect(all.body.meta).toMatchObject({ count: 10, has_more: false });
    const small = await call(sandbox, 'GET', nearby('lat=52.52&lng=13.405&radius_km=1&limit=50'));
    expect(small.body.data.length).toBeGreaterThan(0);
    expect(small.body.data.every((d: { distance_km: number }) => d.distance_km <= 1)).toBe(true);
    expect(small.body.data.length).toBeLessThan(10);
  });

  it('finds nobody far from the city', async () => {
    const res = await call(testSandbox(), 'GET', nearby('lat=-16.5&lng=179.99'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: [], meta: { count: 0, has_more: false } });
  });

  it('sees a driver where it last reported its position', async () => {
    const sandbox = testSandbox();
    const moved = await call(sandbox, 'POST', '/api/v1/drivers/drv_6/location', { json: { lat: 52.5201, lng: 13.4051 } });
    expect(moved.status).toBe(200);
    const res = await call(sandbox, 'GET', nearby('lat=52.52&lng=13.405&limit=1'));
    expect(res.body.data[0]).toMatchObject({ id: 'drv_6', distance_km: 0.013 });
  });

  it('answers 422 naming the parameter when the pickup is missing or off the globe', async () => {
    const sandbox = testSandbox();
    const missing = await call(sandbox, 'GET', nearby('lng=13.405'));
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('validation_failed');
    expect(missing.body.error.details).toEqual([{ field: 'lat', code: 'required', message: 'lat is required.' }]);
    const offGlobe = await call(sandbox, 'GET', nearby('lat=91&lng=13.405'));
    expect(offGlobe.status).toBe(422);
    expect(offGlobe.body.error.details).toEqual([{ field: 'lat', code: 'too_big', message: 'lat must be at most 90, not 91.' }]);
    const badLimit = await call(sandbox, 'GET', nearby('lat=52.52&lng=13.405&limit=0'));
    expect(badLimit.status).toBe(422);
    expect(badLimit.body.error.details).toMatchObject([{ field: 'limit', code: 'too_small' }]);
  });

  it('leaves GET /api/v1/drivers/{id} working beside it', async () => {
    const res = await call(testSandbox(), 'GET', '/api/v1/drivers/drv_1');
    expect(res.status).toBe(200);
    expect(res.body.data.id).toBe('drv_1');
  });
});
