import type { EventLog } from '../events/event-log';
import type { Clock } from '../store/clock';
import { createDispatcher, type DispatcherOptions } from './dispatcher';
import { createEndpointTable } from './endpoints';
import { createInboxes } from './inbox';

/**
 * Everything webhook-shaped in one sandbox: the registered endpoints, the dispatcher that
 * signs and sends (with retries, dead letters and replay), and the demo inboxes that receive.
 * It lives on the runtime (`runtime.webhooks`), so a sandbox reset clears it.
 */
export function createWebhooks(clock: Clock, events: EventLog, options: DispatcherOptions = {}) {
  const endpoints = createEndpointTable();
  const dispatcher = createDispatcher(clock, events, endpoints, options);
  const inboxes = createInboxes(clock, endpoints);
  return {
    endpoints,
    dispatcher,
    inboxes,
    /** Forgets endpoints, deliveries and inboxes, and restarts the jitter sequence. */
    reset(): void {
      dispatcher.reset();
      endpoints.reset();
      inboxes.reset();
    },
  };
}

export type Webhooks = ReturnType<typeof createWebhooks>;
