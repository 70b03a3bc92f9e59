import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { createApp } from '../../sandbox/app';
import type { SandboxEvent } from '../../sandbox/events/event-log';
import { createManualClock, createSystemClock, type Clock, type Sandbox } from '../../sandbox/index';
import { ANONYMOUS } from '../../sandbox/auth/principal';
import { visibleTo } from '../../sandbox/realtime/visibility';
import { openRealtimeSession } from '../../sandbox/realtime/websocket-session';
import { createRuntime, type Runtime } from '../../sandbox/services/runtime';
import { createStore } from '../../sandbox/store/store';
import { ORIGIN, START, call } from './support';

/**
 * Helpers for the real-time tests: a sandbox whose runtime stays in reach (to count the
 * event log's listeners), a courier starter, and an SSE reader built on a real parser
 * (eventsource-parser), so the tests read the stream the way EventSource does.
 */

export interface RealtimeSandbox {
  sandbox: Sandbox;
  runtime: Runtime;
  clock: Clock;
  /** Subscribers on the event log beyond those the sandbox itself keeps (webhooks, GraphQL): the channels' own. */
  channelListeners(): number;
}

/** A sandbox on a manual clock at START (or the system clock, for tests that need real waiting). */
export function realtimeSandbox(clockKind: 'manual' | 'system' = 'manual'): RealtimeSandbox {
  const clock = clockKind === 'manual' ? createManualClock(START) : createSystemClock();
  const store = createStore(clock);
  const runtime = createRuntime(store, clock);
  const app = createApp(store, clock, runtime);
  const sandbox: Sandbox = {
    fetch: async (request) => app.fetch(request),
    reset: () => runtime.reset(),
    clock,
    connectRealtime: (peer) => openRealtimeSession(runtime.events, clock, peer, visibleTo(ANONYMOUS, store)), // as createSandbox wires it
  };
  const ownListeners = runtime.events.listenerCount;
  return { sandbox, runtime, clock, channelListeners: () => runtime.events.listenerCount - ownListeners };
}

/** Sends the seed's shipped order ord_2 on the road (or `body`'s order) and checks it started. */
export async function startCourier(sandbox: Sandbox, body: Record<string, unknown> = {}): Promise<void> {
  const res = await call(sandbox, 'POST', '/api/v1/sandbox/simulate/courier', { json: { order_id: 'ord_2', ...body } });
  if (res.status !== 202) throw new Error(`The courier did not start: ${res.status} ${res.text}`);
}

/** Milliseconds the sandbox clock has moved since START. */
export function elapsed(clock: Clock): number {
  return clock.now() - Date.parse(START);
}

export type SseItem = { kind: 'event'; message: EventSourceMessage } | { kind: 'comment'; text: string } | { kind: 'retry'; ms: number };

/** Reads a text/event-stream body item by item: events, comments (heartbeats) and retry fields. */
export class SseReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  readonly #items: SseItem[] = [];
  readonly #parser = createParser({
    onEvent: (message) => this.#items.push({ kind: 'event', message }),
    onComment: (text) => this.#items.push({ kind: 'comment', text }),
    onRetry: (ms) => this.#items.push({ kind: 'retry', ms }),
  });

  constructor(body: ReadableStream<Uint8Array>) {
    this.#reader = body.getReader();
  }

  /** The next item; throws if the stream ends first. */
  async next(): Promise<SseItem> {
    while (this.#items.length === 0) {
      const { done, value } = await this.#reader.read();
      if (done) throw new Error('The event stream ended before the next item.');
      this.#parser.feed(this.#decoder.decode(value, { stream: true }));
    }
    return this.#items.shift()!;
  }

  /** The next `count` events (skipping comments and retry fields), parsed from their data. */
  async events(count: number): Promise<Array<{ id: string | undefined; event: string | undefined; data: SandboxEvent }>> {
    const found = [];
    while (found.length < count) {
      const item = await this.next();
      if (item.kind === 'event') found.push({ id: item.message.id, event: item.message.event, data: JSON.parse(item.message.data) as SandboxEvent });
    }
    return found;
  }

  /** Drops the connection, as a client that goes away does. */
  cancel(): Promise<void> {
    return this.#reader.cancel();
  }
}

/** Opens GET /api/v1/events/stream (plus `query`) with the given headers. */
export async function openStream(sandbox: Sandbox, query = '', headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
  return sandbox.fetch(new Request(`${ORIGIN}/api/v1/events/stream${query}`, { headers: { Accept: 'text/event-stream', ...headers }, signal }));
}
