import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../sandbox/app';
import type { Sandbox } from '../../sandbox/index';
import { createRuntime } from '../../sandbox/services/runtime';
import { createManualClock } from '../../sandbox/store/clock';
import { createStore } from '../../sandbox/store/store';
import { generateSecret, signMessage, verifyMessageSignature } from '../../sandbox/webhooks/signature';
import { call, ORIGIN, START } from './support';

/** A sandbox on a manual clock whose runtime the test can reach (to publish events and wait for deliveries). */
function webhookSandbox() {
  const clock = createManualClock(START);
  const store = createStore(clock);
  const runtime = createRuntime(store, clock);
  const app = createApp(store, clock, runtime);
  // call() only sends requests, so the app's fetch is all of the Sandbox it needs.
  const sandbox = { fetch: async (request: Request) => app.fetch(request) } as Sandbox;
  return { sandbox, runtime, clock };
}

type Harness = ReturnType<typeof webhookSandbox>;
let h: Harness;

beforeEach(() => {
  h = webhookSandbox();
  // standardwebhooks checks timestamps against Date.now(): let it read the sandbox clock's time.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(h.clock.now());
});
afterEach(() => vi.useRealTimers());

async function register(events: string[] = ['order.*'], inbox = 'demo') {
  const res = await call(h.sandbox, 'POST', '/api/v1/webhooks/endpoints', { json: { url: `${ORIGIN}/api/v1/webhook-inbox/${inbox}`, events } });
  expect(res.status).toBe(201);
  return res.body.data as { id: string; secret: string };
}

const publishPaid = () => h.runtime.events.publish('order.paid', { order_id: 'ord_4', status: 'paid', previous_status: 'pending', user_id: 'usr_1' });

async function inbox(name = 'demo') {
  return (await call(h.sandbox, 'GET', `/api/v1/sandbox/webhook-inbox/${name}`)).body;
}

/** Posts to the inbox the way a sender would, with the given headers and body. */
function deliver(headers: Record<string, string>, body: string, name = 'demo') {
  return call(h.sandbox, 'POST', `/api/v1/webhook-inbox/${name}`, { body, headers: { 'Content-Type': 'application/json', ...headers } });
}

async function signed(secret: string, id: string, body: string, timestamp = Math.floor(h.clock.now() / 1000)) {
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': await signMessage(secret, id, timestamp, body) };
}

describe('Standard Webhooks signing', () => {
  it('makes secrets of the form whsec_ + base64 of 24 random bytes, different every time', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(atob(secret.slice(6))).toHaveLength(24);
    expect(generateSecret()).not.toBe(secret);
  });

  it('signs so that the standardwebhooks package accepts the message', async () => {
    const secret = generateSecret();
    const body = '{"type":"order.paid","timestamp":"2026-03-01T12:00:00.000Z","data":{"order_id":"ord_4"}}';
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = await signMessage(secret, 'msg_1', timestamp, body);
    expect(signature).toBe(new Webhook(secret).sign('msg_1', new Date(timestamp * 1000), body));
    expect(new Webhook(secret).verify(body, { 'webhook-id': 'msg_1', 'webhook-timestamp': String(timestamp), 'webhook-signature': signature })).toEqual(JSON.parse(body));
  });

  it('verifies its own signatures and refuses a change to the id, the timestamp or the body', async () => {
    const secret = generateSecret();
    const signature = await signMessage(secret, 'msg_1', 1772366400, '{}');
    expect(await verifyMessageSignature(secret, 'msg_1', 1772366400, '{}', signature)).toBe(true);
    expect(await verifyMessageSignature(secret, 'msg_2', 1772366400, '{}', signature)).toBe(false);
    expect(await verifyMessageSignature(secret, 'msg_1', 1772366401, '{}', signature)).toBe(false);
    expect(await verifyMessageSignature(secret, 'msg_1', 1772366400, '{ }', signature)).toBe(false);
    expect(await verifyMessageSignature(generateSecret(), 'msg_1', 1772366400, '{}', signature)).toBe(false);
    // Several signatures (a rotation) are space-separated; one match is enough. Junk is skipped, not fatal.
    expect(await verifyMessageSignature(secret, 'msg_1', 1772366400, '{}', `v1,not*base64 ${signature}`)).toBe(true);
  });
});

describe('webhook endpoints', () => {
  it('shows the secret once: in the 201 of registration, never in a later GET or list', async () => {
    const res = await call(h.sandbox, 'POST', '/api/v1/webhooks/endpoints', { json: { url: '/api/v1/webhook-inbox/demo', events: ['order.*'], description: 'Demo' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/webhooks/endpoints/ep_1');
    expect(res.body.data).toMatchObject({ id: 'ep_1', url: `${ORIGIN}/api/v1/webhook-inbox/demo`, events: ['order.*'], description: 'Demo', secret: expect.stringMatching(/^whsec_/) });
    const one = await call(h.sandbox, 'GET', '/api/v1/webhooks/endpoints/ep_1');
    expect(one.body.data).not.toHaveProperty('secret');
    expect(one.text).not.toContain(res.body.data.secret);
    expect((await call(h.sandbox, 'GET', '/api/v1/webhooks/endpoints')).text).not.toContain(res.body.data.secret);
  });

  it('refuses a URL on another host with 422, naming the field and the sandbox’s own receiver', async () => {
    for (const url of ['https://example.com/hooks', 'http://127.0.0.1:3000/hooks']) {
      const res = await call(h.sandbox, 'POST', '/api/v1/webhooks/endpoints', { json: { url, events: ['order.paid'] } });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', param: 'url' });
      expect(res.body.error.message).toContain(`${ORIGIN}/api/v1/webhook-inbox/demo`);
    }
  });

  it('refuses an event pattern that matches no event, such as a typo', async () => {
    const res = await call(h.sandbox, 'POST', '/api/v1/webhooks/endpoints', { json: { url: '/api/v1/webhook-inbox/demo', events: ['order.payed'] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ field: 'events[0]' });
    expect(res.body.error.details[0].message).toContain('order.*');
  });

  it('rotates the secret: the new one is shown once and signs from then on', async () => {
    const { id, secret: old } = await register();
    const rotated = await call(h.sandbox, 'POST', `/api/v1/webhooks/endpoints/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const secret = rotated.body.data.secret;
    expect(secret).not.toBe(old);
    publishPaid();
    await h.runtime.webhooks.dispatcher.settled();
    const [record] = (await inbox()).records;
    expect(() => new Webhook(old).verify(record.body, record.headers)).toThrow();
    expect(new Webhook(secret).verify(record.body, record.headers)).toMatchObject({ type: 'order.paid' });
  });

  it('deletes an endpoint: 204, then 404, and its events are no longer delivered', async () => {
    const { id } = await register();
    expect((await call(h.sandbox, 'DELETE', `/api/v1/webhooks/endpoints/${id}`)).status).toBe(204);
    expect((await call(h.sandbox, 'GET', `/api/v1/webhooks/endpoints/${id}`)).status).toBe(404);
    publishPaid();
    await h.runtime.webhooks.dispatcher.settled();
    expect((await call(h.sandbox, 'GET', '/api/v1/webhooks/deliveries')).body.data).toEqual([]);
  });
});

describe('deliveries, verified by the standardwebhooks package', () => {
  it('delivers a matching event to the inbox, signed so that standardwebhooks verifies it', async () => {
    const { secret } = await register(['order.*']);
    const event = publishPaid();
    await h.runtime.webhooks.dispatcher.settled();

    const { records } = await inbox();
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({ outcome: 'accepted', endpoint_id: 'ep_1', checks: { signature: 'valid', timestamp: 'valid', replay: 'first' } });
    expect(record.headers).toMatchObject({ 'webhook-id': `msg_${event.id}`, 'webhook-timestamp': String(Math.floor(h.clock.now() / 1000)), 'content-type': 'application/json' });
    expect(record.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const payload = new Webhook(secret).verify(record.body, record.headers);
    expect(payload).toEqual({ type: 'order.paid', timestamp: event.occurred_at, data: event.data });

    const deliveries = (await call(h.sandbox, 'GET', '/api/v1/webhooks/deliveries')).body.data;
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: 'succeeded', webhook_id: `msg_${event.id}`, event_type: 'order.paid', next_attempt_at: null });
    expect(deliveries[0].attempts).toEqual([expect.objectContaining({ number: 1, outcome: 'succeeded', response_status: 200, next_attempt_at: null })]);
  });

  it('delivers order.created and order.paid when an order is placed and paid through the API', async () => {
    const { secret } = await register(['order.created', 'order.paid']);
    const placed = await call(h.sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_1', items: [{ product_id: 'prd_2', quantity: 1 }] } });
    expect(placed.status).toBe(201);
    expect((await call(h.sandbox, 'POST', '/api/v1/payments', { json: { order_id: placed.body.data.id } })).status).toBe(201);
    await h.runtime.webhooks.dispatcher.settled();

    const records = (await inbox()).records.reverse();
    const payloads = records.map((record: { body: string; headers: Record<string, string> }) => new Webhook(secret).verify(record.body, record.headers));
    expect(payloads).toEqual([
      expect.objectContaining({ type: 'order.created', data: expect.objectContaining({ order_id: placed.body.data.id, status: 'pending' }) }),
      expect.objectContaining({ type: 'order.paid', data: expect.objectContaining({ order_id: placed.body.data.id, status: 'paid', previous_status: 'pending' }) }),
    ]);
  });

  it('sends only the events an endpoint asked for', async () => {
    await register(['order.shipped']);
    publishPaid();
    h.runtime.events.publish('order.shipped', { order_id: 'ord_4', status: 'shipped', previous_status: 'paid', user_id: 'usr_1' });
    await h.runtime.webhooks.dispatcher.settled();
    const deliveries = (await call(h.sandbox, 'GET', '/api/v1/webhooks/deliveries')).body.data;
    expect(deliveries.map((d: { event_type: string }) => d.event_type)).toEqual(['order.shipped']);
  });
});

describe('the demo inbox', () => {
  it('rejects a tampered body, id or timestamp with 400 and records which check failed', async () => {
    const { secret } = await register();
    const body = '{"type":"order.paid","data":{"order_id":"ord_4"}}';
    const good = await signed(secret, 'msg_900', body);

    const tampered = [
      await deliver(good, body.replace('ord_4', 'ord_1')),
      await deliver({ ...good, 'webhook-id': 'msg_901' }, body),
      await deliver({ ...good, 'webhook-timestamp': String(Number(good['webhook-timestamp']) + 1) }, body),
    ];
    for (const res of tampered) {
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'webhook_verification_failed', param: 'webhook-signature' });
    }
    const { records } = await inbox();
    expect(records.map((r: { checks: { signature: string } }) => r.checks.signature)).toEqual(['invalid', 'invalid', 'invalid']);
    for (const record of records) expect(() => new Webhook(secret).verify(record.body, record.headers)).toThrow(/signature/i);
    expect((await deliver(good, body)).status).toBe(200);
  });

  it('rejects a timestamp more than 5 minutes old or ahead, even with a valid signature', async () => {
    const { secret } = await register();
    const now = Math.floor(h.clock.now() / 1000);
    const stale = await deliver(await signed(secret, 'msg_1', '{}', now - 301), '{}');
    expect(stale.status).toBe(400);
    expect(stale.body.error).toMatchObject({ code: 'webhook_verification_failed', param: 'webhook-timestamp' });
    expect(stale.body.error.message).toMatch(/5 minutes behind/);
    const ahead = await deliver(await signed(secret, 'msg_2', '{}', now + 301), '{}');
    expect(ahead.status).toBe(400);
    expect((await deliver(await signed(secret, 'msg_3', '{}', now - 299), '{}')).status).toBe(200);
    const checks = (await inbox()).records.map((r: { checks: { timestamp: string } }) => r.checks.timestamp);
    expect(checks).toEqual(['valid', 'too_new', 'too_old']);
  });

  it('acknowledges a repeated webhook-id with 200 but does not process it again', async () => {
    const { secret } = await register();
    const first = await deliver(await signed(secret, 'msg_7', '{"n":1}'), '{"n":1}');
    expect(first.body.data.outcome).toBe('accepted');
    h.clock.advance(60_000); // a replay a minute later, freshly signed: only the id gives it away
    const again = await deliver(await signed(secret, 'msg_7', '{"n":1}'), '{"n":1}');
    expect(again.status).toBe(200);
    expect(again.body.data.outcome).toBe('duplicate');
    const [latest] = (await inbox()).records;
    expect(latest).toMatchObject({ outcome: 'duplicate', checks: { signature: 'valid', timestamp: 'valid', replay: 'duplicate' } });
  });

  it('does not let an unsigned copy mark an id as seen', async () => {
    const { secret } = await register();
    expect((await deliver({ 'webhook-id': 'msg_8', 'webhook-timestamp': String(Math.floor(h.clock.now() / 1000)), 'webhook-signature': 'v1,Zm9yZ2Vk' }, '{}')).status).toBe(400);
    expect((await deliver(await signed(secret, 'msg_8', '{}'), '{}')).body.data.outcome).toBe('accepted');
  });

  it('refuses a delivery without the webhook headers, and one to an inbox no endpoint points at', async () => {
    await register(['order.*'], 'demo');
    const bare = await deliver({}, '{}');
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toMatch(/webhook-id, webhook-timestamp or webhook-signature/);
    const orphan = await deliver(await signed(generateSecret(), 'msg_1', '{}'), '{}', 'nobody');
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.message).toMatch(/No registered endpoint points at this inbox/);
  });
});
