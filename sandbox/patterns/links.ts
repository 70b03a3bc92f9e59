/**
 * Links (HATEOAS, chapter 1 size): every resource says where it lives and where its
 * related resources are, so a client follows links instead of building URLs itself.
 * Links are paths relative to the API's origin, and every piece is URL-encoded.
 */

export const API_BASE = '/api/v1';

/** `resourcePath('users', 'usr_1', 'orders')` → `/api/v1/users/usr_1/orders`, each segment encoded. */
export function resourcePath(...segments: string[]): string {
  return [API_BASE, ...segments.map(encodeURIComponent)].join('/');
}

/** Adds a query string built from the defined values, encoded: `withQuery('/x', { a: 'b c' })` → `/x?a=b+c`. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
