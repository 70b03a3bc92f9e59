import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { catalogueEntry, ERROR_GROUPS, errorCatalogue, type CatalogueEntry } from '../patterns/error-catalogue';
import { ApiError, ERROR_CODES, ERROR_TYPES, type ErrorCode } from '../patterns/errors';
import { resourcePath, withQuery } from '../patterns/links';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';

/**
 * The error catalogue as a resource: every code the API can return, with its status,
 * group, description and how to fix it. Clients (and the app's /errors page) read it
 * instead of guessing from messages. It is a short, fixed reference list, so it comes
 * whole, in one response, with no pages.
 */

const tags = ['Errors'];
const codes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

const CatalogueEntrySchema = z
  .object({
    code: z.enum(codes).openapi({ example: 'rate_limit_exceeded' }),
    status: z.int().openapi({ description: 'The HTTP status that carries this code.', example: 429 }),
    type: z.enum(ERROR_TYPES).openapi({ description: 'The envelope’s `type` for this code.', example: 'rate_limit_error' }),
    group: z.enum(ERROR_GROUPS).openapi({ description: 'The family of the error: who has to act, and how.', example: 'system' }),
    title: z.string().openapi({ example: 'Too many requests' }),
    description: z.string().openapi({ description: 'What happened.' }),
    fix: z.string().openapi({ description: 'What the client should do about it.' }),
    doc_url: z.string().openapi({ description: 'The page about this code; the same as the envelope’s doc_url.', example: '/errors/rate_limit_exceeded' }),
  })
  .openapi('ErrorCatalogueEntry');

const EntryLinksSchema = z.object({ self: z.string().openapi({ example: '/api/v1/errors/rate_limit_exceeded' }) }).openapi('ErrorCatalogueLinks');

const CatalogueSchema = z
  .object({
    data: z.array(CatalogueEntrySchema.extend({ links: EntryLinksSchema }).openapi('ErrorCatalogueListItem')),
    links: z.object({ self: z.string().openapi({ example: '/api/v1/errors?group=system' }) }),
    meta: z.object({
      count: z.int().min(0).openapi({ description: 'How many codes are listed.', example: 4 }),
      has_more: z.literal(false).openapi({ description: 'Always false: the catalogue is never split into pages.' }),
    }),
  })
  .openapi('ErrorCatalogue');

const listErrors = createRoute({
  method: 'get',
  path: '/errors',
  tags,
  summary: 'List error codes',
  description: 'The whole catalogue, by group (authentication, validation, business, system) and by status within a group.',
  request: {
    query: z.object({
      group: z.enum(ERROR_GROUPS).optional().openapi({ description: 'Only the codes of this group.', example: 'system' }),
    }),
  },
  responses: { 200: jsonContent(CatalogueSchema, 'Every error code, or those of one group.'), ...errorResponses('validation_failed', 'internal_error') },
});

const getError = createRoute({
  method: 'get',
  path: '/errors/{code}',
  tags,
  summary: 'Get one error code',
  description: 'The catalogue entry for one error code: its HTTP status, what it means and how to fix the request. It is the entry an error body’s `code` and `doc_url` name.',
  request: {
    params: z.object({
      code: z.string().openapi({ param: { name: 'code', in: 'path' }, description: 'An error code, as in the envelope’s `code`.', example: 'validation_failed' }),
    }),
  },
  responses: {
    200: jsonContent(z.object({ data: CatalogueEntrySchema, links: EntryLinksSchema }).openapi('ErrorCatalogueResponse'), 'The code’s entry.'),
    ...errorResponses('resource_not_found', 'internal_error'),
  },
});

const entryLinks = (entry: CatalogueEntry) => ({ self: resourcePath('errors', entry.code) });

/** GET /errors and GET /errors/{code}. */
export function errorRoutes() {
  return createRouter()
    .openapi(listErrors, (c) => {
      const { group } = c.req.valid('query');
      const entries = errorCatalogue().filter((entry) => group === undefined || entry.group === group);
      return c.json(
        {
          data: entries.map((entry) => ({ ...entry, links: entryLinks(entry) })),
          links: { self: withQuery(resourcePath('errors'), { group }) },
          meta: { count: entries.length, has_more: false as const },
        },
        200,
      );
    })
    .openapi(getError, (c) => {
      const { code } = c.req.valid('param');
      const entry = catalogueEntry(code);
      if (!entry) {
        throw new ApiError('resource_not_found', `No error code is called ${JSON.stringify(code)}. Codes are snake_case, as in the envelope's "code"; GET ${resourcePath('errors')} lists them all.`, {
          param: 'code',
        });
      }
      return c.json({ data: entry, links: entryLinks(entry) }, 200);
    });
}
