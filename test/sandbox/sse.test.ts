import { describe, expect, it } from 'vitest';
import { elapsed, openStream, realtimeSandbox, SseReader, startCourier } from './realtime-support';
import { call } from './support';

describe('GET /api/v1/events/stream (Server-Sent Events)', () => {
  it('answers text/event-stream, uncached, and sends retry once before anything else', async () => {
    const { sandbox } = realtimeSandbox();
    const res = await openStream(sandbox);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    const stream = new SseReader(res.body!);
    expect(await stream.next()).toEqual({ kind: 'retry', ms: 2000 });
    await stream.cancel();
  });

  it('sends each event with id, event (its type) and data (the event as JSON)', async () => {
    const { sandbox } = realtimeSandbox();
    const stream = new SseReader((await openStream(sandbox)).body!);
    await startCourier(sandbox, { steps: 2, interval_seconds: 1 });
    const [first, second] = await stream.events(2);
    expect(first).toEqual({
      id: '1',
      event: 'order.location_updated',
      data: { id: 1, type: 'order.location_updated', data: expect.objectContaining({ order_id: 'ord_2', step: 1 }), occurred_at: '2026-03-01T12:00:01.000Z' },
    });
    expect(second!.id).toBe('2');
    await stream.cancel();
  });

  it('the event data equals what polling returns for the same event', async () => {
    const { sandbox } = realtimeSandbox();
    const stream = new SseReader((await openStream(sandbox)).body!);
    await startCourier(sandbox, { steps: 1, interval_seconds: 1 });
    const [streamed] = await stream.events(1);
    const polled = (await call(sandbox, 'GET', '/api/v1/events')).body.data[0];
    expect(streamed!.data).toEqual(polled);
    await stream.cancel();
  });

  it('sends a ": ping" heartbeat after 15 s of sandbox time without events', async () => {
    const { sandbox, clock } = realtimeSandbox();
    const stream = new SseReader((await openStream(sandbox)).body!);
    expect((await stream.next()).kind).toBe('retry');
    expect(await stream.next()).toEqual({ kind: 'comment', text: 'ping' });
    expect(elapsed(clock)).toBe(15_000);
    await stream.cancel();
  });

  it('ends the stream after 5 minutes of sandbox time, telling the client to reconnect with Last-Event-ID', async () => {
    const { sandbox, clock, channelListeners } = realtimeSandbox();
    const res = await openStream(sandbox);
    const text = await res.text(); // ends by itself
    expect(elapsed(clock)).toBe(300_000);
    expect(text.match(/^: ping$/gm)).toHaveLength(19); // at 15 s, 30 s, … 285 s; the stream ends at 300 s
    expect(text.endsWith(': this stream has reached its lifetime; reconnect with Last-Event-ID to continue\n\n')).toBe(true);
    expect(channelListeners()).toBe(0);
  });

  it('resumes after a dropped connection with Last-Event-ID: no gap, no duplicate', async () => {
    const { sandbox, clock } = realtimeSandbox();
    const seen: number[] = [];
    const firstConnection = new SseReader((await openStream(sandbox)).body!);
    await startCourier(sandbox, { steps: 8, interval_seconds: 1 });
    for (const event of await firstConnection.events(3)) seen.push(Number(event.id));
    await firstConnection.cancel(); // the connection drops...
    await clock.sleep(2_500); // ...and events go on while the client is away

    const resumed = await openStream(sandbox, '', { 'Last-Event-ID': String(seen.at(-1)) });
    const secondConnection = new SseReader(resumed.body!);
    for (const event of await secondConnection.events(5)) seen.push(Number(event.id));
    await secondConnection.cancel();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('accepts ?last_event_id= for clients that cannot set headers, and the header wins over it', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 4, interval_seconds: 1 });
    await clock.sleep(4_500);
    const byQuery = new SseReader((await openStream(sandbox, '?last_event_id=2')).body!);
    expect((await byQuery.events(2)).map((event) => event.id)).toEqual(['3', '4']);
    await byQuery.cancel();
    const both = new SseReader((await openStream(sandbox, '?last_event_id=0', { 'Last-Event-ID': '3' })).body!);
    expect((await both.events(1)).map((event) => event.id)).toEqual(['4']);
    await both.cancel();
  });

  it('filters with types like the other channels', async () => {
    const { sandbox } = realtimeSandbox();
    const matching = new SseReader((await openStream(sandbox, '?types=order.*')).body!);
    const other = await openStream(sandbox, '?types=order.paid');
    await startCourier(sandbox, { steps: 1, interval_seconds: 1 });
    expect((await matching.events(1))[0]!.event).toBe('order.location_updated');
    const otherStream = new SseReader(other.body!);
    expect((await otherStream.next()).kind).toBe('retry');
    expect((await otherStream.next()).kind).toBe('comment'); // only the heartbeat: the location update was filtered out
    await matching.cancel();
    await otherStream.cancel();
  });

  it('starts with an events_missed event when the events after Last-Event-ID are no longer kept', async () => {
    const { sandbox, clock } = realtimeSandbox();
    await startCourier(sandbox, { steps: 2, interval_seconds: 1 });
    await clock.sleep(2_500);
    sandbox.reset();
    await startCourier(sandbox, { steps: 1, interval_seconds: 1 });
    await clock.sleep(1_500);
    const stream = new SseReader((await openStream(sandbox, '', { 'Last-Event-ID': '1' })).body!);
    const [missed, replayed] = await stream.events(2);
    expect(missed).toEqual({ id: undefined, event: 'events_missed', data: { after: 1, oldest_kept_id: 3, latest_id: 3 } as never });
    expect(replayed!.id).toBe('3');
    await stream.cancel();
  });

  it('refuses a Last-Event-ID that is not an event id with 400 naming the header', async () => {
    const res = await call(realtimeSandbox().sandbox, 'GET', '/api/v1/events/stream', { headers: { 'Last-Event-ID': 'abc' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'event_cursor_invalid', param: 'Last-Event-ID' });
  });

  it('answers HEAD with the headers of the stream, no body, and no subscription left behind', async () => {
    const { sandbox, channelListeners } = realtimeSandbox();
    const res = await call(sandbox, 'HEAD', '/api/v1/events/stream');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8');
    expect(res.text).toBe('');
    expect(channelListeners()).toBe(0);
  });

  it('unsubscribes when the client cancels the body', async () => {
    const { sandbox, channelListeners } = realtimeSandbox();
    const stream = new SseReader((await openStream(sandbox)).body!);
    expect(channelListeners()).toBe(1);
    await stream.next();
    await stream.cancel();
    expect(channelListeners()).toBe(0);
  });

  it('unsubscribes when the request is aborted (the HTTP door aborts it when the socket closes)', async () => {
    const { sandbox, channelListeners } = realtimeSandbox();
    const client = new AbortController();
    const res = await openStream(sandbox, '', {}, client.signal);
    expect(channelListeners()).toBe(1);
    client.abort();
    expect(channelListeners()).toBe(0);
    await res.body!.cancel().catch(() => undefined);
  });
});
