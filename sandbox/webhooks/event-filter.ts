/**
 * Which events an endpoint receives. A pattern is an exact event type (`order.paid`) or a
 * family with a trailing wildcard segment (`order.*`); `*` alone means every event.
 * Matching is segment by segment, so `order.*` never matches `orders.paid`.
 */

/** The event types the sandbox publishes, for docs and for refusing typos at registration. */
export const EVENT_TYPES = [
  'order.created',
  'order.paid',
  'order.shipped',
  'order.delivered',
  'order.cancelled',
  'order.deleted',
  'order.location_updated',
] as const;

/** Whether `pattern` selects the event type `type`. */
export function matchesEventPattern(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

/** Whether a pattern can ever match a published event (catches `order.payed` at registration). */
export function isKnownPattern(pattern: string): boolean {
  return EVENT_TYPES.some((type) => matchesEventPattern(pattern, type));
}
