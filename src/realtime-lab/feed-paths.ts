/** The sandbox addresses the lab's channels use; every channel asks for the same events (all order.* types). */

export const EVENT_TYPES = 'order.*';

/** The order event types the contract names; EventSource needs a listener per `event:` name. */
export const ORDER_EVENT_TYPES = [
  'order.created',
  'order.paid',
  'order.shipped',
  'order.delivered',
  'order.cancelled',
  'order.deleted',
  'order.location_updated',
] as const;

export const pollUrl = (after: number) => `/api/v1/events?after=${after}&types=${EVENT_TYPES}`;
export const longPollUrl = (since: number, timeoutS: number) => `/api/v1/notifications/poll?since=${since}&timeout=${timeoutS}&types=${EVENT_TYPES}`;
export const streamUrl = (after: number) => `/api/v1/events/stream?last_event_id=${after}&types=${EVENT_TYPES}`;
export const socketUrl = () => `${location.origin.replace(/^http/, 'ws')}/api/v1/realtime`;

/** The error envelope's message of a failed answer, or its status when the body is not one. */
export function failureText(status: number, text: string): string {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string') return `HTTP ${status}: ${message}`;
  } catch {
    // not JSON: fall through to the status alone
  }
  return `HTTP ${status}`;
}

/** The `after`/`since` value of a links.next path. */
export function cursorOf(next: string, name: 'after' | 'since'): number {
  return Number(new URL(next, location.origin).searchParams.get(name));
}
