import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { InboxFaultUpdateSchema, InboxParamSchema, InboxReceiptSchema, InboxSchema } from '../schemas/webhook-inbox';
import { inboxPath } from '../webhooks/inbox';
import type { Webhooks } from '../webhooks/webhooks';

/**
 * The demo webhook receiver (POST /api/v1/webhook-inbox/{inbox}) and its window
 * (/api/v1/sandbox/webhook-inbox/{inbox}): what arrived, how each delivery was judged,
 * and a fault switch that makes the next deliveries fail so retries can be watched.
 */

const tags = ['Webhooks'];
const request = { params: InboxParamSchema };

const receive = createRoute({
  method: 'post',
  path: '/webhook-inbox/{inbox}',
  tags,
  summary: 'Receive a webhook delivery (demo receiver)',
  description:
    'The sandbox’s own receiver. It verifies the Standard Webhooks signature with the secret of the endpoint that points at this inbox ' +
    '(it can, being part of the sandbox), refuses timestamps more than 5 minutes from the sandbox clock, and acknowledges an already-accepted webhook-id ' +
    'without processing it again. The body is read as raw text, because the signature covers the exact bytes. ' +
    'A delivery that fails verification gets 400 (a webhook signature is not an HTTP authentication scheme, so 401 does not fit).',
  request,
  responses: {
    200: jsonContent(InboxReceiptSchema, 'Accepted, or a duplicate acknowledged.'),
    ...errorResponses('webhook_verification_failed', 'validation_failed', 'webhook_inbox_fault', 'internal_error'),
  },
});

const sandboxTags = ['Sandbox'];

const readInbox = createRoute({
  method: 'get',
  path: '/sandbox/webhook-inbox/{inbox}',
  tags: sandboxTags,
  summary: 'Show what a demo webhook inbox received',
  description: 'Every delivery with its headers, raw body and the result of each check. Not rate limited.',
  request,
  responses: { 200: jsonContent(InboxSchema, 'The inbox.'), ...errorResponses('validation_failed', 'internal_error') },
});

const setInboxFaults = createRoute({
  method: 'put',
  path: '/sandbox/webhook-inbox/{inbox}',
  tags: sandboxTags,
  summary: 'Make a demo webhook inbox fail its next deliveries',
  description: 'fail_next deliveries are answered with a 500 (mode error) or too late for the sender (mode timeout), so you can watch retries and dead letters. Not rate limited.',
  middleware: [jsonBody()] as const,
  request: { ...request, body: requestBody(InboxFaultUpdateSchema) },
  responses: {
    200: jsonContent(InboxSchema, 'The inbox with its new fault setting.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const clearInbox = createRoute({
  method: 'delete',
  path: '/sandbox/webhook-inbox/{inbox}',
  tags: sandboxTags,
  summary: 'Empty a demo webhook inbox',
  description: 'Forgets its records, the webhook-ids it accepted, and its faults. Not rate limited.',
  request,
  responses: { 204: { description: 'Emptied.' }, ...errorResponses('validation_failed', 'internal_error') },
});

/** The demo inbox routes. */
export function webhookInboxRoutes(webhooks: Webhooks) {
  const { inboxes } = webhooks;
  const view = (inbox: string) => {
    const { records, faults } = inboxes.read(inbox);
    return { inbox, url: inboxPath(inbox), faults, records };
  };

  return createRouter()
    .openapi(receive, async (c) => {
      const { id, outcome } = await inboxes.receive(c.req.valid('param').inbox, c.req.raw);
      return c.json({ data: { record: id, outcome: outcome as 'accepted' | 'duplicate' } }, 200);
    })
    .openapi(readInbox, (c) => c.json(view(c.req.valid('param').inbox), 200))
    .openapi(setInboxFaults, (c) => {
      const { inbox } = c.req.valid('param');
      const { fail_next, mode } = c.req.valid('json');
      inboxes.setFaults(inbox, { mode, remaining: fail_next });
      return c.json(view(inbox), 200);
    })
    .openapi(clearInbox, (c) => {
      inboxes.clear(c.req.valid('param').inbox);
      return c.body(null, 204);
    });
}
