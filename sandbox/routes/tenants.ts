import { createRoute } from '@hono/zod-openapi';
import { principalOf, requirePrincipal } from '../auth/authenticate';
import { ACCOUNTS } from '../auth/directory';
import { authorize } from '../auth/permissions';
import { ownTenant, tenantNotFound } from '../auth/tenants-guard';
import { createRouter } from '../env';
import { resourcePath } from '../patterns/links';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { MemberListSchema, TenantResponseSchema, tenantParamSchema } from '../schemas/tenant';

/**
 * /api/v1/tenants/{tenant_id}: a tenant and its members, visible only from inside it.
 * Reading the tenant itself needs nothing beyond belonging to it (the roles have no
 * tenants:* permission: every member may know which organisation it is in); the
 * member list needs members:read, which plain members do not have.
 */

const tags = ['Tenants'];
const authErrors = ['authentication_required', 'invalid_token', 'invalid_api_key'] as const;

const getTenant = createRoute({
  method: 'get',
  path: '/tenants/{tenant_id}',
  tags,
  summary: 'Get your tenant',
  description: 'The tenant your credentials belong to. Another tenant’s id answers 404, not 403, so ids of other tenants reveal nothing.',
  middleware: [requirePrincipal()] as const,
  request: { params: tenantParamSchema },
  responses: {
    200: jsonContent(TenantResponseSchema, 'The tenant, with links to its members and projects.'),
    ...errorResponses(...authErrors, 'resource_not_found', 'internal_error'),
  },
});

const listMembers = createRoute({
  method: 'get',
  path: '/tenants/{tenant_id}/members',
  tags,
  summary: 'List your tenant’s members and their roles',
  description: 'Every member of your tenant with their role; reading it needs the `members:read` permission.',
  middleware: [requirePrincipal()] as const,
  request: { params: tenantParamSchema },
  responses: {
    200: jsonContent(MemberListSchema, 'Every member of the tenant.'),
    ...errorResponses(...authErrors, 'insufficient_permissions', 'resource_not_found', 'internal_error'),
  },
});

/** Links of a tenant, for its own representation and its sub-resources. */
export function tenantLinks(tenantId: string) {
  return { self: resourcePath('tenants', tenantId), members: resourcePath('tenants', tenantId, 'members'), projects: resourcePath('tenants', tenantId, 'projects') };
}

/** The tenant and member routes. */
export function tenantRoutes() {
  return createRouter()
    .openapi(getTenant, (c) => {
      const tenant = ownTenant(principalOf(c), c.req.valid('param').tenant_id);
      return c.json({ data: { id: tenant.id, name: tenant.name }, links: tenantLinks(tenant.id) }, 200);
    })
    .openapi(listMembers, (c) => {
      const principal = principalOf(c);
      const tenant = ownTenant(principal, c.req.valid('param').tenant_id);
      authorize(principal, 'members:read', { tenantId: tenant.id, label: `the members of ${tenant.id}` }, () => tenantNotFound(tenant.id));
      const members = ACCOUNTS.filter((account) => account.tenantId === tenant.id).map((account) => ({
        user_id: account.userId,
        login: account.login,
        display_name: account.displayName,
        roles: [...account.roles],
      }));
      return c.json({ data: members, links: { self: tenantLinks(tenant.id).members }, meta: { count: members.length, has_more: false } }, 200);
    });
}
