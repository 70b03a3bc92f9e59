import { describe, expect, it } from 'vitest';
import { elapsed, realtimeSandbox, startCourier } from './realtime-support';
import { call, ORIGIN } from './support';

describe('GET /api/v1/notifications/poll (long polling)', () => {
  it('answers at once when events after since already exist', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 2, interval_seconds: 1 });
    await clock.sleep(2_500);
    const before = elapsed(clock);
    const res = await call(sandbox, 'GET', '/api/v1/notifications/poll?since=0&timeout=30');
    expect(elapsed(clock)).toBe(before);
    expect(res.status).toBe(200);
    expect(res.body.data.map((event: { id: number }) => event.id)).toEqual([1, 2]);
    expect(res.body.meta).toMatchObject({ count: 2, timed_out: false, latest_id: 2 });
    expect(res.body.links.next).toBe('/api/v1/notifications/poll?since=2&timeout=30');
  });

  it('returns early, as soon as an event is published, not at the timeout', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 1, interval_seconds: 3 });
    const res = await call(sandbox, 'GET', '/api/v1/notifications/poll?since=0&timeout=25');
    expect(elapsed(clock)).toBe(3_000);
    expect(res.body.data).toEqual([expect.objectContaining({ id: 1, type: 'order.location_updated', occurred_at: '2026-03-01T12:00:03.000Z' })]);
    expect(res.body.meta.timed_out).toBe(false);
  });

  it('answers 200 with an empty list and timed_out at the timeout, pointing at where to wait next', async () => {
    const { sandbox, clock } = realtimeSandbox();
    const res = await call(sandbox, 'GET', '/api/v1/notifications/poll?timeout=5');
    expect(elapsed(clock)).toBe(5_000);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: [],
      links: { self: '/api/v1/notifications/poll?since=0&timeout=5', next: '/api/v1/notifications/poll?since=0&timeout=5' },
      meta: { count: 0, timed_out: true, latest_id: 0, oldest_kept_id: 1 },
    });
  });

  it('keeps waiting through events the types filter does not select', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 3, interval_seconds: 2 });
    const res = await call(sandbox, 'GET', '/api/v1/notifications/poll?since=0&timeout=10&types=order.paid');
    expect(elapsed(clock)).toBe(10_000);
    expect(res.body.data).toEqual([]);
    expect(res.body.meta).toMatchObject({ timed_out: true, latest_id: 3 });
    expect(res.body.links.next).toBe('/api/v1/notifications/poll?since=3&timeout=10&types=order.paid');
  });

  it('waits from the newest event when since is left out', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 2, interval_seconds: 2 });
    await clock.sleep(2_500);
    const res = await call(sandbox, 'GET', '/api/v1/notifications/poll?timeout=10');
    expect(res.body.data.map((event: { id: number }) => event.id)).toEqual([2]);
    expect(elapsed(clock)).toBe(4_000);
  });

  it('answers HEAD at once with the status and headers of GET', async () => {
    const { sandbox, clock } = realtimeSandbox();
    const res = await call(sandbox, 'HEAD', '/api/v1/notifications/poll?timeout=30');
    expect(elapsed(clock)).toBe(0);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.text).toBe('');
  });

  it('timeout 0 answers at once, like a plain poll', async () => {
    const { sandbox, clock } = realtimeSandbox();
    const res = await call(sandbox, 'GET', '/api/v1/notifications/poll?timeout=0');
    expect(elapsed(clock)).toBe(0);
    expect(res.body.meta.timed_out).toBe(true);
  });

  it('refuses a timeout outside 0 to 30 seconds with 422 naming the bound', async () => {
    const res = await call(realtimeSandbox().sandbox, 'GET', '/api/v1/notifications/poll?timeout=31');
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: 'timeout', code: 'too_big', message: 'timeout must be at most 30, not 31.' }]);
  });

  it('answers 410 when since is older than the kept events, and 400 when it is newer than all', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 1, interval_seconds: 1 });
    await clock.sleep(1_500);
    sandbox.reset();
    const expired = await call(sandbox, 'GET', '/api/v1/notifications/poll?since=0&timeout=1');
    expect(expired.status).toBe(410);
    expect(expired.body.error).toMatchObject({ code: 'events_expired', param: 'since' });
    const ahead = await call(sandbox, 'GET', '/api/v1/notifications/poll?since=5&timeout=1');
    expect(ahead.status).toBe(400);
    expect(ahead.body.error).toMatchObject({ code: 'event_cursor_ahead', param: 'since' });
  });

  it('drops its subscription as soon as the client disconnects', async () => {
    // The system clock: on a manual clock the 30 s wait would be over before the client could leave.
    const { sandbox, channelListeners } = realtimeSandbox('system');
    const client = new AbortController();
    const answer = sandbox.fetch(new Request(`${ORIGIN}/api/v1/notifications/poll?timeout=30`, { signal: client.signal }));
    await expect.poll(() => channelListeners()).toBe(1);
    client.abort();
    await expect.poll(() => channelListeners()).toBe(0);
    await answer.catch(() => undefined); // the answer nobody reads any more
  });
});
