/**
 * Reads `GET /oauth/authorize/requests/{id}`: what the consent page must show before a
 * person approves anything — who asks, for what, and where the answer will be sent.
 */

export interface ScopeRequest {
  scope: string;
  description: string;
}

export interface ConsentRequest {
  id: string;
  clientId: string;
  clientName: string;
  scopes: ScopeRequest[];
  /** The host the browser will be sent back to; a person should recognise it. */
  redirectHost: string;
  /** ISO time after which the request is forgotten. */
  expiresAt: string | null;
}

/** Turns the endpoint's JSON (bare or inside `data`) into a ConsentRequest, or null when it is not one. */
export function readConsentRequest(body: unknown): ConsentRequest | null {
  const root = body as Record<string, unknown> | null;
  const value = (root && typeof root.data === 'object' && root.data !== null ? root.data : root) as Record<string, unknown> | null;
  if (!value || typeof value.id !== 'string') return null;
  const client = (typeof value.client === 'object' && value.client !== null ? value.client : {}) as Record<string, unknown>;
  const clientId = str(value.client_id) ?? str(client.id);
  const clientName = str(value.client_name) ?? str(client.name) ?? clientId;
  if (!clientId || !clientName) return null;
  const scopes = Array.isArray(value.scopes) ? value.scopes.flatMap(readScope) : [];
  const redirectHost = str(value.redirect_uri_host) ?? str(value.redirect_host) ?? hostOf(str(value.redirect_uri));
  if (!redirectHost) return null;
  return { id: value.id, clientId, clientName, scopes, redirectHost, expiresAt: str(value.expires_at) };
}

function readScope(entry: unknown): ScopeRequest[] {
  if (typeof entry === 'string') return [{ scope: entry, description: '' }];
  const value = entry as Record<string, unknown> | null;
  const scope = str(value?.scope) ?? str(value?.name);
  return scope ? [{ scope, description: str(value?.description) ?? '' }] : [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function hostOf(uri: string | null): string | null {
  if (!uri) return null;
  try {
    return new URL(uri).host;
  } catch {
    return null;
  }
}
