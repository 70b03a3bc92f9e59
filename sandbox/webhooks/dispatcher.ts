import { createActor, type Actor } from 'xstate';
import type { EventLog, SandboxEvent } from '../events/event-log';
import type { Clock } from '../store/clock';
import type { Collection } from '../store/collection';
import { deliveryMachine, type DeliveryStatus } from './delivery-machine';
import type { Delivery } from './delivery-record';
import { createDueTimer } from './due-timer';
import type { WebhookEndpoint } from './endpoints';
import { matchesEventPattern } from './event-filter';
import { createBackoff, MAX_ATTEMPTS } from './retry-schedule';
import { signMessage } from './signature';

/**
 * The sender: turns every event in the log into one message per matching endpoint, signs
 * and sends each attempt, and schedules retries on the sandbox clock.
 *
 * Due work runs in two ways: `runDue()` at the start of every sandbox request (so moving
 * the clock past a due time and then asking anything delivers it), and a `clock.sleep`
 * timer until the earliest due time (so in real time, with nobody asking, it happens too).
 */

/** How long the sender waits for an answer before it counts the attempt as timed out. */
export const DELIVERY_TIMEOUT_MS = 3_000;
/** How many deliveries are kept (oldest dropped first). */
const KEPT_DELIVERIES = 200;
/** How much of a receiver's answer is kept on an attempt, for showing what it said. */
const KEPT_RESPONSE_CHARS = 500;

type Send = (request: Request) => Promise<Response>;

// Work started from an event or a timer has no request to fail; a bug there is logged, never swallowed.
const report = (error: unknown) => console.error('[sandbox] webhook delivery failed unexpectedly:', error);

interface Tracked {
  delivery: Delivery;
  actor: Actor<typeof deliveryMachine>;
}

export interface DispatcherOptions {
  /** Arm a clock.sleep timer for the next due retry (default true). Off, only requests run due work. */
  timer?: boolean;
  /** Seed of the jitter sequence. */
  seed?: number;
}

/** The delivery side of the webhooks: see the module comment. */
export function createDispatcher(clock: Clock, events: EventLog, endpoints: Collection<WebhookEndpoint>, options: DispatcherOptions = {}) {
  const useTimer = options.timer ?? true;
  const backoff = createBackoff(options.seed);
  let tracked = new Map<string, Tracked>();
  let nextId = 1;
  let send: Send | undefined;
  // Requests this dispatcher made, so the app can tell a delivery from a client's request.
  let ownRequests = new WeakSet<Request>();
  // Bumped on reset: attempts that were under way then must not write into the new state.
  let generation = 0;
  const timer = createDueTimer(clock, () => void runDue().then(armTimer, report));
  const inFlight = new Set<Promise<void>>();

  const iso = (ms: number) => new Date(ms).toISOString();

  const enqueue = (event: SandboxEvent) => {
    const body = JSON.stringify({ type: event.type, timestamp: event.occurred_at, data: event.data });
    for (const endpoint of endpoints.all()) {
      if (!endpoint.events.some((pattern) => matchesEventPattern(pattern, event.type))) continue;
      const actor = createActor(deliveryMachine, { input: { maxAttempts: MAX_ATTEMPTS } }).start();
      const delivery: Delivery = {
        id: `dlv_${nextId++}`,
        endpoint_id: endpoint.id,
        webhook_id: `msg_${event.id}`,
        event_id: event.id,
        event_type: event.type,
        url: endpoint.url,
        body,
        status: 'scheduled',
        attempts: [],
        next_attempt_at: clock.now(),
        created_at: iso(clock.now()),
      };
      tracked.set(delivery.id, { delivery, actor });
    }
    while (tracked.size > KEPT_DELIVERIES) tracked.delete(tracked.keys().next().value!);
    runDue().catch(report);
  };
  events.subscribe(enqueue);

  async function attempt(entry: Tracked, replay: boolean): Promise<void> {
    const { delivery, actor } = entry;
    const mine = generation;
    actor.send({ type: replay ? 'delivery.replay' : 'delivery.send' });
    delivery.status = actor.getSnapshot().value as DeliveryStatus;
    delivery.next_attempt_at = null;

    const started = clock.now();
    const timestamp = Math.floor(started / 1000);
    const result = await exchange(delivery, timestamp);
    if (mine !== generation) return;
    const duration = clock.now() - started;
    const timedOut = result.status !== null && duration > DELIVERY_TIMEOUT_MS;
    const ok = !timedOut && result.status !== null && result.status >= 200 && result.status < 300;

    actor.send({ type: ok ? 'delivery.succeeded' : 'delivery.failed' });
    const status = actor.getSnapshot().value as DeliveryStatus;
    const next = status === 'scheduled' ? clock.now() + backoff.delayBefore(delivery.attempts.length + 1) : null;
    delivery.status = status;
    delivery.next_attempt_at = next;
    delivery.attempts.push({
      number: delivery.attempts.length + 1,
      replay,
      started_at: iso(started),
      webhook_timestamp: timestamp,
      outcome: ok ? 'succeeded' : timedOut ? 'timed_out' : 'failed',
      response_status: timedOut ? null : result.status,
      response_body: timedOut ? null : result.text,
      // A sender that gives up stops its stopwatch at the timeout.
      duration_ms: Math.min(duration, DELIVERY_TIMEOUT_MS),
      next_attempt_at: next === null ? null : iso(next),
    });
    armTimer();
  }

  // The receiver is the sandbox app itself, and it always answers: the sender waits for the
  // answer and then counts one slower than DELIVERY_TIMEOUT_MS as a timeout, exactly as a
  // sender that hung up at that moment would have recorded it.
  async function exchange(delivery: Delivery, timestamp: number): Promise<{ status: number | null; text: string | null }> {
    const endpoint = endpoints.get(delivery.endpoint_id);
    if (!endpoint || !send) return { status: null, text: 'The endpoint no longer exists, so there was nothing to send to.' };
    const request = new Request(delivery.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'webhook-id': delivery.webhook_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': await signMessage(endpoint.secret, delivery.webhook_id, timestamp, delivery.body),
      },
      body: delivery.body,
    });
    ownRequests.add(request);
    try {
      const response = await send(request);
      return { status: response.status, text: (await response.text()).slice(0, KEPT_RESPONSE_CHARS) };
    } catch (error) {
      return { status: null, text: `The request failed: ${(error as Error).message}` };
    }
  }

  function track(work: Promise<void>): Promise<void> {
    inFlight.add(work);
    return work.finally(() => inFlight.delete(work));
  }

  /** Starts every attempt that is due now and waits for those attempts to finish. */
  async function runDue(): Promise<void> {
    const now = clock.now();
    const due = [...tracked.values()].filter(({ delivery }) => delivery.status === 'scheduled' && delivery.next_attempt_at !== null && delivery.next_attempt_at <= now);
    await Promise.all(due.map((entry) => track(attempt(entry, false))));
  }

  function armTimer(): void {
    if (!useTimer) return;
    const times = [...tracked.values()].map(({ delivery }) => delivery.next_attempt_at).filter((at): at is number => at !== null);
    timer.arm(times.length ? Math.min(...times) : undefined);
  }

  return {
    /** Connects the sender to the app that answers the sandbox's own URLs. */
    connect(fetch: Send): void {
      send = fetch;
    },
    /** Whether `request` is one of this dispatcher's deliveries (those never wait for due work). */
    isDelivery: (request: Request) => ownRequests.has(request),
    runDue,
    /** Newest first, optionally only one endpoint's or one status. */
    list(filter: { endpoint_id?: string; status?: DeliveryStatus } = {}): Delivery[] {
      return [...tracked.values()]
        .map(({ delivery }) => delivery)
        .filter((d) => (!filter.endpoint_id || d.endpoint_id === filter.endpoint_id) && (!filter.status || d.status === filter.status))
        .reverse();
    },
    get: (id: string): Delivery | undefined => tracked.get(id)?.delivery,
    /** Sends a delivery again now, with the same webhook-id; resolves when the attempt is over. */
    replay(id: string): Promise<void> {
      const entry = tracked.get(id)!;
      return track(attempt(entry, true));
    },
    /** Forgets an endpoint's deliveries (the endpoint was deleted). */
    dropEndpoint(endpointId: string): void {
      for (const [id, { delivery }] of tracked) if (delivery.endpoint_id === endpointId) tracked.delete(id);
      armTimer();
    },
    /**
     * Resolves once no attempt is under way and, with the timer on, none is scheduled either
     * (on a manual clock the timer's sleeps move time forward, so this runs the whole schedule).
     */
    async settled(): Promise<void> {
      for (let turn = 0; turn < 10_000; turn++) {
        const busy = [...tracked.values()].some(({ delivery }) => delivery.status === 'sending' || (useTimer && delivery.status === 'scheduled'));
        if (!busy && inFlight.size === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      throw new Error('Webhook deliveries did not settle: an attempt is stuck.');
    },
    reset(): void {
      generation++;
      timer.stop();
      tracked = new Map();
      ownRequests = new WeakSet();
      nextId = 1;
      backoff.reset();
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
export type { Delivery, DeliveryAttempt } from './delivery-record';
