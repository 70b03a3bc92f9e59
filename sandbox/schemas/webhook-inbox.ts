import { z } from '@hono/zod-openapi';

/** The demo inbox: what it received and how it judged each delivery, and its fault setting. */

export const InboxParamSchema = z.object({
  inbox: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'inbox must be 1 to 40 lowercase letters, digits or dashes, such as demo.' })
    .openapi({ param: { name: 'inbox', in: 'path' }, description: 'Any name; an inbox exists as soon as it is used.', example: 'demo' }),
});

const ChecksSchema = z.object({
  signature: z.enum(['valid', 'invalid', 'missing', 'no_secret']).openapi({ description: 'no_secret: no endpoint points at this inbox.' }),
  timestamp: z.enum(['valid', 'too_old', 'too_new', 'missing', 'invalid']).openapi({ description: 'Within 5 minutes of the sandbox clock, either way?' }),
  replay: z.enum(['first', 'duplicate', 'not_checked']).openapi({ description: 'Was this webhook-id accepted before? Checked only once signature and timestamp pass.' }),
});

const RecordSchema = z
  .object({
    id: z.string().openapi({ example: 'rcv_1' }),
    received_at: z.iso.datetime(),
    headers: z.object({
      'webhook-id': z.string().nullable(),
      'webhook-timestamp': z.string().nullable(),
      'webhook-signature': z.string().nullable(),
      'content-type': z.string().nullable(),
    }),
    body: z.string().openapi({ description: 'The body exactly as received.' }),
    endpoint_id: z.string().nullable().openapi({ description: 'The endpoint whose secret verified the signature.' }),
    checks: ChecksSchema,
    outcome: z.enum(['accepted', 'duplicate', 'rejected', 'failed']),
    fault: z.enum(['error', 'timeout']).nullable().openapi({ description: 'The injected fault that hit this delivery, if any.' }),
    response_status: z.int(),
    message: z.string().nullable().openapi({ description: 'Why it was refused or not processed again.' }),
  })
  .openapi('WebhookInboxRecord');

const FaultsSchema = z.object({
  mode: z.enum(['error', 'timeout']).openapi({ description: 'error: answer 500. timeout: answer after the sender stopped waiting (3 s).' }),
  remaining: z.int().min(0).openapi({ description: 'How many of the next deliveries still suffer it.' }),
});

export const InboxSchema = z
  .object({
    inbox: z.string().openapi({ example: 'demo' }),
    url: z.string().openapi({ description: 'Register this URL to deliver here.', example: '/api/v1/webhook-inbox/demo' }),
    faults: FaultsSchema,
    records: z.array(RecordSchema).openapi({ description: 'Newest first; the last 100.' }),
  })
  .openapi('WebhookInbox');

export const InboxFaultUpdateSchema = z
  .strictObject({
    fail_next: z.int().min(0).max(20).openapi({ description: 'How many of the next deliveries fail; 0 stops the faults.', example: 3 }),
    mode: z.enum(['error', 'timeout']).default('error').openapi({ description: 'error: answer 500 (default). timeout: answer too late.' }),
  })
  .openapi('WebhookInboxFaultUpdate');

export const InboxReceiptSchema = z
  .object({
    data: z.object({
      record: z.string().openapi({ example: 'rcv_1' }),
      outcome: z.enum(['accepted', 'duplicate']).openapi({ description: 'duplicate: acknowledged but not processed again.' }),
    }),
  })
  .openapi('WebhookInboxReceipt');
