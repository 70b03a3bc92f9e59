// Types the editor knows about while you solve "tenant-authorization". They are global:
// use them in your code without importing anything.

/** Who is calling, as authentication found out from the request's credentials. */
interface AuthPrincipal {
  /** How the caller signed in: an OAuth access token ('user'), an API key, or nothing at all. */
  kind: 'user' | 'api_key' | 'anonymous';
  /** The user the request acts for (for an API key: the key's owner), e.g. "usr_2"; null when anonymous. */
  userId: string | null;
  /** The tenant (customer organisation) the credentials belong to, e.g. "ten_acme"; null when anonymous. */
  tenantId: string | null;
  /** The user's roles in that tenant, looked up in ROLE_PERMISSIONS. A role not in the table grants nothing. */
  roles: readonly string[];
  /**
   * What these credentials were limited to when they were issued: the OAuth token's scopes or
   * the API key's scopes, written as permission patterns ("projects:read", "orders:*").
   * null means "not limited beyond the roles". An empty list means "limited to nothing".
   */
  scopes: readonly string[] | null;
}

/** The thing being acted on. */
interface AuthResource {
  /** e.g. "prj_7", used in messages only. */
  id: string;
  /** The tenant whose data this is. */
  tenantId: string;
  /** The user who owns it (created it), or null when nobody does. */
  ownerId: string | null;
}

/** The answer of the policy. */
interface AuthDecision {
  allowed: boolean;
  /** Why the request was denied, in words for the logs (never shown to the caller). Required when allowed is false. */
  reason?: string;
}
