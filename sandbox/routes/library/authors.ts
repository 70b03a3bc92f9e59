import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../env';
import { resourceNotFound } from '../../patterns/errors';
import { jsonBody } from '../../patterns/json-body';
import { resourcePath } from '../../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../../schemas/common';
import { errorResponses } from '../../schemas/error';
import { AuthorCreateSchema, AuthorListSchema, AuthorResponseSchema, BookListSchema } from '../../schemas/library';
import type { Clock } from '../../store/clock';
import type { Store } from '../../store/store';
import { authorLinks, bookLinks, type LibraryView } from './view';

const tags = ['Library'];
const params = idParamSchema('aut', 'author');
const listErrors = ['conflicting_parameters', 'validation_failed', 'internal_error'] as const;

const listAuthors = createRoute({
  method: 'get',
  path: '/authors',
  tags,
  summary: 'List authors',
  description: 'Every author in the library, oldest first. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuerySchema('aut', 'author') },
  responses: { 200: listContent(AuthorListSchema, 'A page of authors, oldest first.'), ...errorResponses(...listErrors) },
});

const createAuthor = createRoute({
  method: 'post',
  path: '/authors',
  tags,
  summary: 'Add an author',
  description: 'Adds an author, whose books can then be added to the catalogue with the author’s id.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(AuthorCreateSchema) },
  responses: {
    201: { ...jsonContent(AuthorResponseSchema, 'The new author. Location holds its URL.'), headers: locationHeader('/api/v1/authors/aut_4') },
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getAuthor = createRoute({
  method: 'get',
  path: '/authors/{id}',
  tags,
  summary: 'Get an author',
  description: 'One author by id, with a link to their books.',
  request: { params },
  responses: { 200: jsonContent(AuthorResponseSchema, 'The author.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const listAuthorBooks = createRoute({
  method: 'get',
  path: '/authors/{id}/books',
  tags,
  summary: 'List an author’s books',
  description: 'The books by one author; 404 when the author does not exist. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { params, query: listQuerySchema('bok', 'book') },
  responses: { 200: listContent(BookListSchema, 'A page of the author’s books.'), ...errorResponses('resource_not_found', ...listErrors) },
});

/** Authors, and each author's books as a sub-collection. */
export function authorRoutes(store: Store, clock: Clock, view: LibraryView) {
  const find = (id: string) => {
    const author = store.authors.get(id);
    if (!author) throw resourceNotFound('author', id, resourcePath('authors'));
    return author;
  };

  return createRouter()
    .openapi(listAuthors, (c) => {
      const page = listPage(store.authors.listing(), c.req.valid('query'), resourcePath('authors'));
      return c.json({ data: page.items.map((author) => ({ ...author, links: authorLinks(author) })), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createAuthor, (c) => {
      const author = store.authors.insert({ ...c.req.valid('json'), created_at: new Date(clock.now()).toISOString() });
      c.header('Location', authorLinks(author).self);
      return c.json({ data: author, links: authorLinks(author) }, 201);
    })
    .openapi(getAuthor, (c) => {
      const author = find(c.req.valid('param').id);
      return c.json({ data: author, links: authorLinks(author) }, 200);
    })
    .openapi(listAuthorBooks, (c) => {
      const author = find(c.req.valid('param').id);
      const listing = store.books.listing((book) => book.author_id === author.id);
      const page = listPage(listing, c.req.valid('query'), resourcePath('authors', author.id, 'books'));
      return c.json({ data: page.items.map((book) => ({ ...view.book(book), links: bookLinks(book) })), links: page.links, meta: page.meta }, 200, page.headers);
    });
}
