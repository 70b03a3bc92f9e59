import type { Principal } from './principal';

/**
 * Role-based access control with wildcards, ownership and tenants.
 *
 * A permission names a resource and an action: `orders:cancel`, `projects:update`.
 * A role holds permission *patterns*:
 * - `orders:*` grants every orders permission (`orders:cancel`, `orders:read:own`).
 *   Matching goes segment by segment, never by string prefix: a raw `startsWith('orders')`
 *   would also hand out `ordersx:read`, and `startsWith('order')` would hand out orders
 *   to anyone allowed to touch some `order...` resource — the classic wildcard bug.
 * - `projects:update:own` grants `projects:update` only on a resource the principal owns.
 *
 * Credentials can narrow what the roles give (OAuth scopes, API-key scopes): a request is
 * allowed only when a role AND a scope both grant it. And whatever the role, a principal
 * never acts on another tenant's resource.
 */

/** What each role may do. `anonymous_demo` is the open teaching API of chapters 1 to 4. */
export const ROLE_PERMISSIONS: Readonly<Record<string, readonly string[]>> = Object.freeze({
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
  anonymous_demo: ['orders:*', 'users:*', 'products:*'],
});

/** The resource a permission is checked against: whose it is and which tenant it lives in. */
export interface ResourceRef {
  ownerId?: string | null;
  tenantId?: string | null;
}

const OWN = 'own';

/**
 * Whether one pattern matches one permission, segment by segment. `*` stands for exactly
 * one segment, except as the last segment, where it stands for one or more.
 * @example matchesPattern('orders:*', 'orders:read:own') // true
 * @example matchesPattern('orders:*', 'ordersx:read')    // false
 */
export function matchesPattern(pattern: string, permission: string): boolean {
  const want = pattern.split(':');
  const have = permission.split(':');
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    const last = i === want.length - 1;
    if (segment === '*' && last) return have.length > i; // the rest, at least one segment
    if (i >= have.length) return false;
    if (segment !== '*' && segment !== have[i]) return false;
  }
  return want.length === have.length;
}

/**
 * Whether a pattern grants a permission on a resource: a direct match, or an `x:y:own`
 * pattern whose `x:y` matches and whose resource belongs to the user.
 */
export function patternGrants(pattern: string, permission: string, userId: string | null, resource?: ResourceRef): boolean {
  if (matchesPattern(pattern, permission)) return true;
  if (!pattern.endsWith(`:${OWN}`)) return false;
  const base = pattern.slice(0, -(OWN.length + 1));
  // Ownership needs both sides: an anonymous caller or a resource without an owner owns nothing.
  const owns = userId !== null && resource?.ownerId != null && resource.ownerId === userId;
  return owns && matchesPattern(base, permission);
}

/** Every permission pattern the principal's roles give it (unknown roles give nothing). */
export function rolePatterns(principal: Principal): string[] {
  return principal.roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []);
}

/**
 * Whether the principal may do `permission` to `resource`: the tenants match (when the
 * resource has one), some role pattern grants it, and — when the credentials carry
 * scopes — some scope grants it too.
 * @example can(grace, 'projects:update', { ownerId: 'usr_2', tenantId: 'ten_acme' })
 */
export function can(principal: Principal, permission: string, resource?: ResourceRef): boolean {
  if (resource?.tenantId != null && resource.tenantId !== principal.tenantId) return false;
  const granted = (patterns: readonly string[]) => patterns.some((pattern) => patternGrants(pattern, permission, principal.userId, resource));
  if (!granted(rolePatterns(principal))) return false;
  return principal.scopes === null || granted(principal.scopes);
}
