/**
 * For the codes one request can reproduce, that request, as a Try-it block on the code's
 * page: the learner sees the real envelope, and can add `Accept: application/problem+json`
 * to see the other representation. test/unit/explorer-error-catalogue.test.ts sends each
 * one to a fresh sandbox and checks it answers with its code.
 */
import type { TryItRequest } from '../content/types';

const json: [string, string] = ['Content-Type', 'application/json'];

export const reproducers: Record<string, TryItRequest> = {
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
