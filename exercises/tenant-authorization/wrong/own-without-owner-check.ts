// Mistake: ":own" is cut off and the rest is granted, without looking at the owner.
// Every member may then update and delete everybody's projects.
/** What each role may do, as permission patterns. */
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

/** Whether a pattern matches an action segment by segment; a final `*` matches the rest. */
function matches(pattern: string, action: string): boolean {
  const want = pattern.split(':');
  const have = action.split(':');
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '*' && i === want.length - 1) return have.length > i;
    if (i >= have.length || (want[i] !== '*' && want[i] !== have[i])) return false;
  }
  return want.length === have.length;
}

/** Whether one pattern grants the action on this resource to this principal (`:own` needs ownership). */
function grants(pattern: string, action: string, principal: AuthPrincipal, resource: AuthResource): boolean {
  if (matches(pattern, action)) return true;
  if (!pattern.endsWith(':own')) return false;
  return matches(pattern.slice(0, -':own'.length), action);
}

/** Decides whether `principal` may do `action` to `resource`; denies with a reason otherwise. */
export function authorize(principal: AuthPrincipal, action: string, resource: AuthResource): AuthDecision {
  if (principal.tenantId === null) return { allowed: false, reason: 'No credentials: tenant data needs a signed-in principal.' };
  // Tenants before roles: no role, however strong, reaches into another customer's data.
  if (principal.tenantId !== resource.tenantId) {
    return { allowed: false, reason: `${resource.id} belongs to tenant ${resource.tenantId}, not ${principal.tenantId}.` };
  }
  // hasOwn: a role named "toString" must not find Object.prototype's function.
  const patterns = principal.roles.flatMap((role) => (Object.hasOwn(ROLE_PERMISSIONS, role) ? ROLE_PERMISSIONS[role]! : []));
  if (!patterns.some((pattern) => grants(pattern, action, principal, resource))) {
    return { allowed: false, reason: `No role of ${principal.userId} (${principal.roles.join(', ') || 'none'}) grants ${action} on ${resource.id}.` };
  }
  if (principal.scopes !== null && !principal.scopes.some((scope) => grants(scope, action, principal, resource))) {
    return { allowed: false, reason: `The credentials' scopes (${principal.scopes.join(' ') || 'none'}) do not include ${action}.` };
  }
  return { allowed: true };
}
