import { createRoute } from '@hono/zod-openapi';
import { principalOf } from '../auth/authenticate';
import { createRouter } from '../env';
import { ApiError, resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, putIdParamSchema, requestBody } from '../schemas/common';
import { CustomerListSchema, CustomerResponseSchema, CustomerUpdateSchema, CustomerWriteSchema } from '../schemas/customer';
import { errorResponses } from '../schemas/error';
import { OrderListSchema } from '../schemas/order';
import type { Clock } from '../store/clock';
import type { CustomerRecord } from '../store/records';
import type { Store } from '../store/store';
import { orderPage } from './order-view';
import { checkReferences } from './references';
import { isEmailTaken } from '../store/email';

/**
 * Customers: the shop profile of a user (cus_1 is usr_1's). PUT shows create-or-replace
 * at a URL the client chooses; the orders of a customer are those of its user.
 */

const tags = ['Customers'];
const params = idParamSchema('cus', 'customer');
const listErrors = ['conflicting_parameters', 'validation_failed', 'internal_error'] as const;
const writeErrors = ['invalid_json', 'customer_exists', 'email_taken', 'unsupported_media_type', 'validation_failed', 'internal_error'] as const;

const listCustomers = createRoute({
  method: 'get',
  path: '/customers',
  tags,
  summary: 'List customers',
  description: 'Every customer profile, oldest first. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuerySchema('cus', 'customer') },
  responses: { 200: listContent(CustomerListSchema, 'A page of customers, oldest first.'), ...errorResponses(...listErrors) },
});

const createCustomer = createRoute({
  method: 'post',
  path: '/customers',
  tags,
  summary: 'Create a customer',
  description: 'Creates the shop profile of a user; a user has at most one, so a second answers 409 `customer_exists`. To create under an id you choose, PUT to /customers/{id}.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(CustomerWriteSchema) },
  responses: {
    201: { ...jsonContent(CustomerResponseSchema, 'The new customer. Location holds its URL.'), headers: locationHeader('/api/v1/customers/cus_4') },
    ...errorResponses(...writeErrors),
  },
});

const getCustomer = createRoute({
  method: 'get',
  path: '/customers/{id}',
  tags,
  summary: 'Get a customer',
  description: 'One customer profile by id, with links to its addresses and orders.',
  request: { params },
  responses: { 200: jsonContent(CustomerResponseSchema, 'The customer.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const replaceCustomer = createRoute({
  method: 'put',
  path: '/customers/{id}',
  tags,
  summary: 'Create or replace a customer',
  description: 'Send the whole customer. If the id is free, the customer is created under it (201, with Location); otherwise it is replaced (200).',
  middleware: [jsonBody()] as const,
  request: { params: putIdParamSchema('cus', 'customer'), body: requestBody(CustomerWriteSchema) },
  responses: {
    200: jsonContent(CustomerResponseSchema, 'The customer was replaced.'),
    201: { ...jsonContent(CustomerResponseSchema, 'The customer was created under the id in the path.'), headers: locationHeader('/api/v1/customers/cus_9') },
    ...errorResponses(...writeErrors),
  },
});

const updateCustomer = createRoute({
  method: 'patch',
  path: '/customers/{id}',
  tags,
  summary: 'Update some of a customer’s fields',
  description: 'A partial update: send only the fields to change; fields you leave out keep their values. A new email must not be in use already.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(CustomerUpdateSchema) },
  responses: {
    200: jsonContent(CustomerResponseSchema, 'The customer after the change.'),
    ...errorResponses('invalid_json', 'resource_not_found', 'email_taken', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const deleteCustomer = createRoute({
  method: 'delete',
  path: '/customers/{id}',
  tags,
  summary: 'Delete a customer',
  description: 'Deletes the customer’s addresses with it. The user account and its orders stay.',
  request: { params },
  responses: { 204: { description: 'Deleted. A later GET of this customer returns 404.' }, ...errorResponses('resource_not_found', 'internal_error') },
});

const listCustomerOrders = createRoute({
  method: 'get',
  path: '/customers/{id}/orders',
  tags,
  summary: 'List a customer’s orders',
  description: 'The orders of the user behind this customer profile, oldest first. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { params, query: listQuerySchema('ord', 'order') },
  responses: { 200: listContent(OrderListSchema, 'A page of the orders of the customer’s user, oldest first.'), ...errorResponses('resource_not_found', ...listErrors) },
});

/** Where a customer lives, and its user, addresses and orders. */
export function customerLinks(customer: Pick<CustomerRecord, 'id' | 'user_id'>) {
  return {
    self: resourcePath('customers', customer.id),
    user: resourcePath('users', customer.user_id),
    addresses: resourcePath('customers', customer.id, 'addresses'),
    orders: resourcePath('customers', customer.id, 'orders'),
  };
}

/** The customers resource, with PUT, and the customer's orders. */
export function customerRoutes(store: Store, clock: Clock) {
  const find = (id: string) => {
    const customer = store.customers.get(id);
    if (!customer) throw resourceNotFound('customer', id, resourcePath('customers'));
    return customer;
  };
  const reply = (customer: CustomerRecord) => ({ data: customer, links: customerLinks(customer) });

  // The rules of a whole customer (POST and PUT); `self` is the id being replaced, if any.
  const checkWrite = (input: { user_id: string; email: string }, self?: string) => {
    checkReferences([{ field: 'user_id', id: input.user_id, noun: 'user', listPath: resourcePath('users'), exists: (id) => !!store.users.get(id) }]);
    const profile = store.customers.all().find((other) => other.user_id === input.user_id && other.id !== self);
    if (profile) {
      throw new ApiError(
        'customer_exists',
        `User ${input.user_id} already has a customer profile, ${profile.id}; a user has one. Change that one with PATCH ${resourcePath('customers', profile.id)}.`,
        { param: 'user_id' },
      );
    }
    assertEmailFree(input.email, self);
  };
  const assertEmailFree = (email: string, self?: string) => {
    if (isEmailTaken(store.customers.all(), email, self)) {
      throw new ApiError('email_taken', `Another customer already has the email ${email}. Use a different address, or change that customer instead.`, { param: 'email' });
    }
  };
  const now = () => new Date(clock.now()).toISOString();

  return createRouter()
    .openapi(listCustomers, (c) => {
      const page = listPage(store.customers.listing(), c.req.valid('query'), resourcePath('customers'));
      return c.json({ data: page.items.map((customer) => ({ ...customer, links: customerLinks(customer) })), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createCustomer, (c) => {
      const input = c.req.valid('json');
      checkWrite(input);
      const customer = store.customers.insert({ ...input, created_at: now() });
      c.header('Location', customerLinks(customer).self);
      return c.json(reply(customer), 201);
    })
    .openapi(getCustomer, (c) => c.json(reply(find(c.req.valid('param').id)), 200))
    .openapi(replaceCustomer, (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      checkWrite(input, id);
      const { row, created } = store.customers.put(id, { ...input, created_at: store.customers.get(id)?.created_at ?? now() });
      if (!created) return c.json(reply(row), 200);
      c.header('Location', customerLinks(row).self);
      return c.json(reply(row), 201);
    })
    .openapi(updateCustomer, (c) => {
      const { id } = c.req.valid('param');
      const changes = c.req.valid('json');
      find(id);
      if (changes.email !== undefined) assertEmailFree(changes.email, id);
      return c.json(reply(store.customers.update(id, changes)!), 200);
    })
    .openapi(deleteCustomer, (c) => {
      const { id } = c.req.valid('param');
      if (!store.customers.remove(id)) throw resourceNotFound('customer', id, resourcePath('customers'));
      // An address belongs to one customer and means nothing without it.
      for (const address of store.addresses.all()) if (address.customer_id === id) store.addresses.remove(address.id);
      return c.body(null, 204);
    })
    .openapi(listCustomerOrders, (c) => {
      const customer = find(c.req.valid('param').id);
      const listing = store.orders.listing((order) => order.user_id === customer.user_id);
      const { body, headers } = orderPage(listing, c.req.valid('query'), resourcePath('customers', customer.id, 'orders'), principalOf(c));
      return c.json(body, 200, headers);
    });
}
