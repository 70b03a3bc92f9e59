/**
 * What the observability middleware keeps about one finished request. Metrics, logs,
 * analytics and the SLA monitor are all computed from these records, so the four views
 * can never disagree about what happened.
 */
export interface RequestRecord {
  /** The X-Request-Id the client received. */
  requestId: string;
  /** When the request arrived, on the sandbox clock (epoch ms). */
  startedAt: number;
  method: string;
  /** The route template that answered (`/api/v1/users/{id}`), or UNMATCHED_ROUTE; never the raw path. */
  route: string;
  /** The raw path, for logs only (a metric label with it would grow without bound). */
  path: string;
  status: number;
  /** Time to the response's headers on the sandbox clock; streams keep going after it. */
  durationMs: number;
  /** Who called: `user:usr_1`, `api_key:key_1`, `demo_key:pro` or `anonymous` (see client-id.ts). */
  client: string;
  /** For error responses: the envelope's type and code (see error-kind.ts); null on success. */
  error: { type: string; code: string; message: string } | null;
  /** The observability routes themselves (/metrics, logs, analytics, sla): kept out of logs, analytics and SLA. */
  observer: boolean;
}

/** The route label of a request no route matched (a 404 or 405 from the fallback). */
export const UNMATCHED_ROUTE = '(unmatched)';
