import { z } from '@hono/zod-openapi';
import { ListMetaSchema, listSchema, singleSchema, TimestampSchema } from './common';

export const AddressSchema = z
  .object({
    id: z.string().openapi({ example: 'adr_1' }),
    customer_id: z.string().openapi({ example: 'cus_1' }),
    line1: z.string().openapi({ example: '12 St James’s Square' }),
    line2: z.string().nullable().openapi({ description: 'null when the address has one line.', example: null }),
    city: z.string().openapi({ example: 'London' }),
    postal_code: z.string().openapi({ example: 'SW1Y 4JH' }),
    country: z.string().openapi({ description: 'ISO 3166-1 alpha-2 code.', example: 'GB' }),
    created_at: TimestampSchema,
  })
  .openapi('Address');

export const AddressLinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/v1/addresses/adr_1' }),
    customer: z.string().openapi({ description: 'Whose address this is.', example: '/api/v1/customers/cus_1' }),
  })
  .openapi('AddressLinks');

export const AddressResponseSchema = singleSchema('AddressResponse', AddressSchema, AddressLinksSchema);
export const AddressListSchema = listSchema('AddressList', AddressSchema.extend({ links: AddressLinksSchema }).openapi('AddressListItem'), ListMetaSchema);

const line = (description: string, example: string) => z.string().trim().min(1).max(100).openapi({ description, example });

export const AddressCreateSchema = z
  .strictObject({
    line1: line('Street and number, 1 to 100 characters.', '1 Infinite Loop'),
    line2: z.string().trim().min(1).max(100).nullable().optional().openapi({ description: 'Flat, floor or building; null or left out for none.', example: 'Floor 2' }),
    city: line('City or town.', 'Cupertino'),
    postal_code: z.string().trim().min(1).max(20).openapi({ description: 'As the country writes it, 1 to 20 characters.', example: '95014' }),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'country must be a two-letter ISO 3166-1 code in capitals, such as GB or US.' })
      .openapi({ description: 'ISO 3166-1 alpha-2 code, in capitals.', example: 'US' }),
  })
  .openapi('AddressCreate');

export const AddressUpdateSchema = AddressCreateSchema.partial().openapi('AddressUpdate', { description: 'Only the fields you send change; line2: null removes the second line.' });
