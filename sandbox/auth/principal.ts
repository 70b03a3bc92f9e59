/**
 * Who is calling. Authentication (sandbox/auth/authenticate.ts) turns the Authorization
 * header into a Principal and puts it on the request context as `principal`; routes and
 * policies read it from there and never parse headers themselves.
 *
 * A request without credentials is the anonymous demo caller: the public teaching API
 * (chapters 1 to 4) stays open to it, while tenant data needs a real principal.
 */

export type PrincipalKind = 'anonymous' | 'user' | 'api_key';

export interface Principal {
  kind: PrincipalKind;
  /** The user the request acts for (`usr_1`); null when anonymous. For an API key, the key's owner. */
  userId: string | null;
  /** The tenant the credentials belong to (`ten_acme`); null when anonymous. */
  tenantId: string | null;
  /** Roles the user holds in that tenant, resolved at request time (so a role change applies at once). */
  roles: readonly string[];
  /**
   * What the credentials were limited to: OAuth scopes of the access token or the API key's scopes,
   * as permission patterns (`projects:read`, `orders:*`). null means not limited beyond the roles.
   */
  scopes: readonly string[] | null;
  /** The API key's id (`key_...`) or the token's client_id, for logs; null when anonymous. */
  credentialId: string | null;
}

/** The caller without credentials: may use the public demo API, never tenant data. */
export const ANONYMOUS: Principal = Object.freeze({
  kind: 'anonymous',
  userId: null,
  tenantId: null,
  roles: Object.freeze(['anonymous_demo']),
  scopes: null,
  credentialId: null,
});
