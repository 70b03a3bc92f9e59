import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../env';
import { resourceNotFound } from '../../patterns/errors';
import { jsonBody } from '../../patterns/json-body';
import { resourcePath } from '../../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../../schemas/common';
import { errorResponses } from '../../schemas/error';
import { BookCreateSchema, BookListSchema, BookResponseSchema, BookSearchSchema, ReservationListSchema, ReservationResponseSchema, ReserveSchema } from '../../schemas/library';
import type { Clock } from '../../store/clock';
import type { BookRecord } from '../../store/library-records';
import type { Store } from '../../store/store';
import { checkReferences } from '../references';
import type { LendingRules } from './rules';
import { bookLinks, reservationLinks, type LibraryView } from './view';

/**
 * Books. Search is not an endpoint of its own: it is the list, filtered by query
 * parameters (`q`, `author`, `available`), and its pages keep the filters in their links.
 * Reserving is an action on a book that creates a reservation in the book's queue.
 */

const tags = ['Library'];
const params = idParamSchema('bok', 'book');
const listErrors = ['conflicting_parameters', 'validation_failed', 'internal_error'] as const;

const listBooks = createRoute({
  method: 'get',
  path: '/books',
  tags,
  summary: 'List or search books',
  description: 'The catalogue, filtered by any of `q` (words in the title or the author’s name), `author` and `available`; a book must match every filter sent. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuerySchema('bok', 'book').extend(BookSearchSchema.shape) },
  responses: { 200: listContent(BookListSchema, 'A page of the books that match every filter sent, oldest first.'), ...errorResponses(...listErrors) },
});

const createBook = createRoute({
  method: 'post',
  path: '/books',
  tags,
  summary: 'Add a book to the catalogue',
  description: 'Adds a book by an existing author. A new book starts out available for loan.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(BookCreateSchema) },
  responses: {
    201: { ...jsonContent(BookResponseSchema, 'The new book, available. Location holds its URL.'), headers: locationHeader('/api/v1/books/bok_9') },
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getBook = createRoute({
  method: 'get',
  path: '/books/{id}',
  tags,
  summary: 'Get a book',
  description: 'One book by id, with whether it is available right now.',
  request: { params },
  responses: { 200: jsonContent(BookResponseSchema, 'The book.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const listReservations = createRoute({
  method: 'get',
  path: '/books/{id}/reservations',
  tags,
  summary: 'List a book’s reservations',
  description: 'Every reservation of the book, oldest first; the waiting ones form its queue, and the first of them may borrow it next. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { params, query: listQuerySchema('rsv', 'reservation') },
  responses: {
    200: listContent(ReservationListSchema, 'A page of the book’s reservations, oldest first: the waiting ones are its queue.'),
    ...errorResponses('resource_not_found', ...listErrors),
  },
});

const reserveBook = createRoute({
  method: 'post',
  path: '/books/{id}/reserve',
  tags,
  summary: 'Reserve a book that is out',
  description: 'Puts the member at the end of the book’s queue. When the book comes back, only the member at the head of the queue may borrow it.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(ReserveSchema) },
  responses: {
    201: { ...jsonContent(ReservationResponseSchema, 'The reservation, with its place in the queue.'), headers: locationHeader('/api/v1/reservations/rsv_3') },
    ...errorResponses('invalid_json', 'resource_not_found', 'already_reserved', 'book_available', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

/** Books, their search, their reservation queue, and reserving. */
export function bookRoutes(store: Store, clock: Clock, rules: LendingRules, view: LibraryView) {
  const find = (id: string) => {
    const book = store.books.get(id);
    if (!book) throw resourceNotFound('book', id, resourcePath('books'));
    return book;
  };
  const reply = (book: BookRecord) => ({ data: view.book(book), links: bookLinks(book) });
  const authorName = (id: string) => store.authors.get(id)?.name.toLowerCase() ?? '';

  return createRouter()
    .openapi(listBooks, (c) => {
      const { q, author, available, ...query } = c.req.valid('query');
      const words = q?.toLowerCase();
      const listing = store.books.listing(
        (book) =>
          (words === undefined || book.title.toLowerCase().includes(words) || authorName(book.author_id).includes(words)) &&
          (author === undefined || book.author_id === author) &&
          (available === undefined || rules.isAvailable(book.id) === (available === 'true')),
      );
      const page = listPage(listing, query, resourcePath('books'), { q, author, available });
      return c.json({ data: page.items.map((book) => ({ ...view.book(book), links: bookLinks(book) })), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createBook, (c) => {
      const input = c.req.valid('json');
      checkReferences([{ field: 'author_id', id: input.author_id, noun: 'author', listPath: resourcePath('authors'), exists: (id) => !!store.authors.get(id) }]);
      const book = store.books.insert({ ...input, created_at: new Date(clock.now()).toISOString() });
      c.header('Location', bookLinks(book).self);
      return c.json(reply(book), 201);
    })
    .openapi(getBook, (c) => c.json(reply(find(c.req.valid('param').id)), 200))
    .openapi(listReservations, (c) => {
      const book = find(c.req.valid('param').id);
      const listing = store.reservations.listing((reservation) => reservation.book_id === book.id);
      const page = listPage(listing, c.req.valid('query'), resourcePath('books', book.id, 'reservations'));
      const data = page.items.map((reservation) => ({ ...view.reservation(reservation), links: reservationLinks(reservation) }));
      return c.json({ data, links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(reserveBook, (c) => {
      const book = find(c.req.valid('param').id);
      const { member_id } = c.req.valid('json');
      checkReferences([{ field: 'member_id', id: member_id, noun: 'member', listPath: resourcePath('members'), exists: (id) => !!store.members.get(id) }]);
      rules.checkReserve(book.id, member_id);
      const reservation = store.reservations.insert({ book_id: book.id, member_id, status: 'waiting', loan_id: null, created_at: new Date(clock.now()).toISOString() });
      c.header('Location', reservationLinks(reservation).self);
      return c.json({ data: view.reservation(reservation), links: reservationLinks(reservation) }, 201);
    });
}
