import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../sandbox/server';
import { realtimeSandbox, SseReader, startCourier, type RealtimeSandbox } from './realtime-support';
import { call } from './support';

describe('one feed, four channels', () => {
  it('polling, long polling, SSE and the WebSocket deliver the same events, in the same order, with the same ids', async () => {
    const { sandbox, clock } = realtimeSandbox();
    const socketMessages: any[] = [];
    const session = sandbox.connectRealtime({ send: (text) => socketMessages.push(JSON.parse(text)), close: () => undefined });
    session.receive(JSON.stringify({ type: 'subscribe', topics: ['order.*'] }));
    const stream = new SseReader((await sandbox.fetch(new Request('http://sandbox.local/api/v1/events/stream?types=order.*'))).body!);

    await startCourier(sandbox, { steps: 3, interval_seconds: 2 });
    const longPolled = [];
    let next = '/api/v1/notifications/poll?since=0&timeout=10&types=order.*';
    while (longPolled.length < 3) {
      const answer = await call(sandbox, 'GET', next);
      longPolled.push(...answer.body.data);
      next = answer.body.links.next;
    }
    const streamed = (await stream.events(3)).map((event) => event.data);
    const polled = (await call(sandbox, 'GET', '/api/v1/events?after=0&types=order.*')).body.data;
    const pushed = socketMessages.filter((message) => message.type === 'event').map((message) => message.event);

    expect(polled.map((event: { id: number }) => event.id)).toEqual([1, 2, 3]);
    expect(longPolled).toEqual(polled);
    expect(streamed).toEqual(polled);
    expect(pushed).toEqual(polled);
    await stream.cancel();
    session.close();
  });
});

describe('SSE through the HTTP door', () => {
  let setup: RealtimeSandbox;
  let running: RunningServer;
  beforeAll(async () => {
    setup = realtimeSandbox('system');
    running = await startServer(0, setup.sandbox);
  });
  afterAll(() => running.close());

  it('streams over a real socket, resumes with Last-Event-ID after a drop, and unsubscribes when the socket closes', async () => {
    const open = async (headers: Record<string, string> = {}) => {
      const client = new AbortController();
      const res = await fetch(`${running.url}/api/v1/events/stream`, { headers: { Accept: 'text/event-stream', ...headers }, signal: client.signal });
      expect(res.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8');
      return { stream: new SseReader(res.body!), client };
    };

    const first = await open();
    await expect.poll(() => setup.channelListeners()).toBe(1);
    await startCourier(setup.sandbox, { steps: 3, interval_seconds: 1 });
    const before = await first.stream.events(1);
    first.client.abort(); // the connection drops
    await expect.poll(() => setup.channelListeners()).toBe(0);

    const second = await open({ 'Last-Event-ID': before[0]!.id! });
    const after = await second.stream.events(2);
    expect([...before, ...after].map((event) => event.id)).toEqual(['1', '2', '3']);
    second.client.abort();
    await expect.poll(() => setup.channelListeners()).toBe(0);
  }, 10_000);
});
