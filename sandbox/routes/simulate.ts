import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { ApiError, resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath, withQuery } from '../patterns/links';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import type { Runtime } from '../services/runtime';
import type { Store } from '../store/store';

/**
 * POST /sandbox/simulate/courier: sends a pretend courier out with a shipped order, so the
 * real-time channels have location updates to carry. A control route (not rate limited,
 * like the rest of /sandbox/*): it drives the demo rather than modelling an API.
 */

const tags = ['Sandbox'];
export const MAX_COURIER_STEPS = 50;

const CourierRequestSchema = z
  .strictObject({
    order_id: z.string().openapi({ description: 'A shipped order.', example: 'ord_2' }),
    steps: z.int().min(1).max(MAX_COURIER_STEPS).optional().openapi({ description: `How many location updates to publish, 1 to ${MAX_COURIER_STEPS} (default 10).`, example: 10 }),
    interval_seconds: z.int().min(1).max(60).optional().openapi({ description: 'Sandbox-clock seconds between two updates, 1 to 60 (default 2).', example: 2 }),
  })
  .openapi('CourierSimulationRequest');

const CourierRunSchema = z
  .object({
    order_id: z.string().openapi({ example: 'ord_2' }),
    steps: z.int().min(1),
    interval_ms: z.int().min(1000),
    started_at: z.iso.datetime(),
    finishes_at: z.iso.datetime().openapi({ description: 'When the last update is due, unless the order stops being shipped first.' }),
    links: z.object({
      events: z.string().openapi({ description: 'Poll the updates of this run.', example: '/api/v1/events?after=41&types=order.location_updated' }),
      stream: z.string().openapi({ description: 'Or stream them.', example: '/api/v1/events/stream?types=order.location_updated' }),
    }),
  })
  .openapi('CourierSimulation');

const simulateCourier = createRoute({
  method: 'post',
  path: '/sandbox/simulate/courier',
  tags,
  summary: 'Simulate a courier delivering an order',
  description:
    'Publishes `order.location_updated` events for a shipped order, one every interval_seconds on the sandbox clock, and answers at once (202). Starting again for the same order replaces the run; a reset stops it. Not rate limited: this route controls the sandbox itself.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(CourierRequestSchema) },
  responses: {
    202: jsonContent(CourierRunSchema, 'The courier is on the road; the updates follow.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'resource_not_found', 'order_not_shipped', 'validation_failed', 'internal_error'),
  },
});

/** POST /sandbox/simulate/courier. */
export function simulateRoutes(store: Store, runtime: Runtime) {
  return createRouter().openapi(simulateCourier, (c) => {
    const { order_id, steps = 10, interval_seconds = 2 } = c.req.valid('json');
    const order = store.orders.get(order_id);
    if (!order) throw resourceNotFound('order', order_id, resourcePath('orders'));
    if (order.status !== 'shipped') {
      throw new ApiError('order_not_shipped', `Order ${order_id} is ${order.status}; only a shipped order has a courier on the road. Ship it first (its _actions offer "ship" when it may be shipped), or use a shipped order such as ord_2.`, {
        param: 'order_id',
      });
    }
    const after = runtime.events.latestId;
    const run = runtime.courier.start(order_id, {
      steps,
      intervalMs: interval_seconds * 1000,
      stillRunning: () => store.orders.get(order_id)?.status === 'shipped',
    });
    const types = 'order.location_updated';
    return c.json({ ...run, links: { events: withQuery(resourcePath('events'), { after, types }), stream: withQuery(resourcePath('events', 'stream'), { types, last_event_id: after }) } }, 202);
  });
}
