import { ApiError } from '../patterns/errors';
import { findTenant, type Tenant } from './directory';
import type { Principal } from './principal';
import { can } from './rbac';
import { insufficientPermissions, reach } from './permissions';

/**
 * Tenant isolation for routes under /api/v1/tenants/{tenant_id}: the path's tenant must be
 * the caller's own. Another tenant answers exactly like a tenant that does not exist (404),
 * so a caller cannot even learn which tenant ids are real, let alone what they hold.
 */

/** The caller's tenant named by `tenantId`; 404 `resource_not_found` for any other id, real or not. */
export function ownTenant(principal: Principal, tenantId: string): Tenant {
  const tenant = findTenant(tenantId);
  if (!tenant || tenant.id !== principal.tenantId) throw tenantNotFound(tenantId);
  return tenant;
}

/** The 404 for a tenant id the caller cannot see: the same words whether the tenant exists or not. */
export function tenantNotFound(tenantId: string): ApiError {
  return new ApiError('resource_not_found', `No tenant you belong to has the id ${JSON.stringify(tenantId)}. GET /api/v1/me shows your tenant.`, { param: 'tenant_id' });
}

/**
 * The rows of a list the principal may see with `permission`: all of them, or only its own
 * when it holds the permission only on what it owns. 403 when it holds it on nothing.
 */
export function visibleRows<T>(principal: Principal, permission: string, rows: readonly T[], refOf: (row: T) => { tenantId: string; ownerId: string }): T[] {
  if (reach(principal, permission) === 'none') throw insufficientPermissions(principal, permission);
  return rows.filter((row) => can(principal, permission, refOf(row)));
}

