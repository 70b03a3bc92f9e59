import { z } from '@hono/zod-openapi';
import { ListMetaSchema, listSchema, MoneySchema, TimestampSchema } from './common';

export const ProductSchema = z
  .object({
    id: z.string().openapi({ example: 'prd_1' }),
    name: z.string().openapi({ example: 'Mechanical keyboard' }),
    description: z.string().openapi({ example: 'Tenkeyless keyboard with tactile switches.' }),
    price: z.number().openapi({
      deprecated: true,
      description: 'Deprecated: the price as a decimal number of euros. Use price_money; price is removed in v2.',
      example: 89.99,
    }),
    price_money: MoneySchema,
    created_at: TimestampSchema,
  })
  .openapi('Product');

export const ProductLinksSchema = z.object({ self: z.string().openapi({ example: '/api/v1/products/prd_1' }) }).openapi('ProductLinks');

export const DeprecationMetaSchema = z
  .object({
    deprecated_fields: z.array(z.string()).openapi({ description: 'Fields in data that will go away.', example: ['price'] }),
    warnings: z.array(z.string()).openapi({ description: 'For each, what replaces it and when it is removed.' }),
  })
  .openapi('DeprecationMeta');

export const ProductResponseSchema = z
  .object({ data: ProductSchema, links: ProductLinksSchema, meta: DeprecationMetaSchema })
  .openapi('ProductResponse');

export const ProductListSchema = listSchema(
  'ProductList',
  ProductSchema.extend({ links: ProductLinksSchema }).openapi('ProductListItem'),
  ListMetaSchema.extend(DeprecationMetaSchema.shape),
);

// `price` is not accepted: new writes use price_money only, so the old field can die in v2.
export const ProductCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).openapi({ example: 'Webcam' }),
    description: z.string().trim().max(500).optional().openapi({ description: 'Up to 500 characters; empty if left out.', example: 'Full HD webcam.' }),
    price_money: MoneySchema,
  })
  .openapi('ProductCreate');

export const ProductUpdateSchema = ProductCreateSchema.partial().openapi('ProductUpdate', { description: 'Only the fields you send change.' });
