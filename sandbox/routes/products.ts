import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { deprecationMeta } from '../patterns/deprecation-meta';
import { resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { pageLinks, resourcePath } from '../patterns/links';
import { pageQuerySchema, paginate } from '../patterns/pagination';
import { idParamSchema, jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { ProductCreateSchema, ProductListSchema, ProductResponseSchema, ProductUpdateSchema } from '../schemas/product';
import type { Clock } from '../store/clock';
import { toDecimal } from '../store/money';
import type { ProductRecord } from '../store/records';
import type { Store } from '../store/store';

const tags = ['Products'];
const params = idParamSchema('prd', 'product');

// Every product response announces that `price` is on its way out.
const meta = deprecationMeta([{ field: 'price', replacement: 'price_money', removedIn: 'v2' }]);

const listProducts = createRoute({
  method: 'get',
  path: '/products',
  tags,
  summary: 'List products',
  request: { query: pageQuerySchema('prd', 'product') },
  responses: { 200: jsonContent(ProductListSchema, 'A page of products, oldest first.'), ...errorResponses('validation_failed', 'internal_error') },
});

const createProduct = createRoute({
  method: 'post',
  path: '/products',
  tags,
  summary: 'Create a product',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(ProductCreateSchema) },
  responses: {
    201: {
      ...jsonContent(ProductResponseSchema, 'The new product. Location holds its URL.'),
      headers: z.object({ Location: z.string().openapi({ example: '/api/v1/products/prd_5' }) }),
    },
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getProduct = createRoute({
  method: 'get',
  path: '/products/{id}',
  tags,
  summary: 'Get a product',
  request: { params },
  responses: { 200: jsonContent(ProductResponseSchema, 'The product.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const updateProduct = createRoute({
  method: 'patch',
  path: '/products/{id}',
  tags,
  summary: 'Update some of a product’s fields',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(ProductUpdateSchema) },
  responses: {
    200: jsonContent(ProductResponseSchema, 'The product after the change.'),
    ...errorResponses('invalid_json', 'resource_not_found', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const deleteProduct = createRoute({
  method: 'delete',
  path: '/products/{id}',
  tags,
  summary: 'Delete a product',
  description: 'Orders that contain the product keep it, at the price it had when ordered.',
  request: { params },
  responses: { 204: { description: 'Deleted. A later GET of this product returns 404.' }, ...errorResponses('resource_not_found', 'internal_error') },
});

/** A stored product as clients see it: the legacy decimal `price` is derived from price_money. */
function present({ id, name, description, price_money, created_at }: ProductRecord) {
  return { id, name, description, price: toDecimal(price_money), price_money, created_at };
}

function productLinks(product: Pick<ProductRecord, 'id'>) {
  return { self: resourcePath('products', product.id) };
}

/** The products resource: list, create, read, partial update, delete. */
export function productRoutes(store: Store, clock: Clock) {
  const find = (id: string) => {
    const product = store.products.get(id);
    if (!product) throw resourceNotFound('product', id, resourcePath('products'));
    return product;
  };

  return createRouter()
    .openapi(listProducts, (c) => {
      const query = c.req.valid('query');
      const page = paginate(store.products.all(), query);
      return c.json(
        {
          data: page.items.map((product) => ({ ...present(product), links: productLinks(product) })),
          links: pageLinks(resourcePath('products'), query, page),
          meta: { count: page.items.length, has_more: page.hasMore, ...meta },
        },
        200,
      );
    })
    .openapi(createProduct, (c) => {
      const input = c.req.valid('json');
      const product = store.products.insert({ description: '', ...input, created_at: new Date(clock.now()).toISOString() });
      c.header('Location', productLinks(product).self);
      return c.json({ data: present(product), links: productLinks(product), meta }, 201);
    })
    .openapi(getProduct, (c) => {
      const product = find(c.req.valid('param').id);
      return c.json({ data: present(product), links: productLinks(product), meta }, 200);
    })
    .openapi(updateProduct, (c) => {
      const { id } = c.req.valid('param');
      find(id);
      const product = store.products.update(id, c.req.valid('json'))!;
      return c.json({ data: present(product), links: productLinks(product), meta }, 200);
    })
    .openapi(deleteProduct, (c) => {
      const { id } = c.req.valid('param');
      if (!store.products.remove(id)) throw resourceNotFound('product', id, resourcePath('products'));
      return c.body(null, 204);
    });
}
