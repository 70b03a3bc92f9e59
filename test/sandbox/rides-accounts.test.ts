import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../sandbox/index';
import type { ApiError } from '../../sandbox/patterns/errors';
import { TokenBuckets } from '../../sandbox/patterns/token-bucket';
import { takeRideRequest } from '../../sandbox/rides/ride-rate-limit';
import { authSandbox } from './tenants-support';
import { call, START } from './support';

/** Registering riders and drivers with a chapter 6 access token, tier rate limits, and drivers' positions. */

const trip = { pickup: { lat: 52.52, lng: 13.405 }, dropoff: { lat: 52.51, lng: 13.39 } };
const vehicle = { make: 'Fiat', model: '500e', plate: 'B-AL 1', seats: 3 };

describe('registration', () => {
  it('registers the signed-in user as a driver once, and refuses a second profile with 409 profile_exists', async () => {
    const { sandbox, bearer } = authSandbox();
    const created = await call(sandbox, 'POST', '/api/v1/drivers', { headers: await bearer('alan'), json: { name: 'Alan Turing', vehicle } });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ id: 'drv_13', user_id: 'usr_3', status: 'available', vehicle });
    expect(created.headers.get('Location')).toBe('/api/v1/drivers/drv_13');
    const again = await call(sandbox, 'POST', '/api/v1/drivers', { headers: await bearer('alan'), json: { name: 'Alan again', vehicle } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('profile_exists');
    expect(again.body.error.message).toContain('drv_13');
  });

  it('registers a rider for a user without one, basic unless asked, and refuses anonymous callers with 401', async () => {
    const { sandbox, runtime, bearer } = authSandbox();
    expect((await call(sandbox, 'POST', '/api/v1/riders', { json: { name: 'Nobody' } })).status).toBe(401);
    expect((await call(sandbox, 'POST', '/api/v1/riders', { headers: await bearer('grace'), json: { name: 'Grace' } })).body.error.code).toBe('profile_exists');
    runtime.rides.riders.remove('rdr_2');
    const created = await call(sandbox, 'POST', '/api/v1/riders', { headers: await bearer('grace'), json: { name: 'Grace H.' } });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ id: 'rdr_4', user_id: 'usr_2', tier: 'basic' });
    const ride = await call(sandbox, 'POST', '/api/v1/rides', { headers: await bearer('grace'), json: trip });
    expect(ride.body.data.rider_id).toBe('rdr_4');
  });

  it('asks a signed-in user without a rider profile to register before requesting a ride', async () => {
    const { sandbox, runtime, bearer } = authSandbox();
    runtime.rides.riders.remove('rdr_3');
    const res = await call(sandbox, 'POST', '/api/v1/rides', { headers: await bearer('alan'), json: trip });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('POST /api/v1/riders');
  });

  it('is undone by the sandbox reset', async () => {
    const { sandbox, runtime, bearer } = authSandbox();
    await call(sandbox, 'POST', '/api/v1/drivers', { headers: await bearer('ada'), json: { name: 'Ada', vehicle } });
    await call(sandbox, 'POST', '/api/v1/rides', { json: trip });
    sandbox.reset();
    expect(runtime.rides.drivers.all()).toHaveLength(12);
    expect(runtime.rides.rides.all()).toEqual([]);
  });
});

describe('rate limits by rider tier', () => {
  it('lets a basic rider request 5 rides a minute, then answers 429 with Retry-After and RateLimit headers', async () => {
    const { sandbox, bearer } = authSandbox();
    const headers = await bearer('grace');
    for (let i = 0; i < 5; i++) {
      const res = await call(sandbox, 'POST', '/api/v1/rides', { headers, json: trip });
      expect(res.status).toBe(201);
    }
    const limited = await call(sandbox, 'POST', '/api/v1/rides', { headers, json: trip });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('12');
    expect(limited.body.error.message).toContain('basic tier');
    sandbox.clock.advance(12_000);
    expect((await call(sandbox, 'POST', '/api/v1/rides', { headers, json: trip })).status).toBe(201);
  });

  it('lets a premium rider request 20, each rider on its own bucket', async () => {
    const { sandbox, bearer } = authSandbox();
    for (let i = 0; i < 20; i++) expect((await call(sandbox, 'POST', '/api/v1/rides', { json: trip })).status).toBe(201);
    expect((await call(sandbox, 'POST', '/api/v1/rides', { json: trip })).status).toBe(429);
    expect((await call(sandbox, 'POST', '/api/v1/rides', { headers: await bearer('alan'), json: trip })).status).toBe(201);
  });
});

describe('the ride-request bucket', () => {
  it('describes the tier in RateLimit-Policy and what is left in RateLimit, and refuses the sixth basic request', () => {
    const clock = createManualClock(START);
    const buckets = new TokenBuckets(clock);
    const rider = { id: 'rdr_2', user_id: 'usr_2', name: 'Grace', tier: 'basic' as const };
    for (let i = 0; i < 5; i++) expect(takeRideRequest(buckets, rider)).toEqual({ 'RateLimit-Policy': '"rides-basic";q=5;w=60', RateLimit: `"rides-basic";r=${4 - i};t=12` });
    clock.advance(3_000);
    const refused = (() => {
      try {
        takeRideRequest(buckets, rider);
      } catch (error) {
        return error as ApiError;
      }
    })();
    expect(refused?.code).toBe('rate_limit_exceeded');
    expect(refused?.headers).toMatchObject({ 'Retry-After': '9', RateLimit: '"rides-basic";r=0;t=9' });
    expect(takeRideRequest(buckets, { ...rider, id: 'rdr_1', tier: 'premium' })['RateLimit-Policy']).toBe('"rides-premium";q=20;w=60');
  });
});

describe('driver positions', () => {
  it('stores the position and publishes driver.location_updated with the ride the driver is on', async () => {
    const { sandbox, runtime } = authSandbox();
    const ride = (await call(sandbox, 'POST', '/api/v1/rides', { json: trip })).body.data.id;
    const driverId = runtime.rides.dispatcher.offerOf(ride)!.driverId;
    await call(sandbox, 'POST', `/api/v1/rides/${ride}/accept`, { json: { driver_id: driverId } });
    const moved = await call(sandbox, 'POST', `/api/v1/drivers/${driverId}/location`, { json: { lat: 52.521, lng: 13.406 } });
    expect(moved.body.data.location).toEqual({ lat: 52.521, lng: 13.406 });
    const event = runtime.events.since(0).find((row) => row.type === 'driver.location_updated');
    expect(event?.data).toEqual({ driver_id: driverId, ride_id: ride, lat: 52.521, lng: 13.406 });
  });

  it('lets only its own user move a registered driver, and rejects a latitude beyond 90', async () => {
    const { sandbox, bearer } = authSandbox();
    await call(sandbox, 'POST', '/api/v1/drivers', { headers: await bearer('ada'), json: { name: 'Ada', vehicle } });
    expect((await call(sandbox, 'POST', '/api/v1/drivers/drv_13/location', { headers: await bearer('grace'), json: { lat: 52.5, lng: 13.4 } })).status).toBe(403);
    expect((await call(sandbox, 'POST', '/api/v1/drivers/drv_13/location', { headers: await bearer('ada'), json: { lat: 52.5, lng: 13.4 } })).status).toBe(200);
    const invalid = await call(sandbox, 'POST', '/api/v1/drivers/drv_1/location', { json: { lat: 91, lng: 13.4 } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.details[0].field).toBe('lat');
  });

  it('lists drivers by status', async () => {
    const { sandbox } = authSandbox();
    const offline = await call(sandbox, 'GET', '/api/v1/drivers?status=offline');
    expect(offline.body.data.map((driver: { id: string }) => driver.id)).toEqual(['drv_11', 'drv_12']);
  });
});
