import { createRoute, z } from '@hono/zod-openapi';
import { ANONYMOUS } from '../auth/principal';
import { createRouter } from '../env';
import { resourcePath, withQuery } from '../patterns/links';
import { eventsExpired, parseLastEventId, readAfter } from '../realtime/cursor';
import { EventSchema, FeedLinksSchema, FeedMetaSchema, eventIdParam, typesParam } from '../realtime/event-schemas';
import { eventStream } from '../realtime/sse-stream';
import { feedFilter } from '../realtime/visibility';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import type { Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';

/**
 * The event feed by polling (GET /events: ask, get what is new, ask again later) and by
 * Server-Sent Events (GET /events/stream: one long response the server writes into).
 * Both read runtime.events, the log every other channel reads, so ids mean the same everywhere.
 */

const tags = ['Events'];
const eventsPath = resourcePath('events');
export const MAX_EVENTS_LIMIT = 1000;
/** SSE heartbeat: long enough to cost little, short enough for proxies that drop idle connections after 30-60 s. */
export const SSE_HEARTBEAT_MS = 15_000;
/** SSE `retry:`: how long EventSource waits before reconnecting after the connection drops. */
export const SSE_RETRY_MS = 2_000;
/** A stream closes after 5 minutes; the client reconnects with Last-Event-ID (see sse-stream.ts). */
export const SSE_MAX_LIFETIME_MS = 5 * 60_000;

const EventPageSchema = z
  .object({
    data: z.array(EventSchema),
    links: FeedLinksSchema,
    meta: FeedMetaSchema.extend({
      has_more: z.boolean().openapi({ description: 'True when more matching events are kept after this page: follow links.next at once.' }),
    }),
  })
  .openapi('EventPage');

const feedErrors = errorResponses('event_cursor_ahead', 'event_cursor_invalid', 'events_expired', 'validation_failed', 'internal_error');

const listEvents = createRoute({
  method: 'get',
  path: '/events',
  tags,
  summary: 'Poll the event feed',
  description:
    'Returns the kept events after `after`, oldest first. Keep `links.next` (or `meta.latest_id`) and ask again later: each answer covers everything up to where the next one starts, so no event is missed or repeated.',
  request: {
    query: z.object({
      after: eventIdParam('Only events with a greater id: the last id you received. Absent: from the oldest kept event. 0: from the very first event (410 if some are no longer kept).'),
      types: typesParam,
      limit: z.coerce.number().int().min(1).max(MAX_EVENTS_LIMIT).default(100).openapi({ description: `At most this many events, 1 to ${MAX_EVENTS_LIMIT}.` }),
    }),
  },
  responses: { 200: jsonContent(EventPageSchema, 'The events after the cursor and where to continue.'), ...feedErrors },
});

const streamEvents = createRoute({
  method: 'get',
  path: '/events/stream',
  tags,
  summary: 'Stream events (Server-Sent Events)',
  description: `A text/event-stream response that stays open. Every event is sent as \`id:\`, \`event:\` (its type) and \`data:\` (the Event as JSON); \`retry: ${SSE_RETRY_MS}\` comes once and a \`: ping\` comment every ${SSE_HEARTBEAT_MS / 1000} s. To resume after a dropped connection send Last-Event-ID (EventSource does so by itself) or ?last_event_id=: the kept events after it are replayed first, with no gap and no duplicate. When some were no longer kept, an \`events_missed\` event comes first. A stream ends after ${SSE_MAX_LIFETIME_MS / 60_000} minutes; EventSource then reconnects with Last-Event-ID and misses nothing.`,
  request: {
    query: z.object({
      types: typesParam,
      last_event_id: eventIdParam('For clients that cannot set headers: the same as the Last-Event-ID header (the header wins when both are sent).'),
    }),
    headers: z.object({
      'last-event-id': z.string().optional().openapi({ description: 'The id of the last event received; EventSource sends it when it reconnects.', example: '41' }),
    }),
  },
  responses: {
    200: { description: 'The stream; it ends when the client disconnects.', content: { 'text/event-stream': { schema: z.string().openapi({ example: 'id: 42\nevent: order.paid\ndata: {"id":42,"type":"order.paid",…}\n\n' }) } } },
    ...feedErrors,
  },
});

/** GET /events and GET /events/stream; each caller sees only the events of what it may read. */
export function eventRoutes(store: Store, runtime: Runtime, clock: Clock) {
  const log = runtime.events;
  return createRouter()
    .openapi(listEvents, (c) => {
      // Absent means "whatever is kept", so a newcomer is never told it missed events it never asked for;
      // an explicit 0 means "from the very first event", and a reset in between is then reported (410).
      const { after = Math.max(0, log.oldestKeptId - 1), types, limit } = c.req.valid('query');
      const filter = feedFilter(types, c.get('principal') ?? ANONYMOUS, store);
      const read = readAfter(log, after, 'after');
      if (read.missed) throw eventsExpired(log, after, 'after');
      const matching = read.events.filter(filter);
      const page = matching.slice(0, limit);
      const hasMore = matching.length > limit;
      // Without more to read, the next cursor is the newest id: events the filter skipped need no second look.
      const nextAfter = hasMore ? page.at(-1)!.id : Math.max(after, log.latestId);
      return c.json(
        {
          data: page,
          links: { self: withQuery(eventsPath, { after: c.req.query('after') === undefined ? undefined : after, types, limit: c.req.query('limit') === undefined ? undefined : limit }), next: withQuery(eventsPath, { after: nextAfter, types }) },
          meta: { count: page.length, has_more: hasMore, latest_id: log.latestId, oldest_kept_id: log.oldestKeptId },
        },
        200,
      );
    })
    .openapi(streamEvents, (c) => {
      const { types, last_event_id } = c.req.valid('query');
      const header = c.req.header('Last-Event-ID');
      const after = header !== undefined && header.trim() !== '' ? parseLastEventId(header) : (last_event_id ?? log.latestId);
      const param = header !== undefined && header.trim() !== '' ? 'Last-Event-ID' : 'last_event_id';
      const filter = feedFilter(types, c.get('principal') ?? ANONYMOUS, store);
      const { missed } = readAfter(log, after, param);
      const headers = {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache',
        'X-Accel-Buffering': 'no', // asks proxies such as nginx not to hold events back
      };
      // Hono answers HEAD by running this GET and dropping the body unread: open no stream for it,
      // or its subscription would stay on the log for good.
      if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers }) as never;
      const body = eventStream(log, clock, { after, missed, filter, heartbeatMs: SSE_HEARTBEAT_MS, retryMs: SSE_RETRY_MS, maxLifetimeMs: SSE_MAX_LIFETIME_MS, signal: c.req.raw.signal });
      return new Response(body, { status: 200, headers }) as never;
    });
}
