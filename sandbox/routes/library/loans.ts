import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../env';
import { resourceNotFound } from '../../patterns/errors';
import { jsonBody } from '../../patterns/json-body';
import { resourcePath } from '../../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../../schemas/common';
import { errorResponses } from '../../schemas/error';
import { LoanCreateSchema, LoanListSchema, LoanResponseSchema } from '../../schemas/library';
import type { Clock } from '../../store/clock';
import type { LoanRecord } from '../../store/library-records';
import { LOAN_PERIOD_MS, loanStatus } from '../../store/loan-terms';
import type { Store } from '../../store/store';
import { checkReferences } from '../references';
import type { LendingRules } from './rules';
import { loanLinks, type LibraryView } from './view';

/**
 * Loans. Borrowing a book is creating a loan (POST /loans); returning and renewing are
 * actions on one loan (POST /loans/{id}/return, /renew), each checked by the lending rules.
 */

const tags = ['Library'];
const params = idParamSchema('lon', 'loan');
const iso = (ms: number) => new Date(ms).toISOString();

const listLoans = createRoute({
  method: 'get',
  path: '/loans',
  tags,
  summary: 'List loans',
  description: 'Every loan, oldest first, optionally only those with one `status`. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: {
    query: listQuerySchema('lon', 'loan').extend({
      status: z.enum(['active', 'overdue', 'returned']).optional().openapi({ description: 'Only loans in this state; overdue finds the books to chase.', example: 'overdue' }),
    }),
  },
  responses: {
    200: listContent(LoanListSchema, 'A page of loans, oldest first.'),
    ...errorResponses('conflicting_parameters', 'validation_failed', 'internal_error'),
  },
});

const createLoan = createRoute({
  method: 'post',
  path: '/loans',
  tags,
  summary: 'Borrow a book',
  description: 'The loan is due 14 days from now. A book on loan cannot be borrowed; a book held for a reservation only by the member at the head of the queue.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(LoanCreateSchema) },
  responses: {
    201: { ...jsonContent(LoanResponseSchema, 'The new loan. Location holds its URL.'), headers: locationHeader('/api/v1/loans/lon_6') },
    ...errorResponses('invalid_json', 'book_unavailable', 'book_reserved', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getLoan = createRoute({
  method: 'get',
  path: '/loans/{id}',
  tags,
  summary: 'Get a loan',
  description: 'One loan by id, with its due date and its late fee as of the sandbox clock’s now.',
  request: { params },
  responses: { 200: jsonContent(LoanResponseSchema, 'The loan, with its late fee as of now.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const returnLoan = createRoute({
  method: 'post',
  path: '/loans/{id}/return',
  tags,
  summary: 'Return a borrowed book',
  description: 'Ends the loan now. Its late_fee is then fixed: 0.25 EUR per started day past due_at.',
  request: { params },
  responses: {
    200: jsonContent(LoanResponseSchema, 'The loan with returned_at and its final late_fee.'),
    ...errorResponses('resource_not_found', 'loan_already_returned', 'internal_error'),
  },
});

const renewLoan = createRoute({
  method: 'post',
  path: '/loans/{id}/renew',
  tags,
  summary: 'Renew a loan',
  description: 'Moves due_at 14 days later, at most twice per loan; not for an overdue loan, nor when another member has reserved the book.',
  request: { params },
  responses: {
    200: jsonContent(LoanResponseSchema, 'The loan with its new due_at.'),
    ...errorResponses('resource_not_found', 'book_reserved', 'loan_overdue', 'renewal_limit_reached', 'loan_already_returned', 'internal_error'),
  },
});

/** Loans: borrow, read, return, renew. */
export function loanRoutes(store: Store, clock: Clock, rules: LendingRules, view: LibraryView) {
  const find = (id: string) => {
    const loan = store.loans.get(id);
    if (!loan) throw resourceNotFound('loan', id, resourcePath('loans'));
    return loan;
  };
  const reply = (loan: LoanRecord) => ({ data: view.loan(loan), links: loanLinks(loan) });

  return createRouter()
    .openapi(listLoans, (c) => {
      const { status, ...query } = c.req.valid('query');
      const now = clock.now();
      const listing = store.loans.listing((loan) => status === undefined || loanStatus(loan, now) === status);
      const page = listPage(listing, query, resourcePath('loans'), { status });
      return c.json({ data: page.items.map((loan) => ({ ...view.loan(loan), links: loanLinks(loan) })), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createLoan, (c) => {
      const { book_id, member_id } = c.req.valid('json');
      checkReferences([
        { field: 'book_id', id: book_id, noun: 'book', listPath: resourcePath('books'), exists: (id) => !!store.books.get(id) },
        { field: 'member_id', id: member_id, noun: 'member', listPath: resourcePath('members'), exists: (id) => !!store.members.get(id) },
      ]);
      const reservation = rules.checkBorrow(book_id, member_id);
      const now = clock.now();
      const loan = store.loans.insert({ book_id, member_id, borrowed_at: iso(now), due_at: iso(now + LOAN_PERIOD_MS), returned_at: null, renewals: 0 });
      // The member at the head of the queue collects the book: their wait is over.
      if (reservation) store.reservations.update(reservation.id, { status: 'fulfilled', loan_id: loan.id });
      c.header('Location', loanLinks(loan).self);
      return c.json(reply(loan), 201);
    })
    .openapi(getLoan, (c) => c.json(reply(find(c.req.valid('param').id)), 200))
    .openapi(returnLoan, (c) => {
      const loan = find(c.req.valid('param').id);
      rules.checkReturn(loan);
      return c.json(reply(store.loans.update(loan.id, { returned_at: iso(clock.now()) })!), 200);
    })
    .openapi(renewLoan, (c) => {
      const loan = find(c.req.valid('param').id);
      rules.checkRenew(loan);
      const renewed = store.loans.update(loan.id, { due_at: iso(Date.parse(loan.due_at) + LOAN_PERIOD_MS), renewals: loan.renewals + 1 })!;
      return c.json(reply(renewed), 200);
    });
}
