import type { SandboxEvent } from '../events/event-log';
import { ApiError } from '../patterns/errors';

/**
 * Which events a client wants. Every channel (polling `types=`, SSE `types=`, WebSocket
 * `topics`) takes the same patterns: an exact type (`order.paid`), a prefix wildcard that
 * matches whole dotted segments (`order.*` matches `order.paid` but not `orders.paid`),
 * or `*` for everything. An empty list means everything, as if no filter were sent.
 */

/** A pattern is one or more dotted segments of letters, digits and `_`, optionally ending in `.*`; or `*` alone. */
export const TOPIC_PATTERN = /^(\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*(\.\*)?)$/;

/** True when `type` is named by `pattern` (segment-wise, never a raw string prefix). */
export function topicMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (!pattern.endsWith('.*')) return pattern === type;
  return type.startsWith(pattern.slice(0, -1)); // keeps the dot: `order.` cannot match `orders.paid`
}

/** A predicate for the events a list of patterns selects (all events for an empty list). */
export function eventFilter(patterns: readonly string[]): (event: SandboxEvent) => boolean {
  if (patterns.length === 0) return () => true;
  return (event) => patterns.some((pattern) => topicMatches(pattern, event.type));
}

/** Splits `order.*,order.location_updated` into its patterns; returns the ones that break TOPIC_PATTERN separately. */
export function parseTopicList(text: string | undefined): { patterns: string[]; invalid: string[] } {
  const patterns = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return { patterns, invalid: patterns.filter((pattern) => !TOPIC_PATTERN.test(pattern)) };
}

/** Reads a `types=` query parameter into a filter; a malformed pattern is a 422 that names it. */
export function typesFilter(types: string | undefined): (event: SandboxEvent) => boolean {
  const { patterns, invalid } = parseTopicList(types);
  if (invalid.length > 0) {
    throw new ApiError('validation_failed', `types: ${JSON.stringify(invalid[0])} is not an event type or prefix; use names such as order.paid, order.* or *.`, {
      details: invalid.map((pattern) => ({ field: 'types', code: 'invalid_format', message: `${JSON.stringify(pattern)} is not an event type (order.paid), a prefix (order.*) or *.` })),
    });
  }
  return eventFilter(patterns);
}
