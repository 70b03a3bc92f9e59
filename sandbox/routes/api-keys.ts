import { createRoute } from '@hono/zod-openapi';
import type { ApiKeyRecord, ApiKeyStore } from '../auth/api-keys';
import { principalOf, requirePrincipal } from '../auth/authenticate';
import { authorize, insufficientPermissions, scopeProblem } from '../auth/permissions';
import type { Principal } from '../auth/principal';
import { can } from '../auth/rbac';
import { visibleRows } from '../auth/tenants-guard';
import { createRouter } from '../env';
import { ApiError, resourceNotFound, type ErrorDetail } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { ApiKeyCreatedSchema, ApiKeyCreateSchema, ApiKeyListSchema, ApiKeyResponseSchema } from '../schemas/api-key';
import { idParamSchema, jsonContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';

/**
 * /api/v1/api-keys: create, list and revoke API keys. A key acts for the user who made it,
 * with that user's roles (read at each request) narrowed to the key's scopes, inside that
 * user's tenant. Members see and revoke their own keys; admins (api_keys:*) all of the tenant's.
 */

const tags = ['API keys'];
const params = idParamSchema('key', 'API key');
const authErrors = ['authentication_required', 'invalid_token', 'invalid_api_key', 'insufficient_permissions'] as const;

const createKey = createRoute({
  method: 'post',
  path: '/api-keys',
  tags,
  summary: 'Create an API key (the key is shown once)',
  description: 'Creates a key for a script or a server, limited to scopes you hold yourself and optionally expiring. Only a hash is stored, so the full key in the answer is the one chance to copy it.',
  // jsonBody first: a body in the wrong format is a 415 whoever sends it.
  middleware: [jsonBody(), requirePrincipal()] as const,
  request: { body: requestBody(ApiKeyCreateSchema) },
  responses: {
    201: { ...jsonContent(ApiKeyCreatedSchema, 'The new key, with the full key in `data.key`: store it now, it is never shown again.'), headers: locationHeader('/api/v1/api-keys/key_1') },
    ...errorResponses('invalid_json', ...authErrors, 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const listKeys = createRoute({
  method: 'get',
  path: '/api-keys',
  tags,
  summary: 'List API keys (yours, or the whole tenant’s for admins)',
  description: 'The API keys you may see, oldest first, with their names, scopes and expiry but never their secrets.',
  middleware: [requirePrincipal()] as const,
  responses: { 200: jsonContent(ApiKeyListSchema, 'The keys you may see, oldest first, without their secrets.'), ...errorResponses(...authErrors, 'internal_error') },
});

const getKey = createRoute({
  method: 'get',
  path: '/api-keys/{id}',
  tags,
  summary: 'Get an API key’s details',
  description: 'One API key by id, without its secret: its name, scopes, status, expiry and when it was last used.',
  middleware: [requirePrincipal()] as const,
  request: { params },
  responses: { 200: jsonContent(ApiKeyResponseSchema, 'The key, without its secret.'), ...errorResponses(...authErrors, 'resource_not_found', 'internal_error') },
});

const revokeKey = createRoute({
  method: 'delete',
  path: '/api-keys/{id}',
  tags,
  summary: 'Revoke an API key',
  description: 'The key stops working at once (401 invalid_api_key) and stays listed with status "revoked". Revoking a revoked key changes nothing.',
  middleware: [requirePrincipal()] as const,
  request: { params },
  responses: { 200: jsonContent(ApiKeyResponseSchema, 'The key, now revoked.'), ...errorResponses(...authErrors, 'resource_not_found', 'internal_error') },
});

/** The API-key routes, over the runtime's key store. */
export function apiKeyRoutes(apiKeys: ApiKeyStore) {
  const present = (record: ApiKeyRecord) => {
    const { hash: _hash, ...visible } = record; // the hash stays inside: it is what a stolen dump would be checked against
    return { ...visible, status: apiKeys.status(record), links: keyLinks(record) };
  };

  // Keys of other tenants are answered as missing: ids of one tenant are no business of another.
  const find = (principal: Principal, id: string, permission: string) => {
    const record = apiKeys.get(id);
    const notFound = () => resourceNotFound('API key', id, resourcePath('api-keys'));
    if (!record) throw notFound();
    authorize(principal, permission, { tenantId: record.tenant_id, ownerId: record.user_id, label: `API key ${id}` }, notFound);
    return record;
  };

  return createRouter()
    .openapi(createKey, async (c) => {
      const principal = principalOf(c);
      const input = c.req.valid('json');
      if (principal.kind !== 'user') {
        throw new ApiError('insufficient_permissions', 'An API key cannot create API keys: a leaked key could otherwise mint replacements for itself. Sign in (OAuth) and create the key with your access token.');
      }
      if (!can(principal, 'api_keys:create', { tenantId: principal.tenantId })) throw insufficientPermissions(principal, 'api_keys:create');
      checkScopes(principal, input.scopes);
      const { record, key } = await apiKeys.create({
        userId: principal.userId!,
        tenantId: principal.tenantId!,
        name: input.name,
        scopes: [...new Set(input.scopes)],
        expiresInDays: input.expires_in_days,
      });
      c.header('Location', keyLinks(record).self);
      c.header('Cache-Control', 'no-store'); // the one response that carries the secret must not be cached anywhere
      return c.json({ data: { ...present(record), key }, links: keyLinks(record) }, 201);
    })
    .openapi(listKeys, (c) => {
      const principal = principalOf(c);
      const records = apiKeys.list((record) => record.tenant_id === principal.tenantId);
      const visible = visibleRows(principal, 'api_keys:read', records, (record) => ({ tenantId: record.tenant_id, ownerId: record.user_id }));
      return c.json({ data: visible.map(present), links: { self: resourcePath('api-keys') }, meta: { count: visible.length, has_more: false } }, 200);
    })
    .openapi(getKey, (c) => {
      const record = find(principalOf(c), c.req.valid('param').id, 'api_keys:read');
      return c.json({ data: present(record), links: keyLinks(record) }, 200);
    })
    .openapi(revokeKey, (c) => {
      const record = find(principalOf(c), c.req.valid('param').id, 'api_keys:delete');
      const revoked = apiKeys.revoke(record.id)!;
      return c.json({ data: present(revoked), links: keyLinks(revoked) }, 200);
    });
}

function keyLinks(record: Pick<ApiKeyRecord, 'id'>) {
  return { self: resourcePath('api-keys', record.id) };
}

/**
 * A key may only be narrower than its creator: every scope must name known permissions
 * (422 otherwise) and grant nothing the creator's roles and token scopes do not (403).
 */
function checkScopes(principal: Principal, scopes: readonly string[]): void {
  const problems = scopes.map((scope, index) => ({ scope, field: `scopes[${index}]`, problem: scopeProblem(principal, scope) }));
  const unknown: ErrorDetail[] = problems
    .filter(({ problem }) => problem?.kind === 'unknown')
    .map(({ scope, field }) => ({ field, code: 'unknown_permission', message: `"${scope}" matches no permission the sandbox checks. GET /api/v1/me lists the ones you hold, e.g. projects:read.` }));
  if (unknown.length > 0) throw new ApiError('validation_failed', `${unknown.length} scope(s) name no known permission: ${unknown.map((detail) => detail.field).join(', ')}.`, { details: unknown });
  for (const { scope, field, problem } of problems) {
    if (problem?.kind !== 'exceeds') continue;
    throw new ApiError(
      'insufficient_permissions',
      `${field} "${scope}" would give the key "${problem.permission}", which you do not hold yourself. A key can only be narrower than its creator: GET /api/v1/me lists what you may hand on.`,
      { param: field },
    );
  }
}
