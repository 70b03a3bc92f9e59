import { createRoute, z } from '@hono/zod-openapi';
import { ANONYMOUS } from '../auth/principal';
import { createRouter } from '../env';
import { resourcePath, withQuery } from '../patterns/links';
import { eventsExpired, readAfter } from '../realtime/cursor';
import { EventSchema, FeedLinksSchema, FeedMetaSchema, eventIdParam, typesParam } from '../realtime/event-schemas';
import { waitForEvents } from '../realtime/long-poll';
import { feedFilter } from '../realtime/visibility';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import type { Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';

/**
 * Long polling: GET /notifications/poll?since=&timeout= answers at once when events after
 * `since` exist, and otherwise holds the request until one is published or `timeout`
 * seconds pass. A quiet timeout answers 200 with an empty list, not 204: the client needs
 * `links.next` and `meta.latest_id` to ask again, and one response shape is one code path.
 */

const tags = ['Events'];
const pollPath = resourcePath('notifications', 'poll');
/** Below the 60 s at which many proxies and load balancers cut idle requests, with room to spare. */
export const MAX_POLL_TIMEOUT_S = 30;
export const DEFAULT_POLL_TIMEOUT_S = 25;

const PollSchema = z
  .object({
    data: z.array(EventSchema),
    links: FeedLinksSchema,
    meta: FeedMetaSchema.extend({
      timed_out: z.boolean().openapi({ description: 'True when the timeout ended the wait with nothing new: ask again at links.next.' }),
    }),
  })
  .openapi('PollResult');

const poll = createRoute({
  method: 'get',
  path: '/notifications/poll',
  tags,
  summary: 'Wait for events (long polling)',
  description: `Answers as soon as there are events after \`since\`, or after \`timeout\` seconds (0 to ${MAX_POLL_TIMEOUT_S}) with an empty list. Ask again at links.next right away: the next wait starts where this answer ended.`,
  request: {
    query: z.object({
      since: eventIdParam('The last event id you received; absent means "from now on" (the newest id).'),
      timeout: z.coerce
        .number()
        .int()
        .min(0)
        .max(MAX_POLL_TIMEOUT_S)
        .default(DEFAULT_POLL_TIMEOUT_S)
        .openapi({ description: `Seconds to wait for an event, 0 to ${MAX_POLL_TIMEOUT_S} (default ${DEFAULT_POLL_TIMEOUT_S}); 0 answers at once, like plain polling.`, example: 25 }),
      types: typesParam,
    }),
  },
  responses: {
    200: jsonContent(PollSchema, 'The new events, or none when the timeout passed first.'),
    ...errorResponses('event_cursor_ahead', 'events_expired', 'validation_failed', 'internal_error'),
  },
});

/** GET /notifications/poll. */
export function notificationRoutes(store: Store, runtime: Runtime, clock: Clock) {
  const log = runtime.events;
  return createRouter().openapi(poll, async (c) => {
    const { since = log.latestId, timeout, types } = c.req.valid('query');
    const filter = feedFilter(types, c.get('principal') ?? ANONYMOUS, store); // only events of orders the caller may read
    if (readAfter(log, since, 'since').missed) throw eventsExpired(log, since, 'since');

    // HEAD gets the status and headers of GET without the wait (Hono runs this GET for it and drops the body).
    const timeoutMs = c.req.method === 'HEAD' ? 0 : timeout * 1000;
    const result = await waitForEvents(log, clock, { after: since, filter, timeoutMs, signal: c.req.raw.signal });
    const nextSince = result.events.at(-1)?.id ?? Math.max(since, log.latestId);
    return c.json(
      {
        data: result.events,
        links: { self: withQuery(pollPath, { since, timeout, types }), next: withQuery(pollPath, { since: nextSince, timeout, types }) },
        meta: { count: result.events.length, timed_out: result.timedOut, latest_id: log.latestId, oldest_kept_id: log.oldestKeptId },
      },
      200,
    );
  });
}
