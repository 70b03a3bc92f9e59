import { describe, expect, it } from 'vitest';
import { data, gql } from './graphql-helpers';
import { call } from './support';
import { authSandbox } from './tenants-support';

/** The rider app's GraphQL view (chapter 12): the viewer's rides, one ride with its driver, and nearby drivers. */

type Setup = ReturnType<typeof authSandbox>;
const trip = { pickup: { lat: 52.52, lng: 13.405 }, dropoff: { lat: 52.53, lng: 13.42 } };

async function requestRide({ sandbox }: Setup, headers?: Record<string, string>): Promise<string> {
  const res = await call(sandbox, 'POST', '/api/v1/rides', { json: trip, headers });
  expect(res.status, res.text).toBe(201);
  return res.body.data.id;
}

async function matchRide(setup: Setup, id: string): Promise<string> {
  const driverId = setup.runtime.rides.dispatcher.offerOf(id)!.driverId;
  const res = await call(setup.sandbox, 'POST', `/api/v1/rides/${id}/accept`, { json: { driver_id: driverId } });
  expect(res.status, res.text).toBe(200);
  return driverId;
}

const RIDE_SCREEN = `query RideScreen($id: ID!) {
  ride(id: $id) { id status pickup { lat lng } requestedAt matchedAt fare cancellationFee
    driver { id name rating status vehicle { model plate seats } location { lat lng } } }
}`;

describe('GraphQL rides view', () => {
  it('shows a matched ride with its driver, vehicle and position in one query', async () => {
    const setup = authSandbox();
    const id = await requestRide(setup);
    const driverId = await matchRide(setup, id);
    const driver = setup.runtime.rides.drivers.get(driverId)!;
    const { ride } = await data(setup.sandbox, RIDE_SCREEN, { variables: { id } });
    expect(ride).toMatchObject({ id, status: 'matched', pickup: trip.pickup, fare: null, cancellationFee: null });
    expect(ride.matchedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(ride.driver).toEqual({
      id: driverId,
      name: driver.name,
      rating: driver.rating,
      status: 'busy',
      vehicle: { model: driver.vehicle.model, plate: driver.vehicle.plate, seats: driver.vehicle.seats },
      location: driver.location,
    });
  });

  it('gives a requested ride no driver yet', async () => {
    const setup = authSandbox();
    const id = await requestRide(setup);
    const { ride } = await data(setup.sandbox, RIDE_SCREEN, { variables: { id } });
    expect(ride).toMatchObject({ status: 'requested', driver: null, matchedAt: null });
  });

  it("lists the viewer's rides newest first, bounded by first", async () => {
    const setup = authSandbox();
    const ids = [await requestRide(setup), await requestRide(setup), await requestRide(setup)];
    const { rides } = await data(setup.sandbox, '{ rides(first: 2) { id status } }');
    expect(rides.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[1]]);
  });

  it("hides another rider's ride as NOT_FOUND and leaves it out of rides", async () => {
    const setup = authSandbox();
    const graces = await requestRide(setup, await setup.bearer('grace'));
    const result = await gql(setup.sandbox, RIDE_SCREEN, { variables: { id: graces } });
    expect(result.body.data.ride).toBeNull();
    expect(result.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(result.body.errors[0].message).toContain(graces);
    expect((await data(setup.sandbox, '{ rides { id } }')).rides).toEqual([]);
  });

  it('returns available drivers within the radius, nearest first, like GET /drivers/nearby', async () => {
    const setup = authSandbox();
    const rest = await call(setup.sandbox, 'GET', '/api/v1/drivers/nearby?lat=52.52&lng=13.405&radius_km=2&limit=3');
    const { nearbyDrivers } = await data(setup.sandbox, '{ nearbyDrivers(lat: 52.52, lng: 13.405, radiusKm: 2, first: 3) { id distanceKm location { lat lng } } }');
    expect(nearbyDrivers.length).toBeGreaterThan(0);
    expect(nearbyDrivers.map((d: { id: string }) => d.id)).toEqual(rest.body.data.map((d: { id: string }) => d.id));
    const distances = nearbyDrivers.map((d: { distanceKm: number }) => d.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(2);
  });

  it('leaves out a driver who is busy with a ride', async () => {
    const setup = authSandbox();
    const driverId = await matchRide(setup, await requestRide(setup));
    const { nearbyDrivers } = await data(setup.sandbox, '{ nearbyDrivers(lat: 52.52, lng: 13.405, radiusKm: 10, first: 20) { id } }');
    expect(nearbyDrivers.map((d: { id: string }) => d.id)).not.toContain(driverId);
  });

  it('refuses a latitude off the globe with BAD_USER_INPUT naming the argument', async () => {
    const setup = authSandbox();
    const result = await gql(setup.sandbox, '{ nearbyDrivers(lat: 95, lng: 13.4) { id } }');
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'lat' });
    expect(result.body.errors[0].message).toContain('between -90 and 90');
  });
});
