import type { Clock } from '../store/clock';

/**
 * The sandbox's one feed of things that happened (an order was paid, a courier moved).
 * Every push channel reads from it: polling and long polling ask `since(id)`, SSE and
 * WebSockets `subscribe`, webhooks turn each event into deliveries. One log means one
 * numbering, so a client that switches channels can say "after event 41" anywhere.
 */

export interface SandboxEvent {
  /** Increasing from 1 in publication order; never reused, not even after a reset (ids stay unambiguous across it). */
  id: number;
  /** Dotted name, resource first: `order.paid`, `order.location_updated`. */
  type: string;
  /** The event's payload, JSON-serialisable. */
  data: unknown;
  /** When it happened on the sandbox clock, RFC 3339. */
  occurred_at: string;
}

type Listener = (event: SandboxEvent) => void;

export class EventLog {
  #events: SandboxEvent[] = [];
  #nextId = 1;
  #listeners = new Set<Listener>();

  /** @param capacity how many recent events are kept for `since`; older ones are forgotten. */
  constructor(
    private readonly clock: Clock,
    private readonly capacity = 1000,
  ) {}

  /** Appends an event, tells every subscriber, and returns it. */
  publish(type: string, data: unknown): SandboxEvent {
    const event: SandboxEvent = { id: this.#nextId++, type, data, occurred_at: new Date(this.clock.now()).toISOString() };
    this.#events.push(event);
    if (this.#events.length > this.capacity) this.#events.splice(0, this.#events.length - this.capacity);
    for (const listener of [...this.#listeners]) listener(event);
    return event;
  }

  /** Events with an id greater than `afterId`, oldest first (all kept events when afterId is 0). */
  since(afterId: number): SandboxEvent[] {
    return this.#events.filter((event) => event.id > afterId);
  }

  /** The id of the newest event, 0 when none was published yet. */
  get latestId(): number {
    return this.#nextId - 1;
  }

  /** The oldest id `since` can still answer for; a client that asks from before it has missed events. */
  get oldestKeptId(): number {
    return this.#events[0]?.id ?? this.#nextId;
  }

  /** Calls `listener` with every event published from now on; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** How many subscribers are listening (a closed stream must bring this back down). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  /** Forgets the kept events; ids keep counting up so an old Last-Event-ID never matches a new event. */
  reset(): void {
    this.#events = [];
  }
}
