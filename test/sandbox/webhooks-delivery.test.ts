import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../sandbox/app';
import type { Sandbox } from '../../sandbox/index';
import { createRuntime } from '../../sandbox/services/runtime';
import { createManualClock } from '../../sandbox/store/clock';
import { createStore } from '../../sandbox/store/store';
import { createBackoff, MAX_ATTEMPTS, RETRY_CAPS_MS } from '../../sandbox/webhooks/retry-schedule';
import { createWebhooks } from '../../sandbox/webhooks/webhooks';
import { call, START } from './support';

/**
 * Retries, dead letters and replay, all on the manual clock. With the timer on (the default),
 * a pending retry's clock.sleep moves the manual clock to its due time by itself; with it off,
 * only a request after the clock was moved can deliver it.
 */
function webhookSandbox({ timer = true } = {}) {
  const clock = createManualClock(START);
  const store = createStore(clock);
  const base = createRuntime(store, clock);
  const runtime = timer ? base : { ...base, webhooks: createWebhooks(clock, base.events, { timer: false }) };
  const app = createApp(store, clock, runtime);
  // call() only sends requests, so the app's fetch is all of the Sandbox it needs.
  const sandbox = { fetch: async (request: Request) => app.fetch(request) } as Sandbox;
  return { sandbox, runtime, clock };
}

type Harness = ReturnType<typeof webhookSandbox>;

afterEach(() => vi.useRealTimers());

async function setUp(h: Harness, faults?: { fail_next: number; mode?: 'error' | 'timeout' }) {
  const registered = await call(h.sandbox, 'POST', '/api/v1/webhooks/endpoints', { json: { url: '/api/v1/webhook-inbox/demo', events: ['order.*'] } });
  if (faults) expect((await call(h.sandbox, 'PUT', '/api/v1/sandbox/webhook-inbox/demo', { json: faults })).status).toBe(200);
  return registered.body.data.secret as string;
}

const publishPaid = (h: Harness) => h.runtime.events.publish('order.paid', { order_id: 'ord_4', status: 'paid', previous_status: 'pending', user_id: 'usr_1' });
const delivery = async (h: Harness, id = 'dlv_1') => (await call(h.sandbox, 'GET', `/api/v1/webhooks/deliveries/${id}`)).body.data;
const inboxRecords = async (h: Harness) => (await call(h.sandbox, 'GET', '/api/v1/sandbox/webhook-inbox/demo')).body.records;
const at = (iso: string) => Date.parse(iso);

/** Verifies a received record with the standardwebhooks package, as of the sandbox clock's time. */
function verifyWithLibrary(h: Harness, secret: string, record: { body: string; headers: Record<string, string> }) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(h.clock.now());
  try {
    return new Webhook(secret).verify(record.body, record.headers);
  } finally {
    vi.useRealTimers();
  }
}

describe('webhook retries', () => {
  it('retries failed attempts on the jittered backoff with the same webhook-id, re-stamped each time, with nobody asking', async () => {
    const h = webhookSandbox();
    const secret = await setUp(h, { fail_next: 2 });
    const event = publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled(); // no request in between: the clock.sleep timer sends the retries

    const { status, attempts } = await delivery(h);
    expect(status).toBe('succeeded');
    expect(attempts.map((a: { outcome: string; response_status: number }) => [a.outcome, a.response_status])).toEqual([
      ['failed', 500],
      ['failed', 500],
      ['succeeded', 200],
    ]);
    const backoff = createBackoff();
    const delays = [backoff.delayBefore(1), backoff.delayBefore(2)];
    expect(delays[0]).toBeLessThan(RETRY_CAPS_MS[0]);
    expect(delays[1]).toBeLessThan(RETRY_CAPS_MS[1]);
    expect(at(attempts[1].started_at) - at(attempts[0].started_at)).toBe(delays[0]);
    expect(at(attempts[2].started_at) - at(attempts[1].started_at)).toBe(delays[1]);
    expect(attempts[0].next_attempt_at).toBe(attempts[1].started_at);
    expect(attempts[2].next_attempt_at).toBeNull();
    for (const attempt of attempts) expect(attempt.webhook_timestamp).toBe(Math.floor(at(attempt.started_at) / 1000));

    const records = await inboxRecords(h);
    expect(records.map((r: { headers: { 'webhook-id': string } }) => r.headers['webhook-id'])).toEqual([`msg_${event.id}`, `msg_${event.id}`, `msg_${event.id}`]);
    expect(records.map((r: { outcome: string }) => r.outcome)).toEqual(['accepted', 'failed', 'failed']);
    expect(verifyWithLibrary(h, secret, records[0])).toMatchObject({ type: 'order.paid' });
  });

  it('gives the same delays for the same history: the jitter is seeded', async () => {
    const runs = [];
    for (const _ of [1, 2]) {
      const h = webhookSandbox();
      await setUp(h, { fail_next: 3 });
      publishPaid(h);
      await h.runtime.webhooks.dispatcher.settled();
      runs.push((await delivery(h)).attempts.map((a: { started_at: string }) => a.started_at));
    }
    expect(runs[0]).toHaveLength(4);
    expect(runs[1]).toEqual(runs[0]);
  });

  it('delivers a due retry on the first request after the sandbox clock passes its due time', async () => {
    const h = webhookSandbox({ timer: false });
    await setUp(h, { fail_next: 1 });
    publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled();

    const waiting = await delivery(h);
    expect(waiting).toMatchObject({ status: 'scheduled', attempts: [expect.objectContaining({ outcome: 'failed' })] });
    const due = at(waiting.next_attempt_at);
    h.clock.set(due - 1);
    expect((await delivery(h)).status).toBe('scheduled');
    h.clock.set(due);
    const delivered = await delivery(h); // this very request runs the due attempt before answering
    expect(delivered.status).toBe('succeeded');
    expect(delivered.attempts[1]).toMatchObject({ number: 2, outcome: 'succeeded', started_at: new Date(due).toISOString() });
  });

  it('counts an answer slower than 3 s as a timeout, and the inbox acknowledges the retry as a duplicate', async () => {
    const h = webhookSandbox();
    await setUp(h, { fail_next: 1, mode: 'timeout' });
    publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled();

    const { status, attempts } = await delivery(h);
    expect(status).toBe('succeeded');
    expect(attempts[0]).toMatchObject({ outcome: 'timed_out', response_status: null, duration_ms: 3000 });
    expect(attempts[1]).toMatchObject({ outcome: 'succeeded', response_status: 200 });
    // The slow receiver did process the first copy; the retry is recognised by its webhook-id.
    const outcomes = (await inboxRecords(h)).map((r: { outcome: string; fault: string | null }) => [r.outcome, r.fault]);
    expect(outcomes).toEqual([
      ['duplicate', null],
      ['accepted', 'timeout'],
    ]);
  });
});

describe('dead letters and replay', () => {
  it('moves a delivery to the dead-letter list after the last of its 6 attempts', async () => {
    const h = webhookSandbox();
    await setUp(h, { fail_next: 20 });
    publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled();

    const dead = await delivery(h);
    expect(dead.status).toBe('dead_lettered');
    expect(dead.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(dead.attempts.at(-1).next_attempt_at).toBeNull();
    expect(dead.next_attempt_at).toBeNull();
    const gaps = dead.attempts.slice(1).map((a: { started_at: string }, i: number) => at(a.started_at) - at(dead.attempts[i].started_at));
    gaps.forEach((gap: number, i: number) => expect(gap).toBeLessThan(RETRY_CAPS_MS[i]!));
    const letters = await call(h.sandbox, 'GET', '/api/v1/webhooks/dead-letters');
    expect(letters.body.data.map((d: { id: string }) => d.id)).toEqual(['dlv_1']);
  });

  it('replays a dead letter as one new attempt with the same webhook-id, and it leaves the list once accepted', async () => {
    const h = webhookSandbox();
    const secret = await setUp(h, { fail_next: MAX_ATTEMPTS });
    publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled();
    expect((await delivery(h)).status).toBe('dead_lettered');

    const replayed = await call(h.sandbox, 'POST', '/api/v1/webhooks/deliveries/dlv_1/replay');
    expect(replayed.status).toBe(200);
    expect(replayed.body.data.status).toBe('succeeded');
    expect(replayed.body.data.attempts).toHaveLength(MAX_ATTEMPTS + 1);
    expect(replayed.body.data.attempts.at(-1)).toMatchObject({ replay: true, outcome: 'succeeded', webhook_timestamp: Math.floor(h.clock.now() / 1000) });
    expect((await call(h.sandbox, 'GET', '/api/v1/webhooks/dead-letters')).body.data).toEqual([]);
    const [latest] = await inboxRecords(h);
    expect(latest).toMatchObject({ outcome: 'accepted', headers: { 'webhook-id': replayed.body.data.webhook_id } });
    expect(verifyWithLibrary(h, secret, latest)).toMatchObject({ type: 'order.paid', data: { order_id: 'ord_4' } });
  });

  it('keeps a replay that fails in the dead-letter list, without starting retries', async () => {
    const h = webhookSandbox();
    await setUp(h, { fail_next: MAX_ATTEMPTS + 1 });
    publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled();
    const replayed = await call(h.sandbox, 'POST', '/api/v1/webhooks/deliveries/dlv_1/replay');
    expect(replayed.body.data).toMatchObject({ status: 'dead_lettered', next_attempt_at: null });
    expect(replayed.body.data.attempts.at(-1)).toMatchObject({ replay: true, outcome: 'failed', response_status: 500 });
  });

  it('lets the inbox spot a replay of an accepted delivery: acknowledged, not processed again', async () => {
    const h = webhookSandbox();
    await setUp(h);
    publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled();
    h.clock.advance(30_000);
    const replayed = await call(h.sandbox, 'POST', '/api/v1/webhooks/deliveries/dlv_1/replay');
    expect(replayed.body.data.status).toBe('succeeded');
    const [latest] = await inboxRecords(h);
    expect(latest).toMatchObject({ outcome: 'duplicate', checks: { signature: 'valid', timestamp: 'valid', replay: 'duplicate' } });
  });

  it('refuses to replay a delivery that is still scheduled, with 409 and its next attempt time', async () => {
    const h = webhookSandbox({ timer: false });
    await setUp(h, { fail_next: 1 });
    publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled();
    const res = await call(h.sandbox, 'POST', '/api/v1/webhooks/deliveries/dlv_1/replay');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('webhook_delivery_in_progress');
    expect(res.body.error.message).toContain((await delivery(h)).next_attempt_at);
  });

  it('answers 404 for a delivery that does not exist, pointing at the list', async () => {
    const h = webhookSandbox();
    const res = await call(h.sandbox, 'POST', '/api/v1/webhooks/deliveries/dlv_9/replay');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('/api/v1/webhooks/deliveries');
  });

  it('forgets endpoints, deliveries and inboxes on reset', async () => {
    const h = webhookSandbox();
    await setUp(h, { fail_next: 1 });
    publishPaid(h);
    await h.runtime.webhooks.dispatcher.settled();
    expect((await call(h.sandbox, 'POST', '/api/v1/sandbox/reset')).status).toBe(204);
    expect((await call(h.sandbox, 'GET', '/api/v1/webhooks/endpoints')).body.data).toEqual([]);
    expect((await call(h.sandbox, 'GET', '/api/v1/webhooks/deliveries')).body.data).toEqual([]);
    expect(await inboxRecords(h)).toEqual([]);
  });
});
