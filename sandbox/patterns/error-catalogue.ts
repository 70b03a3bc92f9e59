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
    description: 'The X-API-Key header was sent, but the key is not one the API knows. The key is never repeated in the response, because error bodies end up in logs.',
    fix: 'Send a valid key (in the sandbox: key_free_demo or key_pro_demo), or leave the header out to call anonymously with the anonymous rate limit.',
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
