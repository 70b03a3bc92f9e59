import { ERROR_CODES, type ErrorCode, type ErrorType } from './errors';

/**
 * The error catalogue: for every code in ERROR_CODES, what it means and how a client
 * fixes it. GET /api/v1/errors serves it, and the app's /errors/<code> page (each
 * envelope's doc_url) shows it. `satisfies Record<ErrorCode, …>` makes a code without
 * an entry a type error, and test/sandbox/error-catalogue.test.ts fails on it too.
 *
 * Groups follow the guide's four families. The envelope's `type` is finer (decision 001);
 * each type belongs to one group: authorization problems sit with authentication (both are
 * about who is calling), and rate limiting with system errors, as in the guide.
 */

export const ERROR_GROUPS = ['authentication', 'validation', 'business', 'system'] as const;
export type ErrorGroup = (typeof ERROR_GROUPS)[number];

const GROUP_OF_TYPE: Record<ErrorType, ErrorGroup> = {
  authentication_error: 'authentication',
  authorization_error: 'authentication',
  validation_error: 'validation',
  business_error: 'business',
  rate_limit_error: 'system',
  system_error: 'system',
};

interface ErrorGuide {
  /** What happened, in a sentence or two. */
  description: string;
  /** What the client should do about it. */
  fix: string;
}

const GUIDES = {
  invalid_json: {
    description: 'The request body could not be read as JSON: it is empty, cut short, or has a syntax error such as a trailing comma or a single-quoted string. The message gives the line and column.',
    fix: 'Fix the JSON at the line and column the message names (a JSON linter helps), send it with Content-Type: application/json, and try again.',
  },
  invalid_api_key: {
    description: 'An API key was sent that the API does not accept: an X-API-Key it does not know, or a `Bearer wbk_…` key that is unknown, revoked or expired. The key is never repeated in the response, because error bodies end up in logs.',
    fix: 'For X-API-Key send key_free_demo or key_pro_demo (or leave the header out to call anonymously). For a Bearer API key, create a new one with POST /api/v1/api-keys: a revoked or expired key never comes back.',
  },
  resource_not_found: {
    description: 'The path names a resource by id, and no resource has that id: it never existed, or it was deleted.',
    fix: 'Check the id in the path. List the collection (for example GET /api/v1/users) to find an id that exists; do not retry the same id unchanged.',
  },
  route_not_found: {
    description: 'No operation of the API lives at this path, whatever the method: a typo, a missing /api/v1 prefix, or a trailing slash.',
    fix: 'Compare the path with /openapi.json, which lists every route. Remove any trailing slash and check the spelling of each segment.',
  },
  method_not_allowed: {
    description: 'The path exists, but not with this HTTP method, e.g. DELETE on a collection. The Allow header lists the methods the path supports.',
    fix: 'Use one of the methods in the Allow header. To change a single resource, send the method to its own path (/users/{id}), not to the collection.',
  },
  email_taken: {
    description: 'Another user already has this email address. Addresses are unique and compared without regard to case.',
    fix: 'Use a different email address, or update the existing user (PATCH /api/v1/users/{id}) instead of creating a second one.',
  },
  order_not_payable: {
    description: 'The order cannot be paid now: only pending orders can be paid, and only one payment per order may be under way at a time.',
    fix: 'Check the order’s status with GET /api/v1/orders/{id}. Pay a pending order, or wait for the payment already under way to answer before you try again.',
  },
  unsupported_media_type: {
    description: 'The request has a body in a format the operation does not read (form data, plain text), or a body without a Content-Type header.',
    fix: 'Send the body as JSON with the header Content-Type: application/json.',
  },
  validation_failed: {
    description: 'The body or the query parameters break the operation’s rules. Every problem is listed in details (field, code, message), not only the first.',
    fix: 'Fix each field named in details; /openapi.json shows the rules of every field. Send the whole request again once all are fixed.',
  },
  rate_limit_exceeded: {
    description: 'The client has used up its rate limit: its token bucket is empty. Each tier allows a burst up to its capacity, then refills at a steady rate.',
    fix: 'Wait the number of seconds in the Retry-After header before the next request, and pace requests using RateLimit / X-RateLimit-Remaining. Back off instead of retrying in a loop; a higher tier (key_pro_demo) has a larger limit.',
  },
  internal_error: {
    description: 'Something failed inside the sandbox itself. The request was probably fine; the response hides the details so nothing internal leaks.',
    fix: 'Retry once; if it happens again, reset the sandbox (POST /api/v1/sandbox/reset) and report the request_id with what you sent.',
  },
  payment_provider_error: {
    description: 'The outside payment provider answered with a failure. Nothing was charged and the order is still pending. Repeated failures open the circuit breaker.',
    fix: 'Retry later, with exponential backoff and jitter rather than at once. In the sandbox, GET /api/v1/sandbox/payment-provider shows the failure rate that was dialled in.',
  },
  service_unavailable: {
    description: 'The circuit breaker in front of the payment provider is open: after repeated failures the API answers at once instead of calling a service that is down.',
    fix: 'Wait the number of seconds in the Retry-After header; after it, one trial request is let through and, if it succeeds, the breaker closes. Do not hammer the endpoint meanwhile.',
  },
  payment_provider_timeout: {
    description: 'The payment provider did not answer within 1 second, so the API stopped waiting and abandoned the charge; the order is still pending. Repeated timeouts open the circuit breaker.',
    fix: 'Retry later with backoff. With a real provider, check whether the first attempt went through before you retry, or send an idempotency key so a retry cannot charge twice.',
  },
  conflicting_parameters: {
    description: 'The query mixes parameters that cannot work together: starting_after with ending_before, or page numbers (page, per_page) with cursors (starting_after, ending_before).',
    fix: 'Choose one way to page per request: page and per_page, or limit with starting_after (forward) or ending_before (back). Following links.next or the Link header avoids building these by hand.',
  },
  customer_exists: {
    description: 'The user already has a customer profile; each user has at most one, so a second one for the same user_id is refused.',
    fix: 'Change the existing profile instead (the message names it): PATCH /api/v1/customers/{id}. GET /api/v1/customers shows which customer belongs to which user.',
  },
  book_unavailable: {
    description: 'The book is out on loan, so nobody can borrow it until it is returned. If the member asking already holds it, the message says so.',
    fix: 'Reserve the book (POST /api/v1/books/{id}/reserve) to borrow it when it comes back, choose another one from GET /api/v1/books?available=true, or renew your own loan instead.',
  },
  book_reserved: {
    description: 'Other members are waiting for the book: only the member at the head of its reservation queue may borrow it, and a loan of it cannot be renewed.',
    fix: 'Borrow it as the member whose turn it is (GET /api/v1/books/{id}/reservations shows the queue), or reserve it to join the queue. A borrower must return it by its due date.',
  },
  loan_overdue: {
    description: 'The loan is past its due date, and an overdue loan cannot be renewed. Its late fee (0.25 EUR per started day) keeps growing until the book is back.',
    fix: 'Return the book with POST /api/v1/loans/{id}/return and pay the late_fee shown on the loan; borrow it again afterwards if nobody is waiting.',
  },
  renewal_limit_reached: {
    description: 'The loan has already been renewed twice, the most one loan allows, so its due date cannot move again.',
    fix: 'Return the book by the loan’s due_at. If nobody has reserved it, borrow it again with a new loan (POST /api/v1/loans).',
  },
  loan_already_returned: {
    description: 'The book of this loan is already back (returned_at is set), so the loan can be neither returned nor renewed again.',
    fix: 'Nothing is left to do with this loan; check returned_at and late_fee with GET /api/v1/loans/{id}. To borrow the book again, create a new loan.',
  },
  already_reserved: {
    description: 'The member already has a place in this book’s reservation queue; a member holds one place per book.',
    fix: 'Keep the existing reservation (the message names it) and wait for your turn; GET /api/v1/books/{id}/reservations shows the queue. Do not send the reservation again.',
  },
  book_available: {
    description: 'The book is on the shelf and nobody is waiting for it, so there is nothing to reserve.',
    fix: 'Borrow it instead: POST /api/v1/loans with {"book_id": …, "member_id": …}.',
  },
  webhook_verification_failed: {
    description: 'A receiver refused a webhook delivery: its signature does not match the body, id and timestamp (or was made with another secret), the timestamp is more than 5 minutes from the receiver’s clock, or a webhook header is missing.',
    fix: 'Sign "${webhook-id}.${webhook-timestamp}.${body}" with HMAC-SHA256 and the decoded bytes of the endpoint’s current whsec_ secret, stamp every attempt with the current time, and send the body byte for byte as signed.',
  },
  webhook_delivery_in_progress: {
    description: 'The delivery is still scheduled or being sent, so there is nothing to replay yet: the sender keeps retrying it on its backoff schedule.',
    fix: 'Wait until it succeeded or reached the dead-letter list (GET /api/v1/webhooks/deliveries/{id} shows its status and next_attempt_at), then replay it.',
  },
  webhook_inbox_fault: {
    description: 'The sandbox’s demo webhook inbox was told to fail its next deliveries, to show how a sender retries. The delivery was not processed.',
    fix: 'Nothing is wrong with the delivery: the sender retries it with backoff. To stop the faults, PUT /api/v1/sandbox/webhook-inbox/{inbox} with {"fail_next": 0}.',
  },
  invalid_ride_transition: {
    description: 'A ride moves along a fixed lifecycle (requested → matched → driver_arriving → in_progress → completed; the rider may cancel before the trip starts), and this request asked for a step it does not have from the ride’s current status.',
    fix: 'GET the ride: its _actions list the steps it accepts now, and the error’s details name the statuses it may move to. Follow one of those, or request a new ride.',
  },
  profile_exists: {
    description: 'Each signed-in user has at most one rider profile and at most one driver profile, and this user already has the one asked for.',
    fix: 'Use the existing profile (the message names it): GET /api/v1/riders or GET /api/v1/drivers lists them with their user_id.',
  },
  driver_unavailable: {
    description: 'The driver named in the request is offline, already busy with another ride, or holding an offer for a different ride, so it cannot take this one.',
    fix: 'Pick an available driver from GET /api/v1/drivers?status=available, or wait until this driver has finished its current ride.',
  },
  ride_not_ratable: {
    description: 'A rider rates a ride once, after it is completed: this ride is not completed yet (or was cancelled), or its rating was already given.',
    fix: 'Rate the ride after POST /api/v1/rides/{id}/complete, and only once; GET the ride to see its status.',
  },
  invalid_state_transition: {
    description: 'An order moves along a fixed lifecycle (pending → paid → shipped → delivered, and pending or paid → cancelled), and this request asked for a step it does not have from the order’s current status. Items can change only while the order is pending.',
    fix: 'GET the order: its _actions list exactly the steps it accepts now, and the message names them. Follow one of those, or place a new order.',
  },
  invalid_idempotency_key: {
    description: 'The Idempotency-Key header is empty, longer than 255 characters, or holds characters other than visible ASCII (spaces and control characters included).',
    fix: 'Send a fresh random value per operation, such as a UUID: Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324". Quoting it as a structured-field string is optional.',
  },
  idempotency_key_reused: {
    description: 'The key was already used, within the last 24 hours, for a request with a different method, path or body. Replaying a key only makes sense for the very same request.',
    fix: 'Generate a new key for every new operation; reuse a key only to retry exactly the same request (same method, path and body).',
  },
  authentication_required: {
    description: 'The request came without credentials, and this route serves a tenant’s data, which is never open to anonymous callers. (The teaching API of chapters 1 to 4 stays open; tenant routes do not.)',
    fix: 'Send Authorization: Bearer <access token> from the OAuth flow (chapter 6), or Authorization: Bearer wbk_… with an API key created at POST /api/v1/api-keys.',
  },
  insufficient_permissions: {
    description: 'The caller is known, but neither its roles nor its credential’s scopes grant the permission the message names (for example projects:delete), or they grant it only on resources the caller owns.',
    fix: 'GET /api/v1/me lists what your credential may do. Ask an admin of your tenant for a role that includes the permission, or use a token or API key issued with that scope.',
  },
  invalid_token: {
    description: 'The Authorization header carried a JWT that failed verification: bad signature, an algorithm other than ES256, a refresh token instead of an access token, expired or not yet valid, another issuer or audience, or a revoked sign-in. The message names the check that failed.',
    fix: 'Do what the message says: an expired token is renewed with POST /oauth/token (grant_type=refresh_token); a revoked one or a token from before a reset needs a new sign-in. Paste the token into the token inspector to see every check.',
  },
  invalid_credentials: {
    description: 'The login and password sent to the consent step do not match an account of the demo directory. The authorization request stays pending, so the user can try again.',
    fix: 'Check the login and password (the demo accounts are listed in chapter 6, e.g. ada / analytical-engine) and send the decision again before the request expires.',
  },
  invalid_oauth_client: {
    description: 'The client_id of an authorization request names no registered client. The server answers here instead of redirecting, because it cannot know where an unknown client is allowed to receive answers (RFC 6749 §4.1.2.1).',
    fix: 'Use a registered client_id: workbench-lab or pkce-exercise (see /.well-known/oauth-authorization-server and chapter 6).',
  },
  invalid_redirect_uri: {
    description: 'The redirect_uri is not one of the client’s registered redirect URIs (exact match; loopback http://127.0.0.1 with any port per RFC 8252). Redirecting to an unregistered address would hand the code to whoever chose it, so the server refuses without redirecting.',
    fix: 'Send exactly the redirect URI the client registered, e.g. https://client.example/callback for pkce-exercise, with the same scheme, host, path and no extra query.',
  },
  authorization_request_not_found: {
    description: 'The consent step names an authorization request (azr_…) that the server does not hold: it was never made, it expired after 10 minutes, it was already decided, or the sandbox was reset.',
    fix: 'Start again from GET /oauth/authorize, which creates a new request and sends the browser to the consent page.',
  },
  event_cursor_ahead: {
    description: 'The after, since, last_event_id or Last-Event-ID value is greater than the newest event id. Event ids only grow, so the number came from somewhere else: another sandbox, or a page opened before the browser sandbox restarted.',
    fix: 'Use an id from an event this sandbox sent, or meta.latest_id from GET /api/v1/events to receive only what happens from now on.',
  },
  event_cursor_invalid: {
    description: 'The Last-Event-ID header must hold the id of an event the stream sent, a whole number; this value is not one.',
    fix: 'Send back the id: line of the last event you received (EventSource does this by itself), or leave the header out to start with new events.',
  },
  events_expired: {
    description: 'The sandbox keeps the most recent 1000 events (and none from before a reset). The cursor points before the oldest kept one, so some events in between are gone; answering with the rest would hide the gap.',
    fix: 'Re-read the state you track (e.g. GET /api/v1/orders), then continue from meta.latest_id of GET /api/v1/events. The message names the ids.',
  },
  order_not_shipped: {
    description: 'A courier only drives orders that are shipped: pending and paid orders have not left, delivered and cancelled ones are done.',
    fix: 'Ship the order first (POST /api/v1/orders/{id}/ship, offered in its _actions once it is paid), or use the seed order ord_2, which is shipped.',
  },
  upgrade_required: {
    description: 'The path is a WebSocket endpoint and the request was plain HTTP, without the Upgrade: websocket handshake.',
    fix: 'Connect with a WebSocket client: new WebSocket("ws://<host>/api/v1/realtime") in a browser or Node 22+, or websocat ws://127.0.0.1:4010/api/v1/realtime from a shell.',
  },
  unsupported_version: {
    description: 'The path, the API-Version header, the version parameter of Accept (application/vnd.workbench+json;version=N) or the version query parameter names a version the API does not have, or is not a plain number. The message lists the versions there are.',
    fix: 'Send one of the supported versions (1, 2 or 3) as a plain number, e.g. API-Version: 2. GET /api/v1/sandbox/versions lists them and their deprecation dates.',
  },
  version_conflict: {
    description: 'Two places in the request name different versions, e.g. the path says v2 and the API-Version header says 3. The API refuses to guess which one the client meant, because either guess would hide a bug in the client.',
    fix: 'Name the version in one place only (path, API-Version header, Accept or ?version=), or make every place say the same version. The message names both places and values.',
  },
  version_sunset: {
    description: 'The version this request asks for was deprecated and has now passed its sunset date (announced in the Sunset header of its earlier answers): it no longer answers. 410 Gone, not 404: the URL existed, and retrying will not bring it back.',
    fix: 'Move to the successor version named in the message and follow the migration guide in the Link header (rel="deprecation"). In the sandbox, POST /api/v1/sandbox/reset puts the clock back to before the deprecation.',
  },
  gateway_config_invalid: {
    description: 'The gateway document sent to PUT /api/v1/sandbox/gateway/config was not loaded: its YAML or JSON does not parse, a field breaks the schema, or a route names a service that does not exist. Every problem is listed in details, with its path and, where the text shows it, line and column. The previous document stays in force.',
    fix: 'Fix each problem at the path and line named in details, then send the whole document again. GET /api/v1/sandbox/gateway/config returns the document in force to start from.',
  },
  upstream_timeout: {
    description: 'The gateway gave up on the upstream service: every try the route’s retry policy allowed took longer than its per_try_timeout (often because of an injected delay). The upstream may still have done the work.',
    fix: 'Retry later. In the gateway document, raise retries.per_try_timeout or retries.attempts on the route, or lower the injected fault.delay; GET /api/v1/sandbox/gateway/stats shows the timeouts.',
  },
  fault_injected: {
    description: 'The gateway’s fault-injection policy (fault.abort) answered this request with an error instead of sending it upstream, to show how clients and retries cope. The status is the one the document asks for (503 unless it says otherwise).',
    fix: 'Nothing is wrong with the request: retry with backoff. To stop the faults, lower fault.abort.percentage on the route in the gateway document (PUT /api/v1/sandbox/gateway/config).',
  },
} satisfies Record<ErrorCode, ErrorGuide>;

/** One catalogue entry, as GET /api/v1/errors/{code} returns it. */
export interface CatalogueEntry {
  code: ErrorCode;
  status: number;
  type: ErrorType;
  group: ErrorGroup;
  title: string;
  description: string;
  fix: string;
  /** The in-app page about this code; every error envelope points here. */
  doc_url: string;
}

/** The entry for `code`, or undefined when the catalogue has no such code. */
export function catalogueEntry(code: string): CatalogueEntry | undefined {
  if (!Object.hasOwn(ERROR_CODES, code)) return undefined;
  const known = code as ErrorCode;
  const { status, type, title } = ERROR_CODES[known];
  return { code: known, status, type, group: GROUP_OF_TYPE[type], title, ...GUIDES[known], doc_url: errorDocUrl(known) };
}

/** Every entry, grouped as in ERROR_GROUPS and by status within a group. */
export function errorCatalogue(): CatalogueEntry[] {
  return (Object.keys(ERROR_CODES) as ErrorCode[])
    .map((code) => catalogueEntry(code)!)
    .sort((a, b) => ERROR_GROUPS.indexOf(a.group) - ERROR_GROUPS.indexOf(b.group) || a.status - b.status || a.code.localeCompare(b.code));
}

/** The app page that explains a code: the `doc_url` of every envelope. */
export function errorDocUrl(code: ErrorCode): string {
  return `/errors/${code}`;
}
