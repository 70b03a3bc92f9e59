/**
 * The grader's own statement of the rules in exercise.md, used to know the right answer
 * for every case of the matrix, and to say why in a message.
 */

export const ROLE_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
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

/** Segment-wise match: `*` is one segment, or the rest when it is the last one. */
export function matches(pattern: string, action: string): boolean {
  const want = pattern.split(':');
  const have = action.split(':');
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '*' && i === want.length - 1) return have.length > i;
    if (i >= have.length || (want[i] !== '*' && want[i] !== have[i])) return false;
  }
  return want.length === have.length;
}

/** The pattern that grants `action` to this principal on this resource, if any (with `:own` needing ownership). */
export function grantingPattern(patterns: readonly string[], action: string, userId: string | null, resource: AuthResource): string | undefined {
  return patterns.find((pattern) => {
    if (matches(pattern, action)) return true;
    if (!pattern.endsWith(':own')) return false;
    return resource.ownerId !== null && resource.ownerId === userId && matches(pattern.slice(0, -4), action);
  });
}

export const rolePatterns = (principal: AuthPrincipal): string[] =>
  principal.roles.flatMap((role) => (Object.hasOwn(ROLE_PERMISSIONS, role) ? ROLE_PERMISSIONS[role]! : []));

export interface Verdict {
  allowed: boolean;
  /** Why, in words for a message: which rule decided. */
  why: string;
}

/** The right answer for one case, with the rule that decides it. */
export function decide(principal: AuthPrincipal, action: string, resource: AuthResource): Verdict {
  if (principal.tenantId === null) return { allowed: false, why: 'an anonymous caller has no tenant and may do nothing with tenant data' };
  if (principal.tenantId !== resource.tenantId) return { allowed: false, why: `${resource.id} belongs to ${resource.tenantId}, and a principal of ${principal.tenantId} may never act on it, whatever its roles` };
  const role = grantingPattern(rolePatterns(principal), action, principal.userId, resource);
  if (!role) return { allowed: false, why: `no role pattern grants ${action}${ownHint(principal, action, resource)}` };
  if (principal.scopes === null) return { allowed: true, why: `the role pattern "${role}" grants it and the credentials are not scoped` };
  const scope = grantingPattern(principal.scopes, action, principal.userId, resource);
  if (!scope) return { allowed: false, why: `the roles grant it ("${role}") but no scope does (scopes: ${JSON.stringify(principal.scopes)}): scopes narrow what roles give` };
  return { allowed: true, why: `the role pattern "${role}" and the scope "${scope}" both grant it` };
}

function ownHint(principal: AuthPrincipal, action: string, resource: AuthResource): string {
  const ownPattern = rolePatterns(principal).find((pattern) => pattern.endsWith(':own') && matches(pattern.slice(0, -4), action));
  if (!ownPattern) return '';
  return resource.ownerId === null ? ` ("${ownPattern}" needs an owner, and ${resource.id} has none)` : ` ("${ownPattern}" needs ${resource.id} to be owned by ${principal.userId}; its owner is ${resource.ownerId})`;
}
