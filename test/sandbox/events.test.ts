import { describe, expect, it } from 'vitest';
import { elapsed, realtimeSandbox, startCourier } from './realtime-support';
import { call } from './support';
import { authSandbox } from './tenants-support';

describe('GET /api/v1/events (polling)', () => {
  it('answers an empty page with latest_id 0 before anything happened', async () => {
    const { sandbox } = realtimeSandbox();
    const res = await call(sandbox, 'GET', '/api/v1/events');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: [],
      links: { self: '/api/v1/events', next: '/api/v1/events?after=0' },
      meta: { count: 0, has_more: false, latest_id: 0, oldest_kept_id: 1 },
    });
  });

  it('returns only the events after the cursor, and links.next continues without repeats', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 5 });
    await clock.sleep(6_500); // ticks at 2, 4 and 6 s

    const first = await call(sandbox, 'GET', '/api/v1/events?after=1');
    expect(first.body.data.map((event: { id: number }) => event.id)).toEqual([2, 3]);
    expect(first.body.links.next).toBe('/api/v1/events?after=3');

    await clock.sleep(4_000); // ticks at 8 and 10 s
    const second = await call(sandbox, 'GET', first.body.links.next);
    expect(second.body.data.map((event: { id: number }) => event.id)).toEqual([4, 5]);
    expect(second.body.meta).toMatchObject({ count: 2, has_more: false, latest_id: 5 });
  });

  it('serves a newcomer after a reset from the oldest kept event, but tells a client that asks from 0 what it missed', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 1, interval_seconds: 1 });
    await clock.sleep(1_500);
    sandbox.reset();
    const newcomer = await call(sandbox, 'GET', '/api/v1/events');
    expect(newcomer.status).toBe(200);
    expect(newcomer.body.data).toEqual([]);
    const fromTheStart = await call(sandbox, 'GET', '/api/v1/events?after=0');
    expect(fromTheStart.status).toBe(410);
    expect(fromTheStart.body.error).toMatchObject({ code: 'events_expired', param: 'after' });
  });

  it('pages with limit and has_more, pointing links.next at the last event returned', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 3, interval_seconds: 1 });
    await clock.sleep(3_500);
    const page = await call(sandbox, 'GET', '/api/v1/events?limit=2');
    expect(page.body.data.map((event: { id: number }) => event.id)).toEqual([1, 2]);
    expect(page.body.meta.has_more).toBe(true);
    expect(page.body.links.next).toBe('/api/v1/events?after=2');
  });

  it('stamps each event with its type, data and the sandbox time it happened', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 2, interval_seconds: 3 });
    await clock.sleep(3_500);
    const [event] = (await call(sandbox, 'GET', '/api/v1/events')).body.data;
    expect(event).toEqual({
      id: 1,
      type: 'order.location_updated',
      data: { order_id: 'ord_2', lat: expect.any(Number), lng: expect.any(Number), heading: expect.any(Number), step: 1, steps: 2 },
      occurred_at: '2026-03-01T12:00:03.000Z',
    });
  });

  it('filters by types, matching whole dotted segments', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 1 });
    await clock.sleep(2_500);
    expect((await call(sandbox, 'GET', '/api/v1/events?types=order.*')).body.data).toHaveLength(1);
    expect((await call(sandbox, 'GET', '/api/v1/events?types=order.paid,order.location_updated')).body.data).toHaveLength(1);
    const none = await call(sandbox, 'GET', '/api/v1/events?types=order.paid');
    expect(none.body.data).toEqual([]);
    // Nothing matched, yet the cursor moves past what was read: the next poll does not scan it again.
    expect(none.body.links.next).toBe('/api/v1/events?after=1&types=order.paid');
    expect((await call(sandbox, 'GET', '/api/v1/events?types=ord.*')).body.data).toEqual([]);
  });

  it('refuses a malformed types pattern with 422 naming it', async () => {
    const res = await call(realtimeSandbox().sandbox, 'GET', '/api/v1/events?types=order.paid,Order%20Paid');
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', param: 'types' });
    expect(res.body.error.message).toContain('"Order Paid"');
  });

  it('answers 400 event_cursor_ahead for an id newer than any event', async () => {
    const res = await call(realtimeSandbox().sandbox, 'GET', '/api/v1/events?after=7');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'event_cursor_ahead', param: 'after' });
    expect(res.body.error.message).toBe('after is 7, but the newest event is 0. Use an id this sandbox sent you, or 0 to receive only what happens from now on.');
  });

  it('answers 410 events_expired when events after the cursor are no longer kept', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 2, interval_seconds: 1 });
    await clock.sleep(2_500);
    sandbox.reset(); // forgets events 1 and 2, ids keep counting
    const res = await call(sandbox, 'GET', '/api/v1/events?after=1');
    expect(res.status).toBe(410);
    expect(res.body.error).toMatchObject({ code: 'events_expired', param: 'after' });
    expect(res.body.error.message).toContain('oldest kept event is 3');
    expect((await call(sandbox, 'GET', '/api/v1/events?after=2')).status).toBe(200);
  });

  it('shows each caller only the events of orders it may read', async () => {
    const { sandbox, bearer } = authSandbox();
    await startCourier(sandbox, { steps: 1, interval_seconds: 1 }); // ord_2 belongs to ada (usr_1)
    expect((await call(sandbox, 'POST', '/api/v1/orders/ord_3/ship')).status).toBe(200); // ord_3 belongs to grace (usr_2)
    await sandbox.clock.sleep(1_500);
    const seenBy = async (headers: Record<string, string>) =>
      (await call(sandbox, 'GET', '/api/v1/events', { headers })).body.data.map((event: { type: string; data: { order_id: string } }) => `${event.type} ${event.data.order_id}`);

    expect(await seenBy({})).toEqual(['order.shipped ord_3', 'order.location_updated ord_2']); // the open demo API
    expect(await seenBy(await bearer('ada'))).toEqual(['order.shipped ord_3', 'order.location_updated ord_2']); // admin: orders:*
    expect(await seenBy(await bearer('grace'))).toEqual(['order.shipped ord_3']); // member: orders:read:own
    expect(await seenBy(await bearer('ada', ['users:read']))).toEqual([]); // a token without an orders scope
  });

  it('refuses a negative or non-numeric cursor with 422', async () => {
    const res = await call(realtimeSandbox().sandbox, 'GET', '/api/v1/events?after=-1');
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ field: 'after', code: 'too_small' });
  });
});

describe('POST /api/v1/sandbox/simulate/courier', () => {
  it('answers 202 at once and publishes one location update per interval on the sandbox clock', async () => {
    const { sandbox, clock } = realtimeSandbox();
    const res = await call(sandbox, 'POST', '/api/v1/sandbox/simulate/courier', { json: { order_id: 'ord_2', steps: 3, interval_seconds: 5 } });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      order_id: 'ord_2',
      steps: 3,
      interval_ms: 5000,
      started_at: '2026-03-01T12:00:00.000Z',
      finishes_at: '2026-03-01T12:00:15.000Z',
      links: { events: '/api/v1/events?after=0&types=order.location_updated', stream: '/api/v1/events/stream?types=order.location_updated&last_event_id=0' },
    });
    expect(elapsed(clock)).toBe(0);
    await clock.sleep(20_000);
    const events = (await call(sandbox, 'GET', res.body.links.events)).body.data;
    expect(events.map((event: { occurred_at: string }) => event.occurred_at)).toEqual(['2026-03-01T12:00:05.000Z', '2026-03-01T12:00:10.000Z', '2026-03-01T12:00:15.000Z']);
    expect(events.map((event: { data: { step: number } }) => event.data.step)).toEqual([1, 2, 3]);
  });

  it('moves the courier away from the depot step by step on a fixed heading', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 4, interval_seconds: 1 });
    await clock.sleep(5_000);
    const points = (await call(sandbox, 'GET', '/api/v1/events')).body.data.map((event: { data: { lat: number; lng: number; heading: number } }) => event.data);
    const distances = points.map((point: { lat: number; lng: number }) => Math.hypot(point.lat - 52.52, point.lng - 13.405));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(new Set(points.map((point: { heading: number }) => point.heading)).size).toBe(1);
  });

  it('answers 404 for an unknown order and 409 order_not_shipped for one that is not on the road', async () => {
    const { sandbox } = realtimeSandbox();
    const missing = await call(sandbox, 'POST', '/api/v1/sandbox/simulate/courier', { json: { order_id: 'ord_99' } });
    expect(missing.status).toBe(404);
    const delivered = await call(sandbox, 'POST', '/api/v1/sandbox/simulate/courier', { json: { order_id: 'ord_1' } });
    expect(delivered.status).toBe(409);
    expect(delivered.body.error).toMatchObject({ code: 'order_not_shipped', param: 'order_id' });
    expect(delivered.body.error.message).toContain('Order ord_1 is delivered');
  });

  it('refuses steps outside 1 to 50 and unknown fields with 422', async () => {
    const { sandbox } = realtimeSandbox();
    const res = await call(sandbox, 'POST', '/api/v1/sandbox/simulate/courier', { json: { order_id: 'ord_2', steps: 51, speed: 3 } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['speed', 'steps']);
  });

  it('replaces a running simulation of the same order instead of running two', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 5, interval_seconds: 2 });
    await clock.sleep(2_500);
    await startCourier(sandbox, { steps: 2, interval_seconds: 2 });
    await clock.sleep(20_000);
    const steps = (await call(sandbox, 'GET', '/api/v1/events')).body.data.map((event: { data: { step: number; steps: number } }) => `${event.data.step}/${event.data.steps}`);
    expect(steps).toEqual(['1/5', '1/2', '2/2']);
  });

  it('stops once the order is no longer shipped (delivered through its own action)', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 5, interval_seconds: 2 });
    await clock.sleep(2_500);
    expect((await call(sandbox, 'POST', '/api/v1/orders/ord_2/deliver')).status).toBe(200);
    await clock.sleep(20_000);
    const types = (await call(sandbox, 'GET', '/api/v1/events')).body.data.map((event: { type: string }) => event.type);
    expect(types).toEqual(['order.location_updated', 'order.delivered']);
  });

  it('stops when the sandbox is reset', async () => {
    const { sandbox, runtime, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 5 });
    await clock.sleep(2_500);
    sandbox.reset();
    expect(runtime.courier.activeOrderIds).toEqual([]);
    await clock.sleep(20_000);
    expect(runtime.events.latestId).toBe(1);
  });
});
