import type { EventLog } from '../events/event-log';
import type { Clock } from '../store/clock';

/**
 * A pretend courier for shipped orders: every `intervalMs` on the sandbox clock it
 * publishes an `order.location_updated` event, moving in a straight line from the depot
 * towards the order's destination. It gives the real-time channels a steady stream of
 * small events, the kind that makes polling look expensive next to a push channel.
 * One run per order: starting again replaces the run; a reset of the sandbox stops all.
 */

/** Where every delivery starts (a depot in Berlin; any fixed point would do). */
const DEPOT = { lat: 52.52, lng: 13.405 };

export interface CourierRun {
  order_id: string;
  steps: number;
  interval_ms: number;
  started_at: string;
  /** When the last location event will be published, if nothing stops the run first. */
  finishes_at: string;
}

export interface StartOptions {
  steps: number;
  intervalMs: number;
  /** Asked before every tick: the run stops quietly once the order is no longer out for delivery. */
  stillRunning: () => boolean;
}

export class CourierSimulator {
  #runs = new Map<string, AbortController>();

  constructor(
    private readonly log: EventLog,
    private readonly clock: Clock,
  ) {}

  /** Starts (or restarts) the courier of one order; the ticks follow on the clock, this returns at once. */
  start(orderId: string, options: StartOptions): CourierRun {
    this.#runs.get(orderId)?.abort();
    const run = new AbortController();
    this.#runs.set(orderId, run);
    const startedAt = this.clock.now();
    void this.#drive(orderId, options, run.signal)
      .catch((error: unknown) => console.error('[sandbox] the courier simulation failed:', error)) // a bug, never the client's doing
      .finally(() => {
        if (this.#runs.get(orderId) === run) this.#runs.delete(orderId);
      });
    return {
      order_id: orderId,
      steps: options.steps,
      interval_ms: options.intervalMs,
      started_at: new Date(startedAt).toISOString(),
      finishes_at: new Date(startedAt + options.steps * options.intervalMs).toISOString(),
    };
  }

  /** The orders whose courier is on the road now. */
  get activeOrderIds(): string[] {
    return [...this.#runs.keys()];
  }

  /** Stops every run (the sandbox's reset). */
  reset(): void {
    for (const run of this.#runs.values()) run.abort();
    this.#runs.clear();
  }

  async #drive(orderId: string, options: StartOptions, signal: AbortSignal): Promise<void> {
    const destination = destinationOf(orderId);
    for (let step = 1; step <= options.steps; step++) {
      try {
        await this.clock.sleep(options.intervalMs, signal);
      } catch {
        return; // replaced by a new run, or the sandbox was reset
      }
      if (!options.stillRunning()) return;
      const share = step / options.steps;
      this.log.publish('order.location_updated', {
        order_id: orderId,
        lat: round(DEPOT.lat + (destination.lat - DEPOT.lat) * share),
        lng: round(DEPOT.lng + (destination.lng - DEPOT.lng) * share),
        heading: bearing(DEPOT, destination),
        step,
        steps: options.steps,
      });
    }
  }
}

/** A destination a few kilometres from the depot, the same for the same order id every time. */
function destinationOf(orderId: string): { lat: number; lng: number } {
  let hash = 0;
  for (const char of orderId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const angle = ((hash % 360) * Math.PI) / 180;
  const distance = 0.02 + ((hash >>> 9) % 30) / 1000; // about 2 to 5 km
  return { lat: DEPOT.lat + distance * Math.cos(angle), lng: DEPOT.lng + distance * Math.sin(angle) * 1.6 };
}

/** Compass bearing from `from` to `to` in whole degrees (0 = north, 90 = east). */
function bearing(from: { lat: number; lng: number }, to: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const y = Math.sin((to.lng - from.lng) * rad) * Math.cos(to.lat * rad);
  const x = Math.cos(from.lat * rad) * Math.sin(to.lat * rad) - Math.sin(from.lat * rad) * Math.cos(to.lat * rad) * Math.cos((to.lng - from.lng) * rad);
  return Math.round(((Math.atan2(y, x) / rad) + 360) % 360);
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;
