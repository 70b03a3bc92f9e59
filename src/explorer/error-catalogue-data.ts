/**
 * The error catalogue as the app reads it from GET /api/v1/errors, and the example
 * responses the /errors/:code page shows for each code. Pure, so it is tested without a
 * browser. The examples are built the way the sandbox's one error renderer builds its
 * bodies (decision 001): the same facts as a JSON envelope and as RFC 9457 problem details.
 */

/** The four families of the guide, in the order the page lists them. */
export const GROUPS = ['authentication', 'validation', 'business', 'system'] as const;
export type Group = (typeof GROUPS)[number];

/** What each group means for the client: who has to act, and how. */
export const GROUP_INFO: Record<Group, { title: string; summary: string }> = {
  authentication: {
    title: 'Authentication and authorization',
    summary: 'Who is calling, and what they may do. Fix the credentials; repeating the request unchanged will not help.',
  },
  validation: {
    title: 'Validation',
    summary: 'The request itself is malformed or breaks a field’s rules. Fix what the message and details name, then send again.',
  },
  business: {
    title: 'Business rules',
    summary: 'The request is well formed, but the resource does not exist or the rules of the domain refuse it in its current state.',
  },
  system: {
    title: 'Rate limits and system errors',
    summary: 'Not a mistake in the request: a limit was reached or something on the server side failed. Wait, back off and retry.',
  },
};

/** One code, as GET /api/v1/errors lists it. */
export interface CatalogueEntry {
  code: string;
  status: number;
  type: string;
  group: Group;
  title: string;
  description: string;
  fix: string;
  doc_url: string;
}

/** Reads the `data` of GET /api/v1/errors or /errors/{code}; throws, naming the field, when the shape is not a catalogue's. */
export function readEntries(data: unknown): CatalogueEntry[] {
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, i) => {
    const where = Array.isArray(data) ? `data[${i}]` : 'data';
    if (typeof item !== 'object' || item === null) throw new Error(`The catalogue's ${where} is not an object.`);
    const entry = item as Record<string, unknown>;
    for (const field of ['code', 'type', 'title', 'description', 'fix', 'doc_url'] as const) {
      if (typeof entry[field] !== 'string') throw new Error(`The catalogue's ${where}.${field} should be a string.`);
    }
    if (typeof entry.status !== 'number') throw new Error(`The catalogue's ${where}.status should be a number.`);
    if (!(GROUPS as readonly unknown[]).includes(entry.group)) throw new Error(`The catalogue's ${where}.group should be one of ${GROUPS.join(', ')}.`);
    return entry as unknown as CatalogueEntry;
  });
}

/** Entries by group, in GROUPS order; inside a group by status, then code. Empty groups are left out. */
export function groupEntries(entries: CatalogueEntry[]): { group: Group; entries: CatalogueEntry[] }[] {
  return GROUPS.map((group) => ({
    group,
    entries: entries.filter((e) => e.group === group).sort((a, b) => a.status - b.status || a.code.localeCompare(b.code)),
  })).filter((g) => g.entries.length > 0);
}

/** A response as the page prints it. */
export interface ExampleResponse {
  status: number;
  headers: [string, string][];
  body: unknown;
}

/** The request that typically produces a code, shown above its example responses. */
export interface ExampleRequest {
  method: string;
  path: string;
}

// Where each code usually comes from; codes not listed get no request line and no `instance`.
const typicalRequests: Record<string, ExampleRequest> = {
  invalid_json: { method: 'POST', path: '/api/v1/users' },
  invalid_api_key: { method: 'GET', path: '/api/v1/books' },
  resource_not_found: { method: 'GET', path: '/api/v1/users/usr_99' },
  route_not_found: { method: 'GET', path: '/api/v1/getUserData' },
  method_not_allowed: { method: 'DELETE', path: '/api/v1/users' },
  unsupported_media_type: { method: 'POST', path: '/api/v1/users' },
  validation_failed: { method: 'POST', path: '/api/v1/users' },
  conflicting_parameters: { method: 'GET', path: '/api/v1/books?page=2&starting_after=bok_2' },
  email_taken: { method: 'POST', path: '/api/v1/users' },
  customer_exists: { method: 'POST', path: '/api/v1/customers' },
  invalid_ride_transition: { method: 'POST', path: '/api/v1/rides/ride_1/start' },
  profile_exists: { method: 'POST', path: '/api/v1/riders' },
  driver_unavailable: { method: 'POST', path: '/api/v1/rides/ride_1/accept' },
  ride_not_ratable: { method: 'POST', path: '/api/v1/rides/ride_1/rating' },
  order_not_payable: { method: 'POST', path: '/api/v1/payments' },
  book_unavailable: { method: 'POST', path: '/api/v1/loans' },
  book_reserved: { method: 'POST', path: '/api/v1/loans' },
  book_available: { method: 'POST', path: '/api/v1/books/bok_3/reserve' },
  already_reserved: { method: 'POST', path: '/api/v1/books/bok_4/reserve' },
  loan_overdue: { method: 'POST', path: '/api/v1/loans/lon_4/renew' },
  renewal_limit_reached: { method: 'POST', path: '/api/v1/loans/lon_5/renew' },
  loan_already_returned: { method: 'POST', path: '/api/v1/loans/lon_1/return' },
  rate_limit_exceeded: { method: 'GET', path: '/api/v1/books' },
  internal_error: { method: 'GET', path: '/api/v1/users' },
  payment_provider_error: { method: 'POST', path: '/api/v1/payments' },
  payment_provider_timeout: { method: 'POST', path: '/api/v1/payments' },
  service_unavailable: { method: 'POST', path: '/api/v1/payments' },
  // Chapter 5: versions
  unsupported_version: { method: 'GET', path: '/api/users?version=9' },
  version_conflict: { method: 'GET', path: '/api/v2/users' },
  version_sunset: { method: 'GET', path: '/api/v1/users' },
  // Chapter 6: who is calling
  authentication_required: { method: 'GET', path: '/api/v1/me' },
  invalid_token: { method: 'GET', path: '/api/v1/me' },
  insufficient_permissions: { method: 'DELETE', path: '/api/v1/tenants/ten_acme/projects/prj_1' },
  invalid_credentials: { method: 'POST', path: '/oauth/authorize/decision' },
  invalid_oauth_client: { method: 'GET', path: '/oauth/authorize' },
  invalid_redirect_uri: { method: 'GET', path: '/oauth/authorize' },
  authorization_request_not_found: { method: 'GET', path: '/oauth/authorize/requests/azr_unknown' },
  // Chapter 8: lifecycle, idempotency, events, webhooks
  invalid_state_transition: { method: 'POST', path: '/api/v1/orders/ord_1/cancel' },
  invalid_idempotency_key: { method: 'POST', path: '/api/v1/orders' },
  idempotency_key_reused: { method: 'POST', path: '/api/v1/orders' },
  event_cursor_ahead: { method: 'GET', path: '/api/v1/events?after=999999' },
  event_cursor_invalid: { method: 'GET', path: '/api/v1/events/stream' },
  events_expired: { method: 'GET', path: '/api/v1/events?after=1' },
  upgrade_required: { method: 'GET', path: '/api/v1/realtime' },
  order_not_shipped: { method: 'POST', path: '/api/v1/sandbox/simulate/courier' },
  webhook_verification_failed: { method: 'POST', path: '/api/v1/webhook-inbox/demo' },
  webhook_inbox_fault: { method: 'POST', path: '/api/v1/webhook-inbox/demo' },
  webhook_delivery_in_progress: { method: 'POST', path: '/api/v1/webhooks/deliveries/dlv_1/replay' },
  // Chapter 9: the API gateway
  gateway_config_invalid: { method: 'PUT', path: '/api/v1/sandbox/gateway/config' },
  upstream_timeout: { method: 'GET', path: '/gateway/api/v1/orders' },
  fault_injected: { method: 'GET', path: '/gateway/api/v1/orders' },
};

/** The request that typically produces `code`, or null when the page knows none. */
export function typicalRequest(code: string): ExampleRequest | null {
  return Object.hasOwn(typicalRequests, code) ? typicalRequests[code] : null;
}

// Headers some statuses always carry; the values are examples of what the sandbox sends.
function extraHeaders(status: number): [string, string][] {
  if (status === 405) return [['Allow', 'GET, POST, HEAD, OPTIONS']];
  if (status === 429) return [['Retry-After', '6'], ['RateLimit-Policy', '"free";q=10;w=60'], ['RateLimit', '"free";r=0;t=6']];
  if (status === 503) return [['Retry-After', '30']];
  return [];
}

const exampleRequestId = 'req_000042';
// Only validation_failed lists several fields; its example shows two, as a real one would.
const exampleDetails = [
  { field: 'name', code: 'required', message: 'name is required.' },
  { field: 'email', code: 'invalid_format', message: 'email must be an email address such as ada@example.com, not "katherine.example.com".' },
];

/**
 * The same error twice: as the JSON envelope every client gets by default, and as problem
 * details for a client that sends `Accept: application/problem+json`. The message is the
 * catalogue's own text; a real message also names the request's values.
 */
export function exampleResponses(entry: CatalogueEntry): { envelope: ExampleResponse; problem: ExampleResponse } {
  const request = typicalRequest(entry.code);
  const details = entry.code === 'validation_failed' ? exampleDetails : undefined;
  const param = details?.[0].field;
  const message = `${entry.title}. ${entry.fix}`;
  const headers = (contentType: string): [string, string][] => [['Content-Type', contentType], ...extraHeaders(entry.status), ['X-Request-Id', exampleRequestId]];
  return {
    envelope: {
      status: entry.status,
      headers: headers('application/json'),
      body: {
        error: {
          type: entry.type,
          code: entry.code,
          message,
          ...(param && { param }),
          ...(details && { details }),
          doc_url: entry.doc_url,
          request_id: exampleRequestId,
        },
      },
    },
    problem: {
      status: entry.status,
      headers: headers('application/problem+json'),
      body: {
        type: entry.doc_url,
        title: entry.title,
        status: entry.status,
        detail: message,
        ...(request && { instance: request.path.split('?')[0] }),
        code: entry.code,
        ...(param && { param }),
        ...(details && { errors: details }),
        request_id: exampleRequestId,
      },
    },
  };
}
