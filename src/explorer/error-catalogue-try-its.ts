/**
 * For the codes one request can reproduce, that request, as a Try-it block on the code's
 * page: the learner sees the real envelope, and can add `Accept: application/problem+json`
 * to see the other representation. test/unit/explorer-error-catalogue.test.ts sends each
 * one to a fresh sandbox and checks it answers with its code.
 */
import type { TryItRequest } from '../content/types';

const json: [string, string] = ['Content-Type', 'application/json'];

export const reproducers: Record<string, TryItRequest> = {
  authentication_required: { title: 'Asking who you are, without credentials', method: 'GET', url: '/api/v1/me', headers: [], body: null },
  invalid_token: { title: 'A bearer token that is not a JWT', method: 'GET', url: '/api/v1/me', headers: [['Authorization', 'Bearer not-a-jwt']], body: null },
  authorization_request_not_found: { title: 'A consent request that was never made', method: 'GET', url: '/oauth/authorize/requests/azr_unknown', headers: [], body: null },
  invalid_oauth_client: {
    title: 'An app the authorization server does not know',
    method: 'GET',
    url: '/oauth/authorize?response_type=code&client_id=unknown-app&redirect_uri=https%3A%2F%2Fclient.example%2Fcallback',
    headers: [],
    body: null,
  },
  unsupported_version: { title: 'A version that does not exist', method: 'GET', url: '/api/users?version=9', headers: [], body: null },
  version_conflict: { title: 'The path and the header disagree', method: 'GET', url: '/api/v2/users', headers: [['API-Version', '3']], body: null },
  invalid_state_transition: { title: 'Cancelling a delivered order', method: 'POST', url: '/api/v1/orders/ord_1/cancel', headers: [], body: null },
  invalid_idempotency_key: {
    title: 'An idempotency key with spaces',
    method: 'POST',
    url: '/api/v1/orders',
    headers: [json, ['Idempotency-Key', 'my key']],
    body: '{"user_id": "usr_1", "items": [{"product_id": "prd_1", "quantity": 1}]}',
  },
  event_cursor_ahead: { title: 'Asking for events after one that has not happened', method: 'GET', url: '/api/v1/events?after=999999', headers: [], body: null },
  upgrade_required: { title: 'A WebSocket endpoint asked over plain HTTP', method: 'GET', url: '/api/v1/realtime', headers: [], body: null },
  order_not_shipped: {
    title: 'A courier for an order still in the warehouse',
    method: 'POST',
    url: '/api/v1/sandbox/simulate/courier',
    headers: [json],
    body: '{"order_id": "ord_3"}',
  },
  webhook_verification_failed: { title: 'A delivery without signature headers', method: 'POST', url: '/api/v1/webhook-inbox/demo', headers: [json], body: '{}' },
  invalid_json: {
    title: 'A trailing comma',
    method: 'POST',
    url: '/api/v1/users',
    headers: [json],
    body: '{"name": "Mary Jackson", "email": "mary@example.com",}',
  },
  invalid_api_key: { title: 'A key the API does not know', method: 'GET', url: '/api/v1/users', headers: [['X-API-Key', 'key_made_up']], body: null },
  resource_not_found: { title: 'An id that matches nothing', method: 'GET', url: '/api/v1/users/usr_99', headers: [], body: null },
  route_not_found: { title: 'A path the API does not have', method: 'GET', url: '/api/v1/getUserData?userId=usr_1', headers: [], body: null },
  method_not_allowed: { title: 'DELETE on a whole collection', method: 'DELETE', url: '/api/v1/users', headers: [], body: null },
  unsupported_media_type: {
    title: 'A form body where JSON is expected',
    method: 'POST',
    url: '/api/v1/users',
    headers: [['Content-Type', 'application/x-www-form-urlencoded']],
    body: 'name=Mary+Jackson&email=mary%40example.com',
  },
  validation_failed: { title: 'Two invalid fields', method: 'POST', url: '/api/v1/users', headers: [json], body: '{"email": "katherine.example.com"}' },
  email_taken: {
    title: 'An email address already in use',
    method: 'POST',
    url: '/api/v1/users',
    headers: [json],
    body: '{"name": "Ada King", "email": "ada@example.com"}',
  },
  conflicting_parameters: { title: 'Two paging styles at once', method: 'GET', url: '/api/v1/books?page=2&starting_after=bok_2', headers: [], body: null },
  customer_exists: {
    title: 'A second profile for the same user',
    method: 'POST',
    url: '/api/v1/customers',
    headers: [json],
    body: '{"user_id": "usr_1", "name": "Ada King", "email": "ada.king@example.com"}',
  },
  book_available: { title: 'Reserve a book on the shelf', method: 'POST', url: '/api/v1/books/bok_3/reserve', headers: [json], body: '{"member_id": "mem_1"}' },
  already_reserved: { title: 'Join a queue you are already in', method: 'POST', url: '/api/v1/books/bok_4/reserve', headers: [json], body: '{"member_id": "mem_2"}' },
  book_unavailable: { title: 'Borrow a book that is out', method: 'POST', url: '/api/v1/loans', headers: [json], body: '{"book_id": "bok_6", "member_id": "mem_2"}' },
  book_reserved: { title: 'Borrow a book held for someone else', method: 'POST', url: '/api/v1/loans', headers: [json], body: '{"book_id": "bok_5", "member_id": "mem_1"}' },
  loan_overdue: { title: 'Renew an overdue loan', method: 'POST', url: '/api/v1/loans/lon_4/renew', headers: [], body: null },
  loan_already_returned: { title: 'Return a loan twice', method: 'POST', url: '/api/v1/loans/lon_1/return', headers: [], body: null },
};

/** The request that reproduces `code`, or null when one request cannot (a rate limit, an open breaker). */
export function reproducer(code: string): TryItRequest | null {
  return Object.hasOwn(reproducers, code) ? reproducers[code] : null;
}
