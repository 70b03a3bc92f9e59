import { beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import type { Sandbox } from '../../sandbox/index';
import { circuitBreakerMachine, type BreakerEvent, type BreakerSnapshot } from '../../sandbox/patterns/circuit-breaker-machine';
import { breaker, failPayments, isoAfter, pay, pendingOrder, provider, setFaults } from './payment-helpers';
import { START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const elapsed = () => sandbox.clock.now() - Date.parse(START);

/** Five failures in a row: the breaker opens at START. */
async function openBreaker() {
  await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
  await failPayments(sandbox, 5);
}

describe('circuit breaker in front of the payment provider', () => {
  it('starts closed with zero counts', async () => {
    expect(await breaker(sandbox)).toMatchObject({
      name: 'payment-provider',
      state: 'closed',
      consecutive_failures: 0,
      failure_threshold: 5,
      opened_at: null,
      retry_at: null,
      counts: { success: 0, failure: 0, rejected: 0 },
      links: { self: '/api/v1/sandbox/circuit-breakers/payment-provider', payment_provider: '/api/v1/sandbox/payment-provider' },
    });
  });

  it('stays closed through 4 failures and opens on the 5th in a row', async () => {
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    await failPayments(sandbox, 4);
    expect(await breaker(sandbox)).toMatchObject({ state: 'closed', consecutive_failures: 4, counts: { failure: 4 } });
    await failPayments(sandbox, 1);
    expect(await breaker(sandbox)).toMatchObject({
      state: 'open',
      consecutive_failures: 5,
      opened_at: START,
      retry_at: isoAfter(START, 30_000),
      counts: { success: 0, failure: 5, rejected: 0 },
    });
  });

  it('counts only consecutive failures: a success in between starts the count again', async () => {
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    await failPayments(sandbox, 4);
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 0 });
    expect((await pay(sandbox, await pendingOrder(sandbox))).status).toBe(201);
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    await failPayments(sandbox, 4);
    expect(await breaker(sandbox)).toMatchObject({ state: 'closed', consecutive_failures: 4, counts: { success: 1, failure: 8 } });
  });

  it('while open, answers 503 at once with Retry-After, without calling the provider', async () => {
    await openBreaker();
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 800 }); // would succeed, slowly, if it were called
    const callsBefore = (await provider(sandbox)).stats.calls;

    const res = await pay(sandbox, 'ord_4');
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('30');
    expect(res.body.error).toMatchObject({ type: 'system_error', code: 'service_unavailable', doc_url: '/errors/service_unavailable' });
    expect(res.body.error.message).toContain('Retry in 30 s');
    expect(elapsed()).toBe(0); // no latency: the provider was not waited for
    expect((await provider(sandbox)).stats.calls).toBe(callsBefore);
    expect((await breaker(sandbox)).counts).toEqual({ success: 0, failure: 5, rejected: 1 });

    sandbox.clock.advance(10_000);
    expect((await pay(sandbox, 'ord_4')).headers.get('Retry-After')).toBe('20');
  });

  it('sends Retry-After with the 503 in problem+json too', async () => {
    await openBreaker();
    const res = await pay(sandbox, 'ord_4', { Accept: 'application/problem+json' });
    expect(res.status).toBe(503);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toBe('30');
    expect(res.body).toMatchObject({ type: '/errors/service_unavailable', status: 503, code: 'service_unavailable', instance: '/api/v1/payments' });
  });

  it('turns half-open after exactly 30 s', async () => {
    await openBreaker();
    sandbox.clock.advance(29_999);
    expect((await breaker(sandbox)).state).toBe('open');
    const lastRefusal = await pay(sandbox, 'ord_4');
    expect(lastRefusal.status).toBe(503);
    expect(lastRefusal.headers.get('Retry-After')).toBe('1');
    sandbox.clock.advance(1);
    expect(await breaker(sandbox)).toMatchObject({ state: 'half_open', opened_at: START, retry_at: isoAfter(START, 30_000) });
  });

  it('closes when the half-open trial succeeds', async () => {
    await openBreaker();
    sandbox.clock.advance(30_000);
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 0 });
    expect((await pay(sandbox, 'ord_4')).status).toBe(201);
    expect(await breaker(sandbox)).toMatchObject({ state: 'closed', consecutive_failures: 0, opened_at: null, retry_at: null, counts: { success: 1, failure: 5 } });
    expect((await pay(sandbox, await pendingOrder(sandbox))).status).toBe(201);
  });

  it('opens again, with a fresh 30 s, when the trial fails', async () => {
    await openBreaker();
    sandbox.clock.advance(30_000);
    expect((await pay(sandbox, 'ord_4')).status).toBe(502);
    expect(await breaker(sandbox)).toMatchObject({
      state: 'open',
      opened_at: isoAfter(START, 30_000),
      retry_at: isoAfter(START, 60_000),
      counts: { failure: 6, rejected: 0 },
    });
    const refused = await pay(sandbox, 'ord_4');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('30');
  });

  it('lets only one trial through: a concurrent second request while half-open is refused', async () => {
    await openBreaker();
    const second = await pendingOrder(sandbox);
    sandbox.clock.advance(30_000);
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 500 });

    const [trial, concurrent] = await Promise.all([pay(sandbox, 'ord_4'), pay(sandbox, second)]);
    expect(trial.status).toBe(201);
    expect(concurrent.status).toBe(503);
    expect(concurrent.headers.get('Retry-After')).toBe('1'); // the trial decides within the 1 s timeout
    expect((await provider(sandbox)).stats.calls).toBe(6);
    expect(await breaker(sandbox)).toMatchObject({ state: 'closed', counts: { success: 1, failure: 5, rejected: 1 } });
  });

  it('counts timeouts as failures: five slow answers open it', async () => {
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 1500 });
    for (let i = 0; i < 5; i++) expect((await pay(sandbox, 'ord_4')).status).toBe(504);
    expect(elapsed()).toBe(5_000); // each call was abandoned after 1 s, not waited out
    expect(await breaker(sandbox)).toMatchObject({ state: 'open', opened_at: isoAfter(START, 5_000), counts: { failure: 5 } });
  });
});

// ---- the machine itself, model-based ----------------------------------------------------

const INPUT = { failureThreshold: 2, openMs: 1_000 };
const LATER = 10_000;
const modelEvents: BreakerEvent[] = [
  { type: 'breaker.tick', at: 0 },
  { type: 'breaker.tick', at: LATER },
  { type: 'breaker.trialStarted' },
  { type: 'breaker.succeeded', trial: false },
  { type: 'breaker.succeeded', trial: true },
  { type: 'breaker.failed', trial: false, at: 0 },
  { type: 'breaker.failed', trial: true, at: 0 },
  { type: 'breaker.rejected' },
  { type: 'breaker.reset' },
];

const stateName = (s: BreakerSnapshot) => (typeof s.value === 'string' ? s.value : `half_open.${String((s.value as { half_open: string }).half_open)}`);
// Counts grow forever; the model's states are the machine state plus what decides the next
// transition (failures beyond the threshold change nothing, so they are capped).
const abstractState = (s: BreakerSnapshot) =>
  JSON.stringify([s.value, Math.min(s.context.consecutiveFailures, INPUT.failureThreshold), s.context.retryAt]);

describe('circuit breaker machine, model-based', () => {
  const model = createTestModel(circuitBreakerMachine, {
    input: INPUT,
    events: modelEvents,
    serializeState: (s, event, previous) => `${previous ? abstractState(previous) : 'start'} --${event ? JSON.stringify(event) : 'init'}--> ${abstractState(s)}`,
  });
  const paths = model.getShortestPaths();

  it('reaches closed, open, half-open waiting and half-open trial', () => {
    const reached = new Set(paths.flatMap((path) => path.steps.map((step) => stateName(step.state))));
    expect([...reached].sort()).toEqual(['closed', 'half_open.trial', 'half_open.waiting', 'open']);
  });

  it('keeps its invariants along every path', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const actor = createActor(circuitBreakerMachine, { input: INPUT }).start();
      for (const step of path.steps.slice(1)) {
        actor.send(step.event as BreakerEvent);
        const { context } = actor.getSnapshot();
        const where = `${stateName(actor.getSnapshot())} after ${path.steps.map((s) => s.event.type).join(' → ')}`;
        if (actor.getSnapshot().matches('closed')) {
          expect(context.consecutiveFailures, where).toBeLessThan(INPUT.failureThreshold);
          expect(context.openedAt, where).toBeNull();
          expect(actor.getSnapshot().hasTag('admits-calls'), where).toBe(true);
        } else {
          expect(context.retryAt, where).toBe(context.openedAt! + INPUT.openMs);
        }
        if (actor.getSnapshot().matches('open') || actor.getSnapshot().matches({ half_open: 'trial' })) {
          expect(actor.getSnapshot().hasTag('admits-calls'), where).toBe(false);
        }
      }
    }
  });

  it('ignores a tick before the cool-down is over, and opens only from a trial failure or the threshold', () => {
    const actor = createActor(circuitBreakerMachine, { input: INPUT }).start();
    actor.send({ type: 'breaker.failed', trial: false, at: 100 });
    expect(actor.getSnapshot().value).toBe('closed');
    actor.send({ type: 'breaker.failed', trial: false, at: 200 });
    expect(actor.getSnapshot().value).toBe('open');
    actor.send({ type: 'breaker.tick', at: 1_199 });
    expect(actor.getSnapshot().value).toBe('open');
    actor.send({ type: 'breaker.tick', at: 1_200 });
    expect(actor.getSnapshot().value).toEqual({ half_open: 'waiting' });
    actor.send({ type: 'breaker.trialStarted' });
    actor.send({ type: 'breaker.failed', trial: false, at: 1_300 }); // a straggler from before, not the trial
    expect(actor.getSnapshot().value).toEqual({ half_open: 'trial' });
    actor.send({ type: 'breaker.failed', trial: true, at: 1_400 });
    expect(actor.getSnapshot().value).toBe('open');
    expect(actor.getSnapshot().context).toMatchObject({ openedAt: 1_400, retryAt: 2_400 });
  });
});
