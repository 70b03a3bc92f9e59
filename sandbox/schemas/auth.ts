import { z } from '@hono/zod-openapi';

/** GET /api/v1/me: who the credentials say the caller is, and what they may do. */

export const MeSchema = z
  .object({
    user: z
      .object({
        id: z.string().openapi({ example: 'usr_2' }),
        login: z.string().openapi({ example: 'grace' }),
        display_name: z.string().openapi({ example: 'Grace Hopper' }),
      })
      .openapi({ description: 'The user the request acts for (for an API key: its creator).' }),
    tenant: z.object({ id: z.string().openapi({ example: 'ten_acme' }), name: z.string().openapi({ example: 'Acme Analytics' }) }),
    roles: z.array(z.string()).openapi({ description: 'Roles in the tenant, read from the directory on every request.', example: ['member'] }),
    scopes: z
      .array(z.string())
      .nullable()
      .openapi({ description: 'What the credential was limited to (token scopes or API-key scopes); null when only the roles limit it.', example: ['projects:read', 'projects:update:own'] }),
    permissions: z.array(z.string()).openapi({
      description: 'What the caller may do: every permission both the roles and the scopes grant. `x:y:own` means only on resources the caller owns.',
      example: ['projects:read', 'projects:update:own'],
    }),
    credential: z.object({
      kind: z.enum(['user', 'api_key']).openapi({ description: 'user: an OAuth access token; api_key: an API key.' }),
      id: z.string().openapi({ description: 'The token’s client_id, or the API key’s id.', example: 'workbench-lab' }),
    }),
  })
  .openapi('Me');

export const MeResponseSchema = z
  .object({
    data: MeSchema,
    links: z.object({
      self: z.string().openapi({ example: '/api/v1/me' }),
      tenant: z.string().openapi({ example: '/api/v1/tenants/ten_acme' }),
      api_keys: z.string().openapi({ example: '/api/v1/api-keys' }),
    }),
  })
  .openapi('MeResponse');
