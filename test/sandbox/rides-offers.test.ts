import { describe, expect, it } from 'vitest';
import { authSandbox } from './tenants-support';
import { call } from './support';

/** Requests meet the dispatcher: offers in turn, timeouts on the sandbox clock, and no driver matched twice. */

const trip = { pickup: { lat: 52.52, lng: 13.405 }, dropoff: { lat: 52.53, lng: 13.42 } };

describe('dispatching a requested ride', () => {
  it('never gives two riders requesting at once the same driver', async () => {
    const { sandbox, runtime, bearer } = authSandbox();
    const [ada, grace] = await Promise.all([
      call(sandbox, 'POST', '/api/v1/rides', { json: trip }),
      call(sandbox, 'POST', '/api/v1/rides', { headers: await bearer('grace'), json: trip }),
    ]);
    const rides = [ada.body.data.id as string, grace.body.data.id as string];
    const drivers = rides.map((id) => runtime.rides.dispatcher.offerOf(id)!.driverId);
    expect(new Set(drivers).size).toBe(2);
    // Both accept at once, and each driver also tries to grab the other ride: only the offered pairs match.
    const answers = await Promise.all([
      call(sandbox, 'POST', `/api/v1/rides/${rides[0]}/accept`, { json: { driver_id: drivers[0] } }),
      call(sandbox, 'POST', `/api/v1/rides/${rides[1]}/accept`, { json: { driver_id: drivers[0] } }),
      call(sandbox, 'POST', `/api/v1/rides/${rides[1]}/accept`, { json: { driver_id: drivers[1] } }),
      call(sandbox, 'POST', `/api/v1/rides/${rides[0]}/accept`, { json: { driver_id: drivers[1] } }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 409, 200, 409]);
    const matched = runtime.rides.rides.all().map((ride) => ride.driver_id);
    expect(matched).toEqual(drivers);
    expect(drivers.map((id) => runtime.rides.drivers.get(id)!.status)).toEqual(['busy', 'busy']);
  });

  it('lets only one of two rides racing for the same free driver have it', async () => {
    const { sandbox, runtime } = authSandbox();
    for (const driver of runtime.rides.drivers.all()) runtime.rides.drivers.update(driver.id, { status: 'offline' });
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push((await call(sandbox, 'POST', '/api/v1/rides', { json: trip })).body.data.id);
    expect(runtime.rides.rides.get(ids[0]!)!.note).toBe('no_driver_available');
    runtime.rides.drivers.update('drv_3', { status: 'available' });
    const answers = await Promise.all(ids.map((id) => call(sandbox, 'POST', `/api/v1/rides/${id}/accept`, { json: { driver_id: 'drv_3' } })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(runtime.rides.rides.all().filter((ride) => ride.driver_id === 'drv_3')).toHaveLength(1);
  });

  it('moves a lapsed offer to the next driver after 15 sandbox seconds, and refuses the late accept', async () => {
    const { sandbox, runtime } = authSandbox();
    const id = (await call(sandbox, 'POST', '/api/v1/rides', { json: trip })).body.data.id;
    const first = runtime.rides.dispatcher.offerOf(id)!.driverId;
    sandbox.clock.advance(15_000);
    expect((await call(sandbox, 'GET', `/api/v1/rides/${id}`)).body.data.status).toBe('requested');
    const second = runtime.rides.dispatcher.offerOf(id)!.driverId;
    expect(second).not.toBe(first);
    expect(runtime.rides.drivers.get(first)!.status).toBe('available');
    const late = await call(sandbox, 'POST', `/api/v1/rides/${id}/accept`, { json: { driver_id: first } });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('expired');
    const offers = runtime.events.since(0).filter((event) => event.type === 'ride.offered').map((event) => (event.data as { driver_id: string }).driver_id);
    expect(offers).toEqual([first, second]);
  });

  it('withdraws the open offer when the rider cancels', async () => {
    const { sandbox, runtime } = authSandbox();
    const id = (await call(sandbox, 'POST', '/api/v1/rides', { json: trip })).body.data.id;
    const driver = runtime.rides.dispatcher.offerOf(id)!.driverId;
    expect(runtime.rides.drivers.get(driver)!.status).toBe('offered');
    await call(sandbox, 'POST', `/api/v1/rides/${id}/cancel`);
    expect(runtime.rides.dispatcher.offerOf(id)).toBeNull();
    expect(runtime.rides.drivers.get(driver)!.status).toBe('available');
  });
});
