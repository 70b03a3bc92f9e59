import { z } from 'zod';
import { TOPIC_PATTERN } from './topics';

/**
 * The JSON messages of the WebSocket channel at /api/v1/realtime (protocol
 * `workbench.realtime.v1`). A WebSocket has no status codes or URLs per message, so the
 * protocol must say itself what each message is (`type`), how a reply is matched to its
 * request (`id`, echoed back), and how errors look (`type: 'error'` with a `code`).
 *
 * Client → server: subscribe, unsubscribe, ping.
 * Server → client: welcome (once), subscribed / unsubscribed (acks), event, pong, error.
 */

export const REALTIME_PROTOCOL = 'workbench.realtime.v1';

const requestId = z.string().max(100).optional().describe('Any string; the reply carries it back so the client can match them.');
const topic = z.string().regex(TOPIC_PATTERN, { error: 'each topic must be an event type (order.paid), a prefix ending in .* (order.*), or *' });

export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('subscribe'),
    id: requestId,
    topics: z.array(topic).min(1, { error: 'topics must name at least one topic, e.g. ["order.*"]' }).max(20),
    after: z.int().min(0).optional().describe('Replay the kept events after this id first (the id of the last event the client saw).'),
  }),
  z.strictObject({ type: z.literal('unsubscribe'), id: requestId, topics: z.array(topic).optional() }),
  z.strictObject({ type: z.literal('ping'), id: requestId }),
]);

export type ClientMessage = z.infer<typeof ClientMessageSchema>;

/** What the server sends; documented here so the page and the tests read the same shapes. */
export type ServerMessage =
  | { type: 'welcome'; protocol: string; latest_id: number; message: string }
  | { type: 'subscribed'; id?: string; topics: string[]; after: number | null; latest_id: number; missed: boolean }
  | { type: 'unsubscribed'; id?: string; topics: string[] }
  | { type: 'event'; topic: string; event: { id: number; type: string; data: unknown; occurred_at: string } }
  | { type: 'pong'; id?: string; at: string }
  | { type: 'error'; id?: string; code: string; message: string };
