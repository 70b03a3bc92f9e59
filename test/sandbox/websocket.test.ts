import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../sandbox/realtime/websocket-messages';
import { realtimeSandbox, startCourier } from './realtime-support';
import { call } from './support';

/** A session with a fake socket: what the server sent, parsed. */
function connect() {
  const setup = realtimeSandbox();
  const sent: ServerMessage[] = [];
  const session = setup.sandbox.connectRealtime({ send: (text) => sent.push(JSON.parse(text) as ServerMessage), close: () => undefined });
  const send = (message: unknown) => session.receive(typeof message === 'string' ? message : JSON.stringify(message));
  const eventIds = () => sent.flatMap((message) => (message.type === 'event' ? [message.event.id] : []));
  return { ...setup, sent, session, send, eventIds };
}

describe('the WebSocket session (protocol workbench.realtime.v1)', () => {
  it('greets the client with the protocol name and the newest event id', () => {
    const { sent } = connect();
    expect(sent).toEqual([{ type: 'welcome', protocol: 'workbench.realtime.v1', latest_id: 0, message: expect.stringContaining('"type":"subscribe"') }]);
  });

  it('acknowledges a subscribe, echoing its id, then delivers matching events as they are published', async () => {
    const { sandbox, clock, sent, send } = connect();
    send({ type: 'subscribe', id: 'sub-1', topics: ['order.*'] });
    expect(sent[1]).toEqual({ type: 'subscribed', id: 'sub-1', topics: ['order.*'], after: null, latest_id: 0, missed: false });
    await startCourier(sandbox, { steps: 2, interval_seconds: 1 });
    await clock.sleep(2_500);
    expect(sent.slice(2)).toEqual([
      { type: 'event', topic: 'order.*', event: expect.objectContaining({ id: 1, type: 'order.location_updated' }) },
      { type: 'event', topic: 'order.*', event: expect.objectContaining({ id: 2, type: 'order.location_updated' }) },
    ]);
  });

  it('sends nothing for topics the client did not subscribe to', async () => {
    const { sandbox, clock, send, eventIds } = connect();
    send({ type: 'subscribe', topics: ['order.paid', 'user.*'] });
    await startCourier(sandbox, { steps: 2, interval_seconds: 1 });
    await clock.sleep(2_500);
    expect(eventIds()).toEqual([]);
  });

  it('replays the kept events after "after" first, then continues live, each event once', async () => {
    const { sandbox, clock, send, eventIds } = connect();
    await startCourier(sandbox, { steps: 5, interval_seconds: 1 });
    await clock.sleep(3_500);
    send({ type: 'subscribe', topics: ['order.location_updated'], after: 1 });
    send({ type: 'subscribe', topics: ['order.*'], after: 0 }); // overlaps what was sent: nothing twice
    await clock.sleep(3_000);
    expect(eventIds()).toEqual([2, 3, 1, 4, 5]);
  });

  it('answers ping with pong, echoing the id and stamping the sandbox time', () => {
    const { sent, send } = connect();
    send({ type: 'ping', id: 7 });
    expect(sent.at(-1)).toMatchObject({ type: 'error', code: 'invalid_message' }); // ids are strings
    send({ type: 'ping', id: 'p7' });
    expect(sent.at(-1)).toEqual({ type: 'pong', id: 'p7', at: '2026-03-01T12:00:00.000Z' });
  });

  it('reports invalid messages with an error message and stays open', () => {
    const { sent, send, session } = connect();
    send('{not json');
    expect(sent.at(-1)).toEqual({ type: 'error', code: 'invalid_message', message: expect.stringContaining('not valid JSON') });
    send({ type: 'subscribe', topics: ['Orders!'] });
    expect(sent.at(-1)).toEqual({ type: 'error', code: 'invalid_message', message: expect.stringMatching(/^topics\.0: each topic must be/) });
    send({ type: 'shout' });
    expect(sent.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('"subscribe", "unsubscribe" or "ping"') });
    session.receive(null);
    expect(sent.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('Binary frames are not part of workbench.realtime.v1') });
    send({ type: 'ping', id: 'still-here' });
    expect(sent.at(-1)).toMatchObject({ type: 'pong', id: 'still-here' });
  });

  it('refuses an "after" newer than every event with the same code as the HTTP channels', () => {
    const { sent, send } = connect();
    send({ type: 'subscribe', id: 's', topics: ['*'], after: 9 });
    expect(sent.at(-1)).toEqual({ type: 'error', id: 's', code: 'event_cursor_ahead', message: expect.stringContaining('after is 9') });
  });

  it('marks the ack missed: true when events after "after" are no longer kept', async () => {
    const { sandbox, clock, sent, send } = connect();
    await startCourier(sandbox, { steps: 1, interval_seconds: 1 });
    await clock.sleep(1_500);
    sandbox.reset();
    send({ type: 'subscribe', topics: ['*'], after: 0 });
    expect(sent.at(-1)).toMatchObject({ type: 'subscribed', missed: true });
  });

  it('ends quietly when its socket breaks, without failing the request that published the event', async () => {
    const { sandbox, clock, channelListeners } = realtimeSandbox();
    const session = sandbox.connectRealtime({
      send: (text) => {
        if (text.includes('"type":"event"')) throw new Error('socket is closed');
      },
      close: () => undefined,
    });
    session.receive(JSON.stringify({ type: 'subscribe', topics: ['order.*'] }));
    expect((await call(sandbox, 'POST', '/api/v1/orders/ord_3/ship')).status).toBe(200);
    await clock.sleep(10);
    expect(channelListeners()).toBe(0);
  });

  it('drops its subscription on unsubscribe of every topic and on close', () => {
    const { channelListeners, send, session, sent } = connect();
    send({ type: 'subscribe', topics: ['order.*', 'user.*'] });
    expect(channelListeners()).toBe(1);
    send({ type: 'unsubscribe', topics: ['user.*'] });
    expect(sent.at(-1)).toEqual({ type: 'unsubscribed', topics: ['order.*'] });
    expect(channelListeners()).toBe(1);
    send({ type: 'unsubscribe' });
    expect(channelListeners()).toBe(0);
    send({ type: 'subscribe', topics: ['*'] });
    session.close();
    expect(channelListeners()).toBe(0);
  });
});
