import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { AddressCreateSchema, AddressListSchema, AddressResponseSchema, AddressUpdateSchema } from '../schemas/address';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import type { Clock } from '../store/clock';
import type { AddressRecord } from '../store/records';
import type { Store } from '../store/store';

/**
 * Addresses, nested only where nesting says something: a customer's addresses are listed
 * and created under the customer (`/customers/{id}/addresses`), but one address has its
 * own short URL (`/addresses/{id}`), since its id alone identifies it ("shallow nesting").
 */

const tags = ['Customers'];
const customerParams = idParamSchema('cus', 'customer');
const params = idParamSchema('adr', 'address');

const listAddresses = createRoute({
  method: 'get',
  path: '/customers/{id}/addresses',
  tags,
  summary: 'List a customer’s addresses',
  description: 'The customer’s addresses, oldest first; each also lives at its own URL, /addresses/{id} (shallow nesting). Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { params: customerParams, query: listQuerySchema('adr', 'address') },
  responses: {
    200: listContent(AddressListSchema, 'A page of the customer’s addresses, oldest first.'),
    ...errorResponses('conflicting_parameters', 'resource_not_found', 'validation_failed', 'internal_error'),
  },
});

const createAddress = createRoute({
  method: 'post',
  path: '/customers/{id}/addresses',
  tags,
  summary: 'Add an address to a customer',
  description: 'Creates an address that belongs to the customer. The answer’s Location points at /addresses/{id}, where it is read, changed and deleted.',
  middleware: [jsonBody()] as const,
  request: { params: customerParams, body: requestBody(AddressCreateSchema) },
  responses: {
    201: { ...jsonContent(AddressResponseSchema, 'The new address. Location holds its URL.'), headers: locationHeader('/api/v1/addresses/adr_4') },
    ...errorResponses('invalid_json', 'resource_not_found', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getAddress = createRoute({
  method: 'get',
  path: '/addresses/{id}',
  tags,
  summary: 'Get an address',
  description: 'One address by id, with a link back to its customer.',
  request: { params },
  responses: { 200: jsonContent(AddressResponseSchema, 'The address.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const updateAddress = createRoute({
  method: 'patch',
  path: '/addresses/{id}',
  tags,
  summary: 'Update some of an address’s fields',
  description: 'A partial update: send only the fields to change; fields you leave out keep their values.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(AddressUpdateSchema) },
  responses: {
    200: jsonContent(AddressResponseSchema, 'The address after the change.'),
    ...errorResponses('invalid_json', 'resource_not_found', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const deleteAddress = createRoute({
  method: 'delete',
  path: '/addresses/{id}',
  tags,
  summary: 'Delete an address',
  description: 'Removes the address from its customer; the customer itself is not affected.',
  request: { params },
  responses: { 204: { description: 'Deleted. A later GET of this address returns 404.' }, ...errorResponses('resource_not_found', 'internal_error') },
});

function addressLinks(address: Pick<AddressRecord, 'id' | 'customer_id'>) {
  return { self: resourcePath('addresses', address.id), customer: resourcePath('customers', address.customer_id) };
}

/** Addresses: listed and created under their customer, read and changed at their own URL. */
export function addressRoutes(store: Store, clock: Clock) {
  const findCustomer = (id: string) => {
    const customer = store.customers.get(id);
    if (!customer) throw resourceNotFound('customer', id, resourcePath('customers'));
    return customer;
  };
  const find = (id: string) => {
    const address = store.addresses.get(id);
    // There is no list of all addresses; a customer's addresses are listed under the customer.
    if (!address) throw resourceNotFound('address', id, `${resourcePath('customers')}/{id}/addresses`);
    return address;
  };
  const reply = (address: AddressRecord) => ({ data: address, links: addressLinks(address) });

  return createRouter()
    .openapi(listAddresses, (c) => {
      const customer = findCustomer(c.req.valid('param').id);
      const listing = store.addresses.listing((address) => address.customer_id === customer.id);
      const page = listPage(listing, c.req.valid('query'), resourcePath('customers', customer.id, 'addresses'));
      return c.json({ data: page.items.map((address) => ({ ...address, links: addressLinks(address) })), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createAddress, (c) => {
      const customer = findCustomer(c.req.valid('param').id);
      const input = c.req.valid('json');
      const address = store.addresses.insert({ ...input, line2: input.line2 ?? null, customer_id: customer.id, created_at: new Date(clock.now()).toISOString() });
      c.header('Location', addressLinks(address).self);
      return c.json(reply(address), 201);
    })
    .openapi(getAddress, (c) => c.json(reply(find(c.req.valid('param').id)), 200))
    .openapi(updateAddress, (c) => {
      const { id } = c.req.valid('param');
      find(id);
      return c.json(reply(store.addresses.update(id, c.req.valid('json'))!), 200);
    })
    .openapi(deleteAddress, (c) => {
      const { id } = c.req.valid('param');
      if (!store.addresses.remove(id)) throw resourceNotFound('address', id, `${resourcePath('customers')}/{id}/addresses`);
      return c.body(null, 204);
    });
}
