import { createRoute } from '@hono/zod-openapi';
import { principalOf, requirePrincipal } from '../auth/authenticate';
import { findAccount, findTenant } from '../auth/directory';
import { effectivePermissions } from '../auth/permissions';
import { createRouter } from '../env';
import { ApiError } from '../patterns/errors';
import { resourcePath } from '../patterns/links';
import { MeResponseSchema } from '../schemas/auth';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';

/**
 * GET /api/v1/me: what the server made of the credentials. The first thing to call when a
 * request is refused: it shows the user, the tenant, the roles, the credential's scopes and
 * the permissions that result from both. Any authenticated caller may ask about itself.
 */

const getMe = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Auth'],
  summary: 'Show who the credentials belong to and what they allow',
  description: 'Reads the credentials sent (an access token or an API key) and answers who they belong to: the user, the tenant, the roles, the scopes, and the permissions those add up to.',
  middleware: [requirePrincipal()] as const,
  responses: {
    200: jsonContent(MeResponseSchema, 'The caller, its tenant, roles, scopes and effective permissions.'),
    ...errorResponses('authentication_required', 'invalid_token', 'invalid_api_key', 'internal_error'),
  },
});

/** The "who am I" route. */
export function meRoutes() {
  return createRouter().openapi(getMe, (c) => {
    const principal = principalOf(c);
    const account = principal.userId === null ? undefined : findAccount(principal.userId);
    const tenant = principal.tenantId === null ? undefined : findTenant(principal.tenantId);
    // authenticate only builds principals from directory accounts; anything else is a bug here.
    if (!account || !tenant || principal.kind === 'anonymous' || principal.credentialId === null) {
      throw new ApiError('internal_error', 'The authenticated caller has no account in the directory; this is a bug in the sandbox. Reset the sandbox and sign in again.');
    }
    return c.json(
      {
        data: {
          user: { id: account.userId, login: account.login, display_name: account.displayName },
          tenant: { id: tenant.id, name: tenant.name },
          roles: [...principal.roles],
          scopes: principal.scopes === null ? null : [...principal.scopes],
          permissions: effectivePermissions(principal),
          credential: { kind: principal.kind, id: principal.credentialId },
        },
        links: { self: resourcePath('me'), tenant: resourcePath('tenants', tenant.id), api_keys: resourcePath('api-keys') },
      },
      200,
    );
  });
}
