import { z } from '@hono/zod-openapi';

/** The schemas of the real-time routes: one event shape for every channel, and their shared query parameters. */

export const EVENT_TYPES_EXAMPLE = 'order.*,order.location_updated';

export const EventSchema = z
  .object({
    id: z.int().min(1).openapi({ description: 'Increasing in publication order; never reused. Send it back as after, since or Last-Event-ID.', example: 42 }),
    type: z.string().openapi({ description: 'Dotted name, resource first.', example: 'order.paid' }),
    data: z.record(z.string(), z.unknown()).openapi({
      description: 'order.*: { order_id, status, previous_status?, user_id }. order.location_updated: { order_id, lat, lng, heading?, step?, steps? }.',
      example: { order_id: 'ord_2', status: 'paid', previous_status: 'pending', user_id: 'usr_1' },
    }),
    occurred_at: z.iso.datetime().openapi({ description: 'When it happened, on the sandbox clock.', example: '2026-03-01T12:00:02.000Z' }),
  })
  .openapi('Event', { description: 'Something that happened. Polling, long polling, SSE and the WebSocket all deliver this same object.' });

/** `types=`: which events to receive (all when absent). */
export const typesParam = z
  .string()
  .max(500)
  .optional()
  .openapi({
    description: 'Comma-separated event types or prefixes: order.paid, order.* or *. All events when absent.',
    example: EVENT_TYPES_EXAMPLE,
  });

/** A non-negative event id in the query string. */
export function eventIdParam(description: string) {
  return z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().openapi({ description, example: 0 });
}

export const FeedLinksSchema = z.object({
  self: z.string().openapi({ example: '/api/v1/events?after=40' }),
  next: z.string().openapi({ description: 'Where to ask next: the same filter, after the last event this answer covered.', example: '/api/v1/events?after=42' }),
});

export const FeedMetaSchema = z.object({
  count: z.int().min(0),
  latest_id: z.int().min(0).openapi({ description: 'The newest event id in the sandbox (whatever the filter); 0 before the first event.', example: 42 }),
  oldest_kept_id: z.int().min(1).openapi({ description: 'The oldest id still kept; a cursor older than this minus one answers 410.', example: 1 }),
});
