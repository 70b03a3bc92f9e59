import { z } from '@hono/zod-openapi';
import { ListMetaSchema, listSchema, singleSchema, TimestampSchema } from './common';

export const CustomerSchema = z
  .object({
    id: z.string().openapi({ example: 'cus_1' }),
    user_id: z.string().openapi({ description: 'The user this is the shop profile of.', example: 'usr_1' }),
    name: z.string().openapi({ example: 'Ada Lovelace' }),
    email: z.email().openapi({ example: 'ada@example.com' }),
    created_at: TimestampSchema,
  })
  .openapi('Customer');

export const CustomerLinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/v1/customers/cus_1' }),
    user: z.string().openapi({ description: 'The user account behind the profile.', example: '/api/v1/users/usr_1' }),
    addresses: z.string().openapi({ description: 'Where the customer has things delivered.', example: '/api/v1/customers/cus_1/addresses' }),
    orders: z.string().openapi({ description: 'The orders of the customer’s user.', example: '/api/v1/customers/cus_1/orders' }),
  })
  .openapi('CustomerLinks');

export const CustomerResponseSchema = singleSchema('CustomerResponse', CustomerSchema, CustomerLinksSchema);
export const CustomerListSchema = listSchema('CustomerList', CustomerSchema.extend({ links: CustomerLinksSchema }).openapi('CustomerListItem'), ListMetaSchema);

const fields = {
  name: z.string().trim().min(1).max(100).openapi({ description: 'Name to ship and bill to, 1 to 100 characters.', example: 'Katherine Johnson' }),
  email: z.email().max(254).openapi({ description: 'Unique among customers (compared without regard to case).', example: 'katherine@example.com' }),
};

// One body for POST and PUT: PUT sends the whole customer, so nothing is optional.
export const CustomerWriteSchema = z
  .strictObject({
    user_id: z.string().openapi({ description: 'An existing user without a customer profile yet.', example: 'usr_4' }),
    ...fields,
  })
  .openapi('CustomerWrite', { description: 'A whole customer: the body of POST /customers and of PUT /customers/{id}.' });

export const CustomerUpdateSchema = z
  .strictObject(fields)
  .partial()
  .openapi('CustomerUpdate', { description: 'Only the fields you send change. To move a profile to another user, PUT the whole customer.' });
