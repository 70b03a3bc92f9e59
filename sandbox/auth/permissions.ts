import { ApiError } from '../patterns/errors';
import type { Principal } from './principal';
import { can, matchesPattern } from './rbac';

/**
 * The permissions the sandbox checks somewhere, each `resource:action`, with what it
 * allows in words. Role patterns and scopes are matched against this list to answer two
 * questions that a pattern alone cannot: "what may this caller do, concretely?" (GET /me)
 * and "does a scope ask for more than its creator holds?" (creating an API key).
 */
export const PERMISSIONS: Readonly<Record<string, string>> = Object.freeze({
  'projects:read': 'See the tenant’s projects',
  'projects:create': 'Create projects in the tenant',
  'projects:update': 'Rename or change projects',
  'projects:delete': 'Delete projects',
  'members:read': 'List the tenant’s members and their roles',
  'orders:read': 'See orders',
  'orders:create': 'Place orders',
  'orders:update': 'Change orders',
  'orders:delete': 'Delete orders',
  'orders:pay': 'Pay orders',
  'orders:ship': 'Mark orders as shipped',
  'orders:deliver': 'Mark orders as delivered',
  'orders:cancel': 'Cancel orders',
  'api_keys:create': 'Create API keys',
  'api_keys:read': 'List API keys',
  'api_keys:delete': 'Revoke API keys',
  'users:read': 'See user profiles',
  'users:create': 'Create users',
  'users:update': 'Change users',
  'users:delete': 'Delete users',
  'products:read': 'See products',
  'products:create': 'Create products',
  'products:update': 'Change products',
  'products:delete': 'Delete products',
});

/** How far a caller holds one permission: on everything, only on what it owns, or not at all. */
export type Reach = 'all' | 'own' | 'none';

/** How far the principal holds `permission`, tenant aside (roles and scopes both count). */
export function reach(principal: Principal, permission: string): Reach {
  if (can(principal, permission)) return 'all';
  // A resource owned by the caller: what the `:own` patterns add.
  if (principal.userId !== null && can(principal, permission, { ownerId: principal.userId })) return 'own';
  return 'none';
}

/**
 * Every catalogued permission the principal holds, `x:y` when it holds it on everything
 * and `x:y:own` when only on what it owns: what its roles and its scopes both allow.
 * @example effectivePermissions(grace) // ['projects:read', 'projects:create', 'projects:update:own', ...]
 */
export function effectivePermissions(principal: Principal): string[] {
  return Object.keys(PERMISSIONS).flatMap((permission) => {
    const held = reach(principal, permission);
    return held === 'all' ? [permission] : held === 'own' ? [`${permission}:own`] : [];
  });
}

/** What one requested scope would allow: each catalogued permission it grants, and how far. */
function scopeReach(scope: string): [string, Exclude<Reach, 'none'>][] {
  const base = scope.endsWith(':own') ? scope.slice(0, -':own'.length) : undefined;
  return Object.keys(PERMISSIONS).flatMap((permission): [string, Exclude<Reach, 'none'>][] => {
    if (matchesPattern(scope, permission)) return [[permission, 'all']];
    if (base !== undefined && matchesPattern(base, permission)) return [[permission, 'own']];
    return [];
  });
}

/** Why a scope cannot be handed on, or undefined when it can. */
export type ScopeProblem = { kind: 'unknown' } | { kind: 'exceeds'; permission: string };

/**
 * Checks that a scope names at least one permission and gives nothing beyond what the
 * principal itself holds, so a credential can only ever be narrower than its creator.
 * @example scopeProblem(grace, 'members:read') // { kind: 'exceeds', permission: 'members:read' }
 */
export function scopeProblem(principal: Principal, scope: string): ScopeProblem | undefined {
  const grants = scopeReach(scope);
  if (grants.length === 0) return { kind: 'unknown' };
  for (const [permission, wanted] of grants) {
    const held = reach(principal, permission);
    if (held === 'none' || (held === 'own' && wanted === 'all')) return { kind: 'exceeds', permission: wanted === 'own' ? `${permission}:own` : permission };
  }
  return undefined;
}

/** A resource as `authorize` needs it: its tenant and owner, and how to name it in messages. */
export interface GuardedResource {
  tenantId?: string | null;
  ownerId?: string | null;
  /** How messages name it, e.g. `project prj_2`. */
  label?: string;
}

/**
 * Throws unless the principal may do `permission` to the resource: 404 from `notFound` when the
 * resource is in another tenant, 403 `insufficient_permissions` naming the permission otherwise.
 *
 * Why 404 and not 403 across tenants: a 403 would confirm that the id exists, and ids of one
 * tenant are none of another tenant's business (not even how many projects it has). Inside the
 * caller's own tenant the resource is visible anyway, so a 403 saying what is missing helps.
 */
export function authorize(principal: Principal, permission: string, resource: GuardedResource, notFound: () => ApiError): void {
  if (resource.tenantId != null && resource.tenantId !== principal.tenantId) throw notFound();
  if (can(principal, permission, resource)) return;
  throw insufficientPermissions(principal, permission, resource);
}

/** The 403 for a permission the caller lacks, saying whether its roles, its ownership or its scopes stop it. */
export function insufficientPermissions(principal: Principal, permission: string, resource: GuardedResource = {}): ApiError {
  const target = resource.label ? ` on ${resource.label}` : '';
  const roles = principal.roles.join(', ') || 'none';
  const rolesOnly: Principal = { ...principal, scopes: null };
  if (can(rolesOnly, permission, resource)) {
    // The roles allow it; the credential was issued for less (RFC 6750 §3.1: insufficient_scope).
    const scopes = principal.scopes?.join(' ') || 'none';
    return new ApiError(
      'insufficient_permissions',
      `This needs the permission "${permission}"${target}. Your roles allow it, but this ${credentialNoun(principal)} is limited to the scopes [${scopes}]. Use a credential issued with "${permission}".`,
      { headers: { 'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${permission}"` } },
    );
  }
  if (reach(rolesOnly, permission) === 'own') {
    return new ApiError(
      'insufficient_permissions',
      `This needs the permission "${permission}"${target}. Your roles (${roles}) grant it only on what you own, and this belongs to ${resource.ownerId ?? 'nobody'}. Ask its owner or an admin.`,
    );
  }
  return new ApiError(
    'insufficient_permissions',
    `This needs the permission "${permission}"${target}, which your roles (${roles}) do not grant. GET /api/v1/me lists what you may do; ask an admin of your tenant for a role that includes it.`,
  );
}

function credentialNoun(principal: Principal): string {
  return principal.kind === 'api_key' ? 'API key' : 'access token';
}
