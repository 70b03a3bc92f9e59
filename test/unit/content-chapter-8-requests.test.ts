import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualClock, createSandbox, type Sandbox } from '../../sandbox/index';
import { RETRY_CAPS_MS } from '../../sandbox/webhooks/retry-schedule';
import type { TryItRequest } from '../../src/content/types';
import { send, tryItFinder, type Answer } from './chapter-requests';

// Chapter 8 describes what each of its Try-it blocks answers; these tests hold it to that.
// The blocks build on each other (the order paid and shipped in the HATEOAS section is the one
// delivered to the failing inbox), so each test sends them in reading order on one sandbox.
const byTitle = tryItFinder('advanced-patterns');
const START = '2026-03-01T10:00:00.000Z';

/** A sandbox as a reader has it after chapter 7 (ord_4 paid), then reset by the chapter's first block. */
async function fresh(): Promise<Sandbox> {
  const sandbox = createSandbox({ clock: createManualClock(START) });
  expect((await send(sandbox, { method: 'POST', url: '/api/v1/orders/ord_4/pay', headers: [], body: null })).status).toBe(200);
  expect((await sendTitled(sandbox, 'Start from the seed data')).status).toBe(204);
  return sandbox;
}
const sendTitled = async (sandbox: Sandbox, title: string) => send(sandbox, await byTitle(title));

/** Sends a Try-it until its answer satisfies `done` (webhooks are delivered asynchronously); fails after ~3 s. */
async function sendUntil(sandbox: Sandbox, title: string, done: (answer: Answer) => boolean): Promise<Answer> {
  for (let i = 0; ; i++) {
    const answer = await sendTitled(sandbox, title);
    if (done(answer)) return answer;
    if (i === 60) throw new Error(`"${title}" never reached the state the chapter describes; last answer ${answer.status}: ${JSON.stringify(answer.json).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A plain GET the test needs besides the chapter's blocks. */
const get = (url: string): TryItRequest => ({ method: 'GET', url, headers: [], body: null });
const actionNames = (answer: Answer) => answer.json.data._actions.map((action: { name: string }) => action.name);

afterEach(() => vi.useRealTimers());

describe('chapter 8 shows what its text says', () => {
  it('offers the actions the lifecycle allows, and following each one succeeds', async () => {
    const sandbox = await fresh();
    const pending = await sendTitled(sandbox, 'A pending order and its actions');
    expect(pending.status).toBe(200);
    expect(Object.keys(pending.json.data._links)).toEqual(['self', 'user', 'items', 'payments']);
    expect(actionNames(pending)).toEqual(['pay', 'cancel']);
    expect(pending.json.data._actions[0]).toMatchObject({ method: 'POST', href: '/api/v1/orders/ord_4/pay', title: expect.any(String) });

    const paid = await sendTitled(sandbox, 'Follow the pay action');
    expect(paid.status).toBe(200);
    expect(paid.json.data.status).toBe('paid');
    expect(actionNames(paid)).toEqual(['ship', 'cancel']);

    const shipped = await sendTitled(sandbox, 'Follow the ship action');
    expect(shipped.json.data.status).toBe('shipped');
    expect(actionNames(shipped)).toEqual(['deliver']);

    const delivered = await sendTitled(sandbox, 'A delivered order offers nothing');
    expect(delivered.json.data.status).toBe('delivered');
    expect(delivered.json.data._actions).toEqual([]);
  });

  it('delivers a signed event that the standardwebhooks library verifies, then retries, dead-letters and replays a failing one', async () => {
    const sandbox = await fresh();
    for (const title of ['Follow the pay action', 'Follow the ship action']) expect((await sendTitled(sandbox, title)).status).toBe(200);

    const registered = await sendTitled(sandbox, 'Register a webhook endpoint');
    expect(registered.status).toBe(201);
    const secret: string = registered.json.data.secret;
    expect(secret).toMatch(/^whsec_/);
    expect((await sendTitled(sandbox, 'Cancel an order to cause an event')).json.data.status).toBe('cancelled');

    const inbox = await sendUntil(sandbox, 'What the inbox received', (a) => a.json.records.length > 0);
    const [record] = inbox.json.records;
    expect(record).toMatchObject({ checks: { signature: 'valid', timestamp: 'valid', replay: 'first' }, outcome: 'accepted', response_status: 200 });
    expect(record.headers['webhook-signature']).toMatch(/^v1,/);
    // Any Standard Webhooks library verifies it, at the sandbox's time.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(sandbox.clock.now());
    expect(new Webhook(secret).verify(record.body, record.headers)).toMatchObject({ type: 'order.cancelled', data: { order_id: 'ord_3' } });
    vi.useRealTimers();

    expect((await sendTitled(sandbox, 'Make the inbox fail')).json.faults).toEqual({ mode: 'error', remaining: 6 });
    expect((await sendTitled(sandbox, 'Deliver the shipped order')).json.data.status).toBe('delivered');
    const first = await sendUntil(sandbox, 'The delivery and its attempts', (a) => a.json.data.attempts.length > 0);
    expect(first.json.data).toMatchObject({ id: 'dlv_2', event_type: 'order.delivered' });
    expect(first.json.data.attempts[0]).toMatchObject({ outcome: 'failed', response_status: 500 });

    expect((await sendTitled(sandbox, 'Move the sandbox clock two hours on')).status).toBe(200);
    const dead = await sendUntil(sandbox, 'The delivery and its attempts', (a) => a.json.data.status === 'dead_lettered');
    const attempts: { started_at: string; next_attempt_at: string | null; webhook_timestamp: number }[] = dead.json.data.attempts;
    expect(attempts).toHaveLength(6);
    // Each scheduled wait is jittered under its cap (the clock move may send a retry later than
    // scheduled, never earlier), and every attempt is stamped with its own time.
    for (const [i, cap] of RETRY_CAPS_MS.entries()) {
      const scheduled = Date.parse(attempts[i]!.next_attempt_at!) - Date.parse(attempts[i]!.started_at);
      expect(scheduled, `wait after attempt ${i + 1}`).toBeGreaterThan(0);
      expect(scheduled, `wait after attempt ${i + 1}`).toBeLessThanOrEqual(cap);
      expect(Date.parse(attempts[i + 1]!.started_at)).toBeGreaterThanOrEqual(Date.parse(attempts[i]!.next_attempt_at!));
      expect(attempts[i + 1]!.webhook_timestamp).toBe(Math.floor(Date.parse(attempts[i + 1]!.started_at) / 1000));
    }
    expect(attempts.at(-1)!.next_attempt_at).toBeNull();
    expect((await sendTitled(sandbox, 'The dead letters')).json.data.map((d: { id: string }) => d.id)).toContain('dlv_2');

    expect((await sendTitled(sandbox, 'Replay the dead letter')).status).toBe(200);
    const replayed = await sendUntil(sandbox, 'The delivery and its attempts', (a) => a.json.data.status === 'succeeded');
    expect(replayed.json.data.attempts.at(-1)).toMatchObject({ replay: true, outcome: 'succeeded' });
    const received = (await sendTitled(sandbox, 'What the inbox received')).json.records[0];
    expect(received).toMatchObject({ outcome: 'accepted', checks: { signature: 'valid', timestamp: 'valid' } });
    expect(received.headers['webhook-id']).toBe(dead.json.data.webhook_id);
  });

  it('polls the feed with a cursor, and a long poll answers when the courier moves', async () => {
    const sandbox = await fresh();
    expect((await sendTitled(sandbox, 'Follow the pay action')).status).toBe(200);
    const polled = await sendTitled(sandbox, 'Poll the event feed');
    expect(polled.status).toBe(200);
    expect(polled.json.data.map((e: { type: string }) => e.type)).toEqual(['order.paid']);
    expect(polled.json.links.next).toBe(`/api/v1/events?after=${polled.json.data[0].id}`);

    // The long poll is waiting when the courier starts, as when a reader clicks the two quickly.
    const waiting = sendTitled(sandbox, 'Wait for the next event');
    const courier = await sendTitled(sandbox, 'Start the courier');
    expect(courier.status).toBe(202);
    const woken = await waiting;
    expect(woken.status).toBe(200);
    expect(woken.json.meta.timed_out).toBe(false);
    expect(woken.json.data[0]).toMatchObject({ type: 'order.location_updated', data: { order_id: 'ord_2' } });

    // With nothing new before the timeout: 200, an empty list, timed_out, and where to ask next.
    const idle = await send(sandbox, { ...(await byTitle('Wait for the next event')), url: '/api/v1/notifications/poll?timeout=1' });
    expect(idle.status).toBe(200);
    expect(idle.json).toMatchObject({ data: [], meta: { timed_out: true } });
    expect(idle.json.links.next).toMatch(/^\/api\/v1\/notifications\/poll\?since=\d+/);
  });

  it('answers a batch with 200, one result per operation, and an atomic batch that leaves no trace', async () => {
    const sandbox = await fresh();
    const mixed = await sendTitled(sandbox, 'A batch with one failure');
    expect(mixed.status).toBe(200);
    expect(mixed.json.results.map((r: { index: number; outcome: string; status: number }) => [r.index, r.outcome, r.status])).toEqual([
      [0, 'succeeded', 201],
      [1, 'succeeded', 200],
      [2, 'failed', 404],
    ]);
    expect(mixed.json.results[2].error.code).toBe('resource_not_found');
    expect(mixed.json.summary).toMatchObject({ total: 3, succeeded: 2, failed: 1 });

    const atomic = await sendTitled(sandbox, 'The same mistake, all or nothing');
    expect(atomic.status).toBe(200);
    expect(atomic.json.results.map((r: { outcome: string; status: number }) => [r.outcome, r.status])).toEqual([
      ['rolled_back', 424],
      ['failed', 404],
    ]);
    const users = await send(sandbox, get('/api/v1/users?limit=100'));
    expect(users.json.data.map((u: { email: string }) => u.email)).not.toContain('dorothy@example.com');
  });

  it('replays the first answer for a repeated key and refuses the key with a different body', async () => {
    const sandbox = await fresh();
    const countOrders = async () => (await send(sandbox, get('/api/v1/orders?limit=100'))).json.data.length;
    const before = await countOrders();
    const created = await sendTitled(sandbox, 'Place an order with an idempotency key');
    expect(created.status).toBe(201);
    const again = await sendTitled(sandbox, 'Place an order with an idempotency key');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe(created.headers.get('location'));
    expect(again.json.data.id).toBe(created.json.data.id);
    expect(await countOrders()).toBe(before + 1);

    const reused = await sendTitled(sandbox, 'Reuse the key for a different order');
    expect(reused.status).toBe(422);
    expect(reused.json.error).toMatchObject({ code: 'idempotency_key_reused', param: 'Idempotency-Key' });
  });
});
