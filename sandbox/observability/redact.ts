/**
 * Redaction: logs are read by more people, and kept longer, than the requests they
 * describe, so a credential must never reach them. Two layers: fields that hold secrets
 * by name (Authorization, X-API-Key, `password`, `client_secret`, `access_token`…) are
 * replaced whole, and every other string is scrubbed of values that look like secrets
 * (a JWT, a `wbk_` API key, a Bearer credential) wherever they turn up — a path, a query,
 * an error message that quoted its input.
 */

export const REDACTED = '[REDACTED]';

// Names whose values are secrets, whatever their case or separators (api_key, Api-Key, apikey).
const SECRET_NAME = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-?key|password|passwd|secret|client-?secret|token|access-?token|refresh-?token|id-?token|code-?verifier|code|assertion|signature|webhook-?secret)$/;

const SECRET_VALUES: RegExp[] = [
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, // a JWT (its header always starts with {" → eyJ)
  /\bwbk_[A-Za-z0-9_-]{8,}/g, // the sandbox's API keys
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, // a credential after its scheme
];

/** Whether a header, query parameter or body field of this name holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.toLowerCase().replaceAll('_', '-'));
}

/** The text with anything that looks like a credential replaced by [REDACTED]. */
export function scrub(text: string): string {
  return SECRET_VALUES.reduce((result, pattern) => result.replace(pattern, (match) => (/^(bearer|basic)\s/i.test(match) ? `${match.split(/\s+/)[0]} ${REDACTED}` : REDACTED)), text);
}

/** Name → value pairs (query parameters, headers) with secret values replaced and the rest scrubbed. */
export function redactPairs(pairs: Iterable<[string, string]>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of pairs) {
    result[name] = isSecretName(name) ? keepScheme(value) : scrub(value);
  }
  return result;
}

// `Bearer abc` → `Bearer [REDACTED]`: the scheme tells a reader which kind of credential came; a lone value shows nothing.
function keepScheme(value: string): string {
  const [scheme, ...rest] = value.trim().split(/\s+/);
  return rest.length > 0 && /^[A-Za-z][A-Za-z-]*$/.test(scheme!) ? `${scheme} ${REDACTED}` : REDACTED;
}
