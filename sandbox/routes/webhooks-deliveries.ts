import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { ApiError, resourceNotFound } from '../patterns/errors';
import { resourcePath } from '../patterns/links';
import { idParamSchema, jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { DeliveryListSchema, DeliveryQuerySchema, DeliveryResponseSchema } from '../schemas/webhook';
import type { Delivery } from '../webhooks/dispatcher';
import { RETRY_SCHEDULE_TEXT } from '../webhooks/retry-schedule';
import type { Webhooks } from '../webhooks/webhooks';

/**
 * Deliveries: one per event and endpoint, with every attempt. Failed ones retry on the
 * sandbox clock with backoff and jitter, end in the dead-letter list, and can be replayed.
 */

const tags = ['Webhooks'];
const params = idParamSchema('dlv', 'delivery');
const listPath = resourcePath('webhooks', 'deliveries');
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A delivery as the API shows it. */
export function presentDelivery(delivery: Delivery) {
  return {
    ...delivery,
    next_attempt_at: iso(delivery.next_attempt_at),
    attempts: delivery.attempts.map((attempt) => ({ ...attempt })),
    links: {
      self: resourcePath('webhooks', 'deliveries', delivery.id),
      endpoint: resourcePath('webhooks', 'endpoints', delivery.endpoint_id),
      replay: resourcePath('webhooks', 'deliveries', delivery.id, 'replay'),
    },
  };
}

const listDeliveries = createRoute({
  method: 'get',
  path: '/webhooks/deliveries',
  tags,
  summary: 'List webhook deliveries',
  description: `Newest first, each with its attempts. Retries: ${RETRY_SCHEDULE_TEXT}.`,
  request: { query: DeliveryQuerySchema },
  responses: { 200: jsonContent(DeliveryListSchema, 'The deliveries (the last 200).'), ...errorResponses('validation_failed', 'internal_error') },
});

const getDelivery = createRoute({
  method: 'get',
  path: '/webhooks/deliveries/{id}',
  tags,
  summary: 'Get a webhook delivery',
  description: 'One delivery of an event to an endpoint, with every attempt: when it was made, the status it got back, and when the next retry is due.',
  request: { params },
  responses: { 200: jsonContent(DeliveryResponseSchema, 'The delivery and its attempts.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const replayDelivery = createRoute({
  method: 'post',
  path: '/webhooks/deliveries/{id}/replay',
  tags,
  summary: 'Replay a webhook delivery',
  description:
    'Sends a succeeded or dead-lettered delivery once more, now: a new attempt with a fresh webhook-timestamp and signature but the same webhook-id, ' +
    'so a receiver that already processed it recognises the copy. Answers when the attempt is over.',
  request: { params },
  responses: {
    200: jsonContent(DeliveryResponseSchema, 'The delivery with the replay’s attempt added.'),
    ...errorResponses('resource_not_found', 'webhook_delivery_in_progress', 'internal_error'),
  },
});

const listDeadLetters = createRoute({
  method: 'get',
  path: '/webhooks/dead-letters',
  tags,
  summary: 'List dead-lettered webhook deliveries',
  description: 'Deliveries whose last attempt failed: after every retry, or a failed replay. Replay them once the receiver is fixed.',
  responses: { 200: jsonContent(DeliveryListSchema, 'The dead letters, newest first.'), ...errorResponses('internal_error') },
});

/** The /webhooks/deliveries and /webhooks/dead-letters routes. */
export function webhookDeliveryRoutes(webhooks: Webhooks) {
  const { dispatcher } = webhooks;
  const find = (id: string) => {
    const delivery = dispatcher.get(id);
    if (!delivery) throw resourceNotFound('delivery', id, listPath);
    return delivery;
  };
  const list = (deliveries: Delivery[]) => ({ data: deliveries.map(presentDelivery), meta: { count: deliveries.length } });

  return createRouter()
    .openapi(listDeliveries, (c) => c.json(list(dispatcher.list(c.req.valid('query'))), 200))
    .openapi(getDelivery, (c) => c.json({ data: presentDelivery(find(c.req.valid('param').id)) }, 200))
    .openapi(replayDelivery, async (c) => {
      const delivery = find(c.req.valid('param').id);
      if (delivery.status === 'scheduled' || delivery.status === 'sending') {
        const when = delivery.next_attempt_at === null ? 'now' : `at ${iso(delivery.next_attempt_at)}`;
        throw new ApiError(
          'webhook_delivery_in_progress',
          `Delivery ${delivery.id} is ${delivery.status} (next attempt ${when}), so the sender is still on it. Replay it once its status is succeeded or dead_lettered.`,
          { param: 'id' },
        );
      }
      await dispatcher.replay(delivery.id);
      return c.json({ data: presentDelivery(delivery) }, 200);
    })
    .openapi(listDeadLetters, (c) => c.json(list(dispatcher.list({ status: 'dead_lettered' })), 200));
}
