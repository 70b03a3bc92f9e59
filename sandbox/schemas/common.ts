import { z } from '@hono/zod-openapi';

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

export const PageLinksSchema = z
  .object({
    self: z.string().openapi({ description: 'This page.', example: '/api/v1/users?limit=2' }),
    next: z.string().optional().openapi({ description: 'The next page; absent on the last page.', example: '/api/v1/users?limit=2&starting_after=usr_2' }),
  })
  .openapi('PageLinks');

export const ListMetaSchema = z.object({
  count: z.int().min(0).openapi({ description: 'How many items this page holds.', example: 2 }),
  has_more: z.boolean().openapi({ description: 'Whether another page follows (see links.next).' }),
});

/** `{ data, links }`: the body of a single-resource response. */
export function singleSchema<D extends z.ZodType, L extends z.ZodType>(name: string, data: D, links: L) {
  return z.object({ data, links }).openapi(name);
}

/** `{ data: [...], links: { self, next? }, meta }`: the body of every list (meta is ListMetaSchema or an extension of it). */
export function listSchema<I extends z.ZodType, M extends z.ZodType>(name: string, item: I, meta: M) {
  return z.object({ data: z.array(item), links: PageLinksSchema, meta }).openapi(name);
}

/** A JSON response entry for createRoute's `responses`. */
export function jsonContent<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A required JSON request body for createRoute's `request`. */
export function requestBody<S extends z.ZodType>(schema: S) {
  return { content: { 'application/json': { schema } }, required: true };
}
