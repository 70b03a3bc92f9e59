import type { Sandbox } from '../../sandbox/index';
import { createApp } from '../../sandbox/app';
import { createRuntime, type Runtime } from '../../sandbox/services/runtime';
import { createManualClock } from '../../sandbox/store/clock';
import { createStore, type Store } from '../../sandbox/store/store';
import { START } from './support';

/**
 * Helpers for the order lifecycle, HATEOAS, batch and idempotency tests: a sandbox whose
 * store and runtime the test can look into (to count inserts, read the event feed).
 */

export interface OpenSandbox {
  /** For `call()`, which uses only `fetch`. */
  sandbox: Sandbox;
  store: Store;
  runtime: Runtime;
}

/** A sandbox on a manual clock at START, with its store and runtime in reach. */
export function openSandbox(): OpenSandbox {
  const clock = createManualClock(START);
  const store = createStore(clock);
  const runtime = createRuntime(store, clock);
  const app = createApp(store, clock, runtime);
  // `call` needs only fetch and the tests move the clock; the WebSocket door is not used here.
  const sandbox = { fetch: async (request: Request) => app.fetch(request), reset: () => runtime.reset(), clock } as Partial<Sandbox> as Sandbox;
  return { sandbox, store, runtime };
}

/** The order.* events published so far, as [type, order_id, previous_status → status]. */
export function orderEvents(runtime: Runtime): string[] {
  return runtime.events
    .since(0)
    .filter((event) => event.type.startsWith('order.') && event.type !== 'order.location_updated')
    .map((event) => {
      const data = event.data as { order_id: string; status: string; previous_status?: string };
      return `${event.type} ${data.order_id} ${data.previous_status ? `${data.previous_status}→` : ''}${data.status}`;
    });
}
