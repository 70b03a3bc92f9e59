import { z } from '@hono/zod-openapi';
import { EVENT_TYPES, isKnownPattern } from '../webhooks/event-filter';
import { RETRY_SCHEDULE_TEXT } from '../webhooks/retry-schedule';
import { TimestampSchema } from './common';

/** Webhook endpoints and deliveries, as requests validate them and /openapi.json documents them. */

const EventPatternSchema = z
  .string()
  .refine(isKnownPattern, { error: `each event must be an event type (${EVENT_TYPES.join(', ')}), a family such as order.*, or * for all.` })
  .openapi({ description: 'An event type, or a family with a trailing wildcard (`order.*`), or `*` for every event.', example: 'order.*' });

export const EndpointCreateSchema = z
  .strictObject({
    url: z.string().min(1).max(2000).openapi({
      description: 'Where deliveries are POSTed: a URL on the sandbox’s own origin (a path alone is taken as one). The demo receiver is /api/v1/webhook-inbox/{inbox}.',
      example: 'http://localhost:5173/api/v1/webhook-inbox/demo',
    }),
    events: z.array(EventPatternSchema).min(1).max(20).openapi({ description: 'Which events to receive.', example: ['order.*'] }),
    description: z.string().max(200).optional().openapi({ description: 'A note for people.', example: 'Demo inbox' }),
  })
  .openapi('WebhookEndpointCreate');

const EndpointLinksSchema = z.object({
  self: z.string().openapi({ example: '/api/v1/webhooks/endpoints/ep_1' }),
  deliveries: z.string().openapi({ example: '/api/v1/webhooks/deliveries?endpoint_id=ep_1' }),
  rotate_secret: z.string().openapi({ example: '/api/v1/webhooks/endpoints/ep_1/rotate-secret' }),
});

export const EndpointSchema = z
  .object({
    id: z.string().openapi({ example: 'ep_1' }),
    url: z.string().openapi({ example: 'http://localhost:5173/api/v1/webhook-inbox/demo' }),
    events: z.array(z.string()).openapi({ example: ['order.*'] }),
    description: z.string().nullable(),
    created_at: TimestampSchema,
    secret_rotated_at: z.iso.datetime().nullable().openapi({ description: 'When the secret was last replaced; null if never.' }),
    links: EndpointLinksSchema,
  })
  .openapi('WebhookEndpoint', { description: 'A registered endpoint. Its secret is never shown again after registration or rotation.' });

export const EndpointWithSecretSchema = EndpointSchema.extend({
  secret: z.string().openapi({
    description: 'The signing secret, Standard Webhooks format: whsec_ + base64 of 24 random bytes. Shown only in this response: store it now.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  }),
}).openapi('WebhookEndpointWithSecret');

export const EndpointResponseSchema = z.object({ data: EndpointSchema }).openapi('WebhookEndpointResponse');
export const EndpointSecretResponseSchema = z.object({ data: EndpointWithSecretSchema }).openapi('WebhookEndpointSecretResponse');
export const EndpointListSchema = z
  .object({ data: z.array(EndpointSchema), meta: z.object({ count: z.int().min(0) }) })
  .openapi('WebhookEndpointList');

const AttemptSchema = z
  .object({
    number: z.int().min(1),
    replay: z.boolean().openapi({ description: 'Whether a replay asked for this attempt.' }),
    started_at: z.iso.datetime(),
    webhook_timestamp: z.int().openapi({ description: 'The webhook-timestamp this attempt was signed with (unix seconds): re-stamped on every attempt.', example: 1772366400 }),
    outcome: z.enum(['succeeded', 'failed', 'timed_out']),
    response_status: z.int().nullable().openapi({ description: 'The receiver’s HTTP status; null when it did not answer in time.', example: 200 }),
    response_body: z.string().nullable().openapi({ description: 'The start of the receiver’s answer.' }),
    duration_ms: z.int().min(0),
    next_attempt_at: z.iso.datetime().nullable().openapi({ description: 'When the retry after this failure is due; null when none follows.' }),
  })
  .openapi('WebhookDeliveryAttempt');

export const DeliverySchema = z
  .object({
    id: z.string().openapi({ example: 'dlv_1' }),
    endpoint_id: z.string().openapi({ example: 'ep_1' }),
    webhook_id: z.string().openapi({ description: 'The webhook-id header: the same on every attempt and replay, so receivers can drop duplicates.', example: 'msg_7' }),
    event_id: z.int().openapi({ description: 'The event in the sandbox’s event log.', example: 7 }),
    event_type: z.string().openapi({ example: 'order.paid' }),
    url: z.string(),
    body: z.string().openapi({ description: 'The exact JSON text signed and sent: {type, timestamp, data}.' }),
    status: z.enum(['scheduled', 'sending', 'succeeded', 'dead_lettered']).openapi({ description: `Where the delivery is. Retries: ${RETRY_SCHEDULE_TEXT}.` }),
    next_attempt_at: z.iso.datetime().nullable().openapi({ description: 'When the next attempt is due, while scheduled.' }),
    created_at: TimestampSchema,
    attempts: z.array(AttemptSchema),
    links: z.object({
      self: z.string().openapi({ example: '/api/v1/webhooks/deliveries/dlv_1' }),
      endpoint: z.string().openapi({ example: '/api/v1/webhooks/endpoints/ep_1' }),
      replay: z.string().openapi({ example: '/api/v1/webhooks/deliveries/dlv_1/replay' }),
    }),
  })
  .openapi('WebhookDelivery');

export const DeliveryResponseSchema = z.object({ data: DeliverySchema }).openapi('WebhookDeliveryResponse');
export const DeliveryListSchema = z
  .object({ data: z.array(DeliverySchema), meta: z.object({ count: z.int().min(0) }) })
  .openapi('WebhookDeliveryList', { description: 'Newest first.' });

export const DeliveryQuerySchema = z.object({
  endpoint_id: z.string().optional().openapi({ description: 'Only this endpoint’s deliveries.', example: 'ep_1' }),
  status: z.enum(['scheduled', 'sending', 'succeeded', 'dead_lettered']).optional().openapi({ description: 'Only deliveries in this status.' }),
});
