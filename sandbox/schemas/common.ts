import { z } from '@hono/zod-openapi';
import { idPattern } from '../store/ids';

/*
 * Schema pieces every resource shares. Each schema here is both the check that
 * runs on requests and the text of /openapi.json: change one, you change both.
 */

export const MoneySchema = z
  .strictObject({
    amount: z.int().min(0).max(100_000_000).openapi({ description: 'Amount in minor units (cents): 8999 means 89.99.', example: 8999 }),
    currency: z.literal('EUR').openapi({ description: 'ISO 4217 currency code. The sandbox sells in euros only.' }),
  })
  .openapi('Money');

export const TimestampSchema = z.iso.datetime().openapi({ description: 'When the resource was created (ISO 8601, UTC).', example: '2026-01-05T09:00:00.000Z' });

/** The `{id}` path parameter of one resource kind. */
export function idParamSchema(prefix: string, noun: string) {
  return z.object({
    id: z.string().openapi({ param: { name: 'id', in: 'path' }, description: `The ${noun}'s id.`, example: `${prefix}_1` }),
  });
}

/**
 * The `{id}` of a PUT, which may create the resource under that id: it must look like an
 * id of its kind, because the sandbox stores it as given.
 */
export function putIdParamSchema(prefix: string, noun: string) {
  return z.object({
    id: z
      .string()
      .regex(idPattern(prefix), { error: `id must be a ${noun} id such as ${prefix}_9: PUT stores the ${noun} under the id in the path.` })
      .openapi({ param: { name: 'id', in: 'path' }, description: `The ${noun}'s id; a new ${noun} gets exactly this id.`, example: `${prefix}_9` }),
  });
}

/** The Location header of a 201. */
export function locationHeader(example: string) {
  return z.object({ Location: z.string().openapi({ description: 'The URL of the new resource.', example }) });
}

export const PageLinksSchema = z
  .object({
    self: z.string().openapi({ description: 'This page.', example: '/api/v1/users?limit=2' }),
    first: z.string().optional().openapi({ description: 'Page style: the first page; absent on it.', example: '/api/v1/users?page=1&per_page=2&snapshot=0' }),
    prev: z.string().optional().openapi({ description: 'The previous page; absent on the first.', example: '/api/v1/users?limit=2&ending_before=usr_3' }),
    next: z.string().optional().openapi({ description: 'The next page; absent on the last.', example: '/api/v1/users?limit=2&starting_after=usr_2' }),
    last: z.string().optional().openapi({ description: 'Page style: the last page; absent on it.', example: '/api/v1/users?page=2&per_page=2&snapshot=0' }),
  })
  .openapi('PageLinks', { description: 'The same links as the Link header, in the body. Follow them rather than building page URLs.' });

export const ListMetaSchema = z.object({
  count: z.int().min(0).openapi({ description: 'How many items this page holds.', example: 2 }),
  has_more: z.boolean().openapi({
    description: 'Whether more items follow in the direction you are reading: after this page, or before it when you sent ending_before.',
  }),
  page: z.int().min(1).optional().openapi({ description: 'Page style: the number of this page.', example: 1 }),
  per_page: z.int().min(1).optional().openapi({ description: 'Page style: the page size.', example: 30 }),
  total: z.int().min(0).optional().openapi({ description: 'Page style: how many items the pages are counted over (the list at its snapshot).', example: 3 }),
});

/** `{ data, links }`: the body of a single-resource response. */
export function singleSchema<D extends z.ZodType, L extends z.ZodType>(name: string, data: D, links: L) {
  return z.object({ data, links }).openapi(name);
}

/** `{ data: [...], links: { self, prev?, next?, ... }, meta }`: the body of every list (meta is ListMetaSchema or an extension of it). */
export function listSchema<I extends z.ZodType, M extends z.ZodType>(name: string, item: I, meta: M) {
  return z.object({ data: z.array(item), links: PageLinksSchema, meta }).openapi(name);
}

const LinkHeaderSchema = z.object({
  Link: z
    .string()
    .optional()
    .openapi({ description: 'Page style only (RFC 8288): first, prev, next and last, where they lead somewhere.', example: '</api/v1/users?page=2&per_page=2&snapshot=0>; rel="next"' }),
});

/** The 200 response of a list operation: the body, and the Link header of the page style. */
export function listContent<S extends z.ZodType>(schema: S, description: string) {
  return { ...jsonContent(schema, description), headers: LinkHeaderSchema };
}

/** A JSON response entry for createRoute's `responses`. */
export function jsonContent<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A required JSON request body for createRoute's `request`. */
export function requestBody<S extends z.ZodType>(schema: S) {
  return { content: { 'application/json': { schema } }, required: true };
}
