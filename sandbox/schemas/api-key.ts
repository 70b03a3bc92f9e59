import { z } from '@hono/zod-openapi';
import { ListMetaSchema, listSchema, TimestampSchema } from './common';

/** API keys on the wire: the key itself appears only in the answer to its creation. */

// Segments of lowercase letters and underscores, or `*`: `projects:read`, `orders:*`, `projects:update:own`.
const SCOPE_PATTERN = /^([a-z_]+|\*)(:([a-z_]+|\*))*$/;

export const ScopeSchema = z
  .string()
  .regex(SCOPE_PATTERN, { error: 'each scope must be a permission pattern such as projects:read, orders:* or projects:update:own.' })
  .openapi({ example: 'projects:read' });

export const ApiKeyLinksSchema = z.object({ self: z.string().openapi({ example: '/api/v1/api-keys/key_1' }) }).openapi('ApiKeyLinks');

export const ApiKeySchema = z
  .object({
    id: z.string().openapi({ example: 'key_1' }),
    name: z.string().openapi({ example: 'nightly export' }),
    prefix: z.string().openapi({ description: 'The first characters of the key, to tell keys apart. Not enough to use it.', example: 'wbk_live_AbCd' }),
    last4: z.string().openapi({ description: 'The last four characters of the key.', example: 'x9Qz' }),
    user_id: z.string().openapi({ description: 'Who created the key; the key acts with this user’s roles.', example: 'usr_1' }),
    tenant_id: z.string().openapi({ example: 'ten_acme' }),
    scopes: z.array(z.string()).openapi({ description: 'What the key may do, within its creator’s roles.', example: ['projects:read'] }),
    status: z.enum(['active', 'expired', 'revoked']).openapi({ description: 'Whether the key works now: expired and revoked keys are answered with 401 invalid_api_key.' }),
    created_at: TimestampSchema,
    expires_at: z.iso.datetime().nullable().openapi({ description: 'When the key stops working; null for a key that does not expire.' }),
    last_used_at: z.iso.datetime().nullable().openapi({ description: 'The last request made with the key; null if never used.' }),
    usage_count: z.int().min(0).openapi({ description: 'Requests made with the key.' }),
    revoked_at: z.iso.datetime().nullable().openapi({ description: 'When the key was revoked; null while it is not.' }),
    links: ApiKeyLinksSchema,
  })
  .openapi('ApiKey');

export const ApiKeyResponseSchema = z.object({ data: ApiKeySchema, links: ApiKeyLinksSchema }).openapi('ApiKeyResponse');

export const ApiKeyCreatedSchema = z
  .object({
    data: ApiKeySchema.extend({
      key: z.string().openapi({ description: 'The full key. Shown this once: the sandbox stores only its SHA-256 hash. Send it as Authorization: Bearer <key>.', example: 'wbk_live_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_x9Qz' }),
    }).openapi('ApiKeyWithSecret'),
    links: ApiKeyLinksSchema,
  })
  .openapi('ApiKeyCreated');

export const ApiKeyListSchema = listSchema('ApiKeyList', ApiKeySchema, ListMetaSchema);

// Strict: a misspelt field (`scope` for `scopes`) is reported, not silently ignored.
export const ApiKeyCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).openapi({ description: 'What the key is for, 1 to 100 characters.', example: 'nightly export' }),
    scopes: z.array(ScopeSchema).min(1).max(20).openapi({
      description: 'Permission patterns the key may use, 1 to 20. Each must be within what you hold yourself (GET /api/v1/me lists it).',
      example: ['projects:read'],
    }),
    expires_in_days: z.int().min(1).max(365).optional().openapi({ description: 'Days until the key stops working, 1 to 365. Leave out for a key without expiry.', example: 30 }),
  })
  .openapi('ApiKeyCreate');
