/**
 * The scopes a client may ask for. A scope is a permission pattern (sandbox/auth/rbac.ts):
 * a token may do what its scopes allow AND the user's roles allow, never more than either.
 */

export const OAUTH_SCOPES: Readonly<Record<string, string>> = Object.freeze({
  'orders:read': 'See your orders',
  'orders:create': 'Place orders for you',
  'orders:pay': 'Pay your orders',
  'orders:cancel': 'Cancel your orders',
  'orders:*': 'Everything you may do with orders',
  'projects:read': 'See your tenant’s projects',
  'projects:create': 'Create projects',
  'projects:update': 'Change projects',
  'projects:delete': 'Delete projects',
  'projects:*': 'Everything you may do with projects',
  'members:read': 'See who is in your tenant',
  'api_keys:read': 'See your API keys',
  'api_keys:create': 'Create API keys for you',
  'api_keys:delete': 'Revoke your API keys',
  'users:read': 'See user profiles',
});

export type ScopeParse = { ok: true; scopes: string[] } | { ok: false; reason: string };

/** Reads a space-separated scope parameter (RFC 6749 §3.3); every scope must be known. */
export function parseScope(text: string | undefined): ScopeParse {
  if (text === undefined || text.trim() === '') {
    return { ok: false, reason: `scope is missing: ask for what the client needs, e.g. scope=orders:read (known scopes: ${Object.keys(OAUTH_SCOPES).join(' ')})` };
  }
  const scopes = [...new Set(text.split(' ').filter(Boolean))];
  const unknown = scopes.filter((scope) => !Object.hasOwn(OAUTH_SCOPES, scope));
  if (unknown.length > 0) {
    return { ok: false, reason: `unknown scope ${unknown.map((scope) => JSON.stringify(scope)).join(', ')}; scopes are separated by spaces and must be among: ${Object.keys(OAUTH_SCOPES).join(' ')}` };
  }
  return { ok: true, scopes };
}

/** The scopes with their descriptions, for the consent page. */
export function describeScopes(scopes: readonly string[]): { name: string; description: string }[] {
  return scopes.map((name) => ({ name, description: OAUTH_SCOPES[name] ?? name }));
}
