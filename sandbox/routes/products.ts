import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { deprecationMeta } from '../patterns/deprecation-meta';
import { resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, putIdParamSchema, requestBody } from '../schemas/common';
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
  description: 'Every product, oldest first. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuerySchema('prd', 'product') },
  responses: {
    200: listContent(ProductListSchema, 'A page of products, oldest first.'),
    ...errorResponses('conflicting_parameters', 'validation_failed', 'internal_error'),
  },
});

const createProduct = createRoute({
  method: 'post',
  path: '/products',
  tags,
  summary: 'Create a product',
  description: 'Adds a product to the catalogue; the server chooses its id. To choose the id yourself, PUT to /products/{id}.',
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
  description: 'One product by id. Its price is given twice: `price_money` (minor units and a currency) and the deprecated decimal `price`.',
  request: { params },
  responses: { 200: jsonContent(ProductResponseSchema, 'The product.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const updateProduct = createRoute({
  method: 'patch',
  path: '/products/{id}',
  tags,
  summary: 'Update some of a product’s fields',
  description: 'A partial update: send only the fields to change; fields you leave out keep their values.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(ProductUpdateSchema) },
  responses: {
    200: jsonContent(ProductResponseSchema, 'The product after the change.'),
    ...errorResponses('invalid_json', 'resource_not_found', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const replaceProduct = createRoute({
  method: 'put',
  path: '/products/{id}',
  tags,
  summary: 'Create or replace a product',
  description:
    'Send the whole product. If the id is free, the product is created under it (201); otherwise it is replaced (200). ' +
    'A field you leave out gets its default, as when creating: PUT replaces, PATCH changes only what you send.',
  middleware: [jsonBody()] as const,
  request: { params: putIdParamSchema('prd', 'product'), body: requestBody(ProductCreateSchema) },
  responses: {
    200: jsonContent(ProductResponseSchema, 'The product was replaced.'),
    201: { ...jsonContent(ProductResponseSchema, 'The product was created under the id in the path.'), headers: locationHeader('/api/v1/products/prd_9') },
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
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

/** The products resource: list, create, read, replace (or create with PUT), partial update, delete. */
export function productRoutes(store: Store, clock: Clock) {
  const find = (id: string) => {
    const product = store.products.get(id);
    if (!product) throw resourceNotFound('product', id, resourcePath('products'));
    return product;
  };

  return createRouter()
    .openapi(listProducts, (c) => {
      const page = listPage(store.products.listing(), c.req.valid('query'), resourcePath('products'));
      return c.json(
        { data: page.items.map((product) => ({ ...present(product), links: productLinks(product) })), links: page.links, meta: { ...page.meta, ...meta } },
        200,
        page.headers,
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
    .openapi(replaceProduct, (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const createdAt = store.products.get(id)?.created_at ?? new Date(clock.now()).toISOString();
      const { row: product, created } = store.products.put(id, { description: '', ...input, created_at: createdAt });
      const body = { data: present(product), links: productLinks(product), meta };
      if (!created) return c.json(body, 200);
      c.header('Location', productLinks(product).self);
      return c.json(body, 201);
    })
    .openapi(deleteProduct, (c) => {
      const { id } = c.req.valid('param');
      if (!store.products.remove(id)) throw resourceNotFound('product', id, resourcePath('products'));
      return c.body(null, 204);
    });
}
