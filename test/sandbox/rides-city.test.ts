import { describe, expect, it } from 'vitest';
import { authSandbox } from './tenants-support';
import { call } from './support';

/** Lets the manual clock's sleepers wake, one macrotask at a time. */
async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('GET/PUT /api/v1/sandbox/city', () => {
  it('starts paused at speed 1 with links to the drivers and the stream', async () => {
    const { sandbox } = authSandbox();
    const { status, body } = await call(sandbox, 'GET', '/api/v1/sandbox/city');
    expect(status).toBe(200);
    expect(body).toMatchObject({ running: false, speed: 1, ticks: 0, tick_interval_ms: 1000, links: { drivers: '/api/v1/drivers' } });
  });

  it('answers 422 naming the field when the speed is out of range', async () => {
    const { sandbox } = authSandbox();
    const { status, body } = await call(sandbox, 'PUT', '/api/v1/sandbox/city', { json: { speed: 50 } });
    expect(status).toBe(422);
    expect(JSON.stringify(body.error)).toContain('speed');
  });

  it('moves the seeded drivers through POST /drivers/{id}/location while running, and stops on pause', async () => {
    const { sandbox, runtime } = authSandbox();
    const before = (await call(sandbox, 'GET', '/api/v1/drivers/drv_1')).body.data.location;
    const { body } = await call(sandbox, 'PUT', '/api/v1/sandbox/city', { json: { running: true, speed: 10 } });
    expect(body).toMatchObject({ running: true, speed: 10, tick_interval_ms: 100 });
    await settle();
    await call(sandbox, 'PUT', '/api/v1/sandbox/city', { json: { running: false } });
    const updates = runtime.events.since(0).filter((event) => event.type === 'driver.location_updated');
    expect(updates.length).toBeGreaterThan(12);
    expect(updates[0]!.data).toMatchObject({ driver_id: 'drv_1', ride_id: null });
    const after = (await call(sandbox, 'GET', '/api/v1/drivers/drv_1')).body.data.location;
    expect(after).not.toEqual(before);
    const count = runtime.events.latestId;
    await settle();
    expect(runtime.events.latestId).toBe(count);
  });

  it('has a simulated driver accept a requested ride after a short delay', async () => {
    const { sandbox, runtime } = authSandbox();
    await call(sandbox, 'PUT', '/api/v1/sandbox/city', { json: { running: true } });
    const created = await call(sandbox, 'POST', '/api/v1/rides', { json: { pickup: { lat: 52.5205, lng: 13.4093 }, dropoff: { lat: 52.5351, lng: 13.4466 } } });
    expect(created.status).toBe(201);
    const rideId = created.body.data.id as string;
    for (let i = 0; i < 20 && !runtime.events.since(0).some((event) => event.type === 'ride.matched'); i++) await settle();
    await call(sandbox, 'PUT', '/api/v1/sandbox/city', { json: { running: false } });
    const ride = (await call(sandbox, 'GET', `/api/v1/rides/${rideId}`)).body.data;
    expect(ride.status).toBe('matched');
    const offered = runtime.events.since(0).find((event) => event.type === 'ride.offered')!;
    expect((offered.data as { driver_id: string }).driver_id).toBe(ride.driver_id);
  });

  it('stops the city and puts it back to speed 1 on a sandbox reset', async () => {
    const { sandbox } = authSandbox();
    await call(sandbox, 'PUT', '/api/v1/sandbox/city', { json: { running: true, speed: 5 } });
    await settle(3);
    expect((await call(sandbox, 'POST', '/api/v1/sandbox/reset')).status).toBe(204);
    const { body } = await call(sandbox, 'GET', '/api/v1/sandbox/city');
    expect(body).toMatchObject({ running: false, speed: 1, ticks: 0 });
  });
});
