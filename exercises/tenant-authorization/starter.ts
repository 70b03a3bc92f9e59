/**
 * The authorization policy of a multi-tenant API: tenant isolation first, then roles
 * with segment-wise wildcards and ownership, narrowed by the credentials' scopes.
 * Anything not granted is denied.
 */

/** What each role may do, as permission patterns. Keep this table as it is: the checks use the same one. */
const ROLE_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  admin: ['projects:*', 'invoices:*', 'members:*', 'orders:*', 'api_keys:*', 'users:read'],
  member: [
    'projects:read',
    'projects:create',
    'projects:update:own',
    'projects:delete:own',
    'orders:read:own',
    'orders:create',
    'orders:pay:own',
    'orders:cancel:own',
    'api_keys:create',
    'api_keys:read:own',
    'api_keys:delete:own',
    'users:read:own',
  ],
  support: ['projects:read', 'orders:read', 'orders:update', 'orders:cancel', 'members:read'],
};

/** Decides whether `principal` may do `action` to `resource`; denies with a reason otherwise. */
export function authorize(principal: AuthPrincipal, action: string, resource: AuthResource): AuthDecision {
  // A first draft that only looks for an exact permission in the roles. Tenants, wildcards,
  // :own and scopes are still to do, and so is the reason for a denial.
  const allowed = principal.roles.some((role) => ROLE_PERMISSIONS[role]?.includes(action));
  return { allowed };
}
