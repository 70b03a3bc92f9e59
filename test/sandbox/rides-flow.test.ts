import { describe, expect, it } from 'vitest';
import { authSandbox } from './tenants-support';
import { call } from './support';

/** A complete ride through the API: request, match, arrive, start, complete (with payment), rate; and its events. */

const trip = { pickup: { lat: 52.52, lng: 13.405 }, dropoff: { lat: 52.53, lng: 13.42 } };

async function requestRide(sandbox: ReturnType<typeof authSandbox>['sandbox'], headers?: Record<string, string>): Promise<string> {
  const res = await call(sandbox, 'POST', '/api/v1/rides', { json: trip, headers });
  expect(res.status, res.text).toBe(201);
  return res.body.data.id;
}

/** The driver the dispatcher is offering the ride to now. */
function offered(runtime: ReturnType<typeof authSandbox>['runtime'], rideId: string): string {
  const offer = runtime.rides.dispatcher.offerOf(rideId);
  expect(offer, `ride ${rideId} has no open offer`).not.toBeNull();
  return offer!.driverId;
}

async function step(sandbox: ReturnType<typeof authSandbox>['sandbox'], id: string, action: string, json?: unknown, headers?: Record<string, string>) {
  return call(sandbox, 'POST', `/api/v1/rides/${id}/${action}`, { json, headers });
}

describe('a ride from request to rating', () => {
  it('moves through every status, charges the fare, frees the driver and publishes each step', async () => {
    const { sandbox, runtime } = authSandbox();
    const id = await requestRide(sandbox);
    expect(offered(runtime, id)).toBe('drv_1'); // the nearest available driver to the pickup (drv_11 is nearer but offline)
    expect((await step(sandbox, id, 'accept', { driver_id: 'drv_1' })).body.data).toMatchObject({ status: 'matched', driver_id: 'drv_1', rider_id: 'rdr_1' });
    expect(runtime.rides.drivers.get('drv_1')!.status).toBe('busy');
    expect((await step(sandbox, id, 'arrive')).body.data.status).toBe('driver_arriving');
    expect((await step(sandbox, id, 'start')).body.data.status).toBe('in_progress');
    const done = await step(sandbox, id, 'complete');
    expect(done.status).toBe(200);
    // 250 cents base + 120 per km over about 1.51 km (1.11 km north, 1.01 km east): 250 + 181
    expect(done.body.data).toMatchObject({ status: 'completed', payment_status: 'succeeded', payment_id: 'rpay_1', fare: { amount: 431, currency: 'EUR' } });
    expect(runtime.rides.payments.get('rpay_1')).toMatchObject({ ride_id: id, amount: { amount: 431, currency: 'EUR' } });
    expect(runtime.rides.drivers.get('drv_1')!.status).toBe('available');
    const types = runtime.events.since(0).map((event) => event.type).filter((type) => type.startsWith('ride.'));
    expect(types).toEqual(['ride.requested', 'ride.offered', 'ride.matched', 'ride.driver_arriving', 'ride.started', 'ride.completed']);
  });

  it('keeps a ride completed with payment pending when the circuit breaker is open, without calling the provider', async () => {
    const { sandbox, runtime } = authSandbox();
    for (let i = 0; i < 5; i++) await runtime.paymentBreaker.call(() => Promise.reject(new Error('down'))).catch(() => undefined);
    expect(runtime.paymentBreaker.status().state).toBe('open');
    const id = await requestRide(sandbox);
    await step(sandbox, id, 'accept', { driver_id: offered(runtime, id) });
    await step(sandbox, id, 'arrive');
    await step(sandbox, id, 'start');
    const done = await step(sandbox, id, 'complete');
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ status: 'completed', payment_status: 'pending', payment_id: null });
    expect(runtime.paymentProvider.stats().calls).toBe(0);
    expect(runtime.rides.payments.all()).toEqual([]);
    expect((await step(sandbox, id, 'complete')).status).toBe(409);
  });

  it('keeps payment pending when the provider fails the charge', async () => {
    const { sandbox, runtime } = authSandbox();
    runtime.paymentProvider.setFaults({ failure_rate: 1, latency_ms: 0, seed: 1 });
    const id = await requestRide(sandbox);
    for (const [action, body] of [['accept', { driver_id: offered(runtime, id) }], ['arrive'], ['start']] as const) await step(sandbox, id, action, body);
    const done = await step(sandbox, id, 'complete');
    expect(done.body.data).toMatchObject({ status: 'completed', payment_status: 'pending', payment_id: null });
    expect(runtime.paymentProvider.stats().failed).toBe(1);
  });

  it('lets the rider rate a completed ride once and averages the driver’s stars', async () => {
    const { sandbox, runtime } = authSandbox();
    const id = await requestRide(sandbox);
    expect((await call(sandbox, 'POST', `/api/v1/rides/${id}/rating`, { json: { stars: 4 } })).body.error.code).toBe('ride_not_ratable');
    const driverId = offered(runtime, id);
    for (const [action, body] of [['accept', { driver_id: driverId }], ['arrive'], ['start'], ['complete']] as const) await step(sandbox, id, action, body);
    const rated = await call(sandbox, 'POST', `/api/v1/rides/${id}/rating`, { json: { stars: 4, comment: 'Fine.' } });
    expect(rated.status).toBe(201);
    expect(rated.body.data).toMatchObject({ ride_id: id, driver_id: driverId, rider_id: 'rdr_1', stars: 4, comment: 'Fine.' });
    expect(runtime.rides.drivers.get(driverId)!.rating).toBe(4);
    const again = await call(sandbox, 'POST', `/api/v1/rides/${id}/rating`, { json: { stars: 5 } });
    expect(again.status).toBe(409);
    expect((await call(sandbox, 'POST', `/api/v1/rides/${id}/rating`, { json: { stars: 6 } })).status).toBe(422);
  });
});

describe('cancelling', () => {
  it('is free while requested and within two minutes of matching, and costs 5.00 EUR after that', async () => {
    const { sandbox, runtime } = authSandbox();
    const early = await requestRide(sandbox);
    expect((await step(sandbox, early, 'cancel')).body.data).toMatchObject({ status: 'cancelled', cancellation_fee: null });

    const grace = await requestRide(sandbox);
    await step(sandbox, grace, 'accept', { driver_id: offered(runtime, grace) });
    sandbox.clock.advance(2 * 60_000);
    expect((await step(sandbox, grace, 'cancel')).body.data.cancellation_fee).toBeNull();

    const late = await requestRide(sandbox);
    await step(sandbox, late, 'accept', { driver_id: offered(runtime, late) });
    await step(sandbox, late, 'arrive');
    sandbox.clock.advance(2 * 60_000 + 1);
    const cancelled = await step(sandbox, late, 'cancel');
    expect(cancelled.body.data).toMatchObject({ status: 'cancelled', cancellation_fee: { amount: 500, currency: 'EUR' } });
  });

  it('frees the driver and refuses another rider’s cancellation with 403', async () => {
    const { sandbox, runtime, bearer } = authSandbox();
    const id = await requestRide(sandbox, await bearer('grace'));
    const driverId = offered(runtime, id);
    await step(sandbox, id, 'accept', { driver_id: driverId });
    const foreign = await step(sandbox, id, 'cancel'); // anonymous acts as Ada's rdr_1
    expect(foreign.status).toBe(403);
    expect((await step(sandbox, id, 'cancel', undefined, await bearer('grace'))).status).toBe(200);
    expect(runtime.rides.drivers.get(driverId)!.status).toBe('available');
  });
});

describe('accepting', () => {
  it('refuses a driver already on another ride, or not holding the offer, with 409 driver_unavailable, and an unknown driver with 422', async () => {
    const { sandbox, runtime } = authSandbox();
    const first = await requestRide(sandbox);
    const second = await requestRide(sandbox);
    expect(offered(runtime, second)).not.toBe(offered(runtime, first));
    await step(sandbox, first, 'accept', { driver_id: 'drv_1' });
    const busy = await step(sandbox, second, 'accept', { driver_id: 'drv_1' });
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('driver_unavailable');
    expect((await step(sandbox, second, 'accept', { driver_id: 'drv_11' })).body.error.code).toBe('driver_unavailable'); // offline
    const unknown = await step(sandbox, second, 'accept', { driver_id: 'drv_99' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details[0].field).toBe('driver_id');
  });

  it('keeps a declined ride requested and offers it to the next driver; answers 404 for a missing ride', async () => {
    const { sandbox, runtime } = authSandbox();
    const id = await requestRide(sandbox);
    expect((await step(sandbox, id, 'decline', { driver_id: 'drv_1' })).body.data.status).toBe('requested');
    expect(runtime.rides.drivers.get('drv_1')!.status).toBe('available');
    expect(offered(runtime, id)).not.toBe('drv_1');
    expect((await step(sandbox, 'ride_77', 'arrive')).status).toBe(404);
  });
});
