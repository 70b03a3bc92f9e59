import type { EventLog, SandboxEvent } from '../events/event-log';
import { ApiError } from '../patterns/errors';

/**
 * The one rule for "give me what happened after event N", shared by polling, long
 * polling, SSE resume and WebSocket replay. Three cases:
 * - N is at or after the oldest kept event (minus one): the log can answer without a gap;
 * - N is older than that: events were forgotten in between, and the client must hear so
 *   instead of silently receiving a feed with a hole in it;
 * - N is beyond the newest event: the client took the number from somewhere else (another
 *   sandbox, a reset page), and guessing would either skip or repeat events.
 */

export interface CursorCheck {
  /** True when events between `after` and the oldest kept one were forgotten. */
  missed: boolean;
  /** The events after the cursor that the log still keeps, oldest first. */
  events: SandboxEvent[];
}

/** Reads the log from `after`, reporting whether anything was lost; throws 400 when `after` is in the future. */
export function readAfter(log: EventLog, after: number, param: string): CursorCheck {
  if (after > log.latestId) {
    throw new ApiError(
      'event_cursor_ahead',
      `${param} is ${after}, but the newest event is ${log.latestId}. Use an id this sandbox sent you, or ${log.latestId} to receive only what happens from now on.`,
      { param },
    );
  }
  return { missed: after < log.oldestKeptId - 1, events: log.since(after) };
}

/** The 410 for a cursor older than the kept events: what was lost and how to start again. */
export function eventsExpired(log: EventLog, after: number, param: string): ApiError {
  return new ApiError(
    'events_expired',
    `Events after ${after} are no longer kept: the oldest kept event is ${log.oldestKeptId}. Re-read the state you care about (e.g. GET /api/v1/orders), then continue from the newest event with ${param}=${log.latestId}.`,
    { param },
  );
}

/** Parses a Last-Event-ID header value: a whole number, or a 400 naming the header. */
export function parseLastEventId(value: string): number {
  const trimmed = value.trim();
  if (!/^\d{1,15}$/.test(trimmed)) {
    throw new ApiError('event_cursor_invalid', `Last-Event-ID must be the id of an event this stream sent (a whole number such as 41), not ${JSON.stringify(value)}.`, {
      param: 'Last-Event-ID',
    });
  }
  return Number(trimmed);
}
