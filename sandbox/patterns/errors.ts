import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error path. Handlers and middleware `throw new ApiError(...)`; the app's
 * onError hands whatever was thrown to `renderError`, which writes the envelope
 * (docs/decisions/001-error-envelope.md) or, when the client asks for
 * `application/problem+json`, the same facts as RFC 9457 problem details.
 */

/** The envelope's `type`: which kind of problem it is (decision 001). */
export const ERROR_TYPES = [
  'authentication_error',
  'authorization_error',
  'validation_error',
  'business_error',
  'rate_limit_error',
  'system_error',
] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];

/**
 * Every error code the sandbox can return, with its HTTP status, type and title.
 * One entry per line, so codes can be added without touching the others; the
 * description and the "how to fix" of each code are in error-catalogue.ts.
 */
export const ERROR_CODES = {
  invalid_json: { status: 400, type: 'validation_error', title: 'The request body is not valid JSON' },
  invalid_api_key: { status: 401, type: 'authentication_error', title: 'Unknown API key' },
  resource_not_found: { status: 404, type: 'business_error', title: 'Resource not found' },
  route_not_found: { status: 404, type: 'business_error', title: 'Route not found' },
  method_not_allowed: { status: 405, type: 'validation_error', title: 'Method not allowed on this path' },
  email_taken: { status: 409, type: 'business_error', title: 'Email address already in use' },
  order_not_payable: { status: 409, type: 'business_error', title: 'The order cannot be paid now' },
  unsupported_media_type: { status: 415, type: 'validation_error', title: 'Unsupported Content-Type' },
  validation_failed: { status: 422, type: 'validation_error', title: 'The request has invalid fields' },
  rate_limit_exceeded: { status: 429, type: 'rate_limit_error', title: 'Too many requests' },
  internal_error: { status: 500, type: 'system_error', title: 'Internal sandbox error' },
  payment_provider_error: { status: 502, type: 'system_error', title: 'The payment provider failed' },
  service_unavailable: { status: 503, type: 'system_error', title: 'Service temporarily unavailable' },
  payment_provider_timeout: { status: 504, type: 'system_error', title: 'The payment provider did not answer in time' },
  conflicting_parameters: { status: 400, type: 'validation_error', title: 'Query parameters that cannot be combined' },
  customer_exists: { status: 409, type: 'business_error', title: 'The user already has a customer profile' },
  book_unavailable: { status: 409, type: 'business_error', title: 'The book is on loan' },
  book_reserved: { status: 409, type: 'business_error', title: 'The book is reserved for another member' },
  loan_overdue: { status: 409, type: 'business_error', title: 'The loan is overdue' },
  renewal_limit_reached: { status: 409, type: 'business_error', title: 'The loan has been renewed as often as allowed' },
  loan_already_returned: { status: 409, type: 'business_error', title: 'The loan was already returned' },
  already_reserved: { status: 409, type: 'business_error', title: 'The member has already reserved this book' },
  book_available: { status: 409, type: 'business_error', title: 'The book is on the shelf: borrow it instead' },
  webhook_verification_failed: { status: 400, type: 'validation_error', title: 'The webhook delivery failed verification' },
  webhook_delivery_in_progress: { status: 409, type: 'business_error', title: 'The webhook delivery is still being retried' },
  webhook_inbox_fault: { status: 500, type: 'system_error', title: 'The demo inbox was told to fail' },
  invalid_ride_transition: { status: 409, type: 'business_error', title: 'The ride’s lifecycle does not allow this step' },
  profile_exists: { status: 409, type: 'business_error', title: 'The user already has this kind of profile' },
  driver_unavailable: { status: 409, type: 'business_error', title: 'The driver cannot take this ride now' },
  ride_not_ratable: { status: 409, type: 'business_error', title: 'The ride cannot be rated (not completed, or rated already)' },
  invalid_state_transition: { status: 409, type: 'business_error', title: 'The order’s lifecycle does not allow this change' },
  invalid_idempotency_key: { status: 400, type: 'validation_error', title: 'The Idempotency-Key header is malformed' },
  idempotency_key_reused: { status: 422, type: 'validation_error', title: 'The idempotency key was used for a different request' },
  authentication_required: { status: 401, type: 'authentication_error', title: 'This route needs credentials' },
  insufficient_permissions: { status: 403, type: 'authorization_error', title: 'The credentials do not allow this' },
  invalid_token: { status: 401, type: 'authentication_error', title: 'The access token was refused' },
  invalid_credentials: { status: 401, type: 'authentication_error', title: 'Wrong login or password' },
  invalid_oauth_client: { status: 400, type: 'validation_error', title: 'Unknown OAuth client' },
  invalid_redirect_uri: { status: 400, type: 'validation_error', title: 'The redirect_uri is not registered for this client' },
  authorization_request_not_found: { status: 404, type: 'business_error', title: 'The authorization request does not exist or has expired' },
  // real-time feed (E-live): polling, long polling, SSE, WebSocket, courier simulation
  event_cursor_ahead: { status: 400, type: 'validation_error', title: 'The event id is newer than any event' },
  event_cursor_invalid: { status: 400, type: 'validation_error', title: 'The Last-Event-ID header is not an event id' },
  events_expired: { status: 410, type: 'business_error', title: 'The events after this id are no longer kept' },
  order_not_shipped: { status: 409, type: 'business_error', title: 'The order is not out for delivery' },
  upgrade_required: { status: 426, type: 'validation_error', title: 'This endpoint speaks WebSocket, not plain HTTP' },
  // versioning (chapter 5): negotiation and the deprecation lifecycle
  unsupported_version: { status: 400, type: 'validation_error', title: 'The API has no such version' },
  version_conflict: { status: 400, type: 'validation_error', title: 'The request names two different versions' },
  version_sunset: { status: 410, type: 'business_error', title: 'This version of the API has been switched off' },
  // API gateway (chapter 9): its document, and the traffic policies it applies
  gateway_config_invalid: { status: 422, type: 'validation_error', title: 'The gateway document has problems' },
  upstream_timeout: { status: 504, type: 'system_error', title: 'The upstream did not answer within the per-try timeout' },
  fault_injected: { status: 503, type: 'system_error', title: 'The gateway injected a fault into this request' },
} as const satisfies Record<string, { status: ContentfulStatusCode; type: ErrorType; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem with one field or parameter. */
export interface ErrorDetail {
  /** Where the problem is: `email`, `items[1].product_id`, `limit`, or `body`. */
  field: string;
  /** A stable snake_case reason: `required`, `invalid_format`, `too_small`, `unknown_field`, ... */
  code: string;
  /** What is wrong and what to send instead. */
  message: string;
}

interface ApiErrorOptions {
  /** The first offending field or parameter. Defaults to the first detail's field. */
  param?: string;
  details?: ErrorDetail[];
  /** Extra response headers, e.g. `Allow` on a 405. */
  headers?: Record<string, string>;
}

/** An error meant for the client: a code from ERROR_CODES and a message that says how to fix it. */
export class ApiError extends Error {
  readonly param?: string;
  readonly details?: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: ApiErrorOptions = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.param = options.param ?? options.details?.[0]?.field;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  get status(): ContentfulStatusCode {
    return ERROR_CODES[this.code].status;
  }
}

/** The 404 for an id that matches nothing, telling the client where to find valid ids. */
export function resourceNotFound(noun: string, id: string, listPath: string): ApiError {
  return new ApiError('resource_not_found', `No ${noun} has the id ${JSON.stringify(id)}. GET ${listPath} lists the ones that exist.`, {
    param: 'id',
  });
}

/** Anything thrown → an ApiError. Unknown exceptions become a logged 500, never a leak of internals. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // Hono and its validators throw HTTPException for requests they refuse before our code runs.
  if (error instanceof HTTPException && error.status === 415) {
    return new ApiError('unsupported_media_type', 'Send the request body as JSON with the header Content-Type: application/json.');
  }
  if (error instanceof HTTPException && error.status === 400) {
    return new ApiError('invalid_json', `The request body could not be read: ${error.message}. Send a JSON object.`);
  }
  console.error('[sandbox] unexpected error:', error);
  return new ApiError('internal_error', 'Something failed inside the sandbox; this is a bug in the sandbox, not in your request. Reset the sandbox and try again.');
}

/** Writes the error as the JSON envelope, or as problem+json when the Accept header prefers it. */
export function renderError(c: Context, error: ApiError): Response {
  const requestId: string | undefined = c.get('requestId');
  const docUrl = `/errors/${error.code}`;
  const wantsProblem =
    accepts(c, { header: 'Accept', supports: ['application/json', 'application/problem+json'], default: 'application/json' }) ===
    'application/problem+json';

  const body = wantsProblem
    ? {
        type: docUrl,
        title: ERROR_CODES[error.code].title,
        status: error.status,
        detail: error.message,
        instance: c.req.path,
        code: error.code,
        ...(error.param !== undefined && { param: error.param }),
        ...(error.details && { errors: error.details }),
        ...(requestId && { request_id: requestId }),
      }
    : {
        error: {
          type: ERROR_CODES[error.code].type,
          code: error.code,
          message: error.message,
          ...(error.param !== undefined && { param: error.param }),
          ...(error.details && { details: error.details }),
          doc_url: docUrl,
          ...(requestId && { request_id: requestId }),
        },
      };

  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: {
      ...error.headers,
      'Content-Type': wantsProblem ? 'application/problem+json' : 'application/json',
      ...(requestId && { 'X-Request-Id': requestId }),
    },
  });
}
