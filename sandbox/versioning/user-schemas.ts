import { z } from '@hono/zod-openapi';
import { ListMetaSchema, listSchema, singleSchema, TimestampSchema } from '../schemas/common';
import { UserCreateSchema, UserLinksSchema, UserResponseSchema, UserSchema } from '../schemas/user';

/**
 * The wire shapes of users in v2 and v3 (v1's are in schemas/user.ts). Each schema both
 * checks requests and documents them in /openapi.json.
 */

const id = z.string().openapi({ example: 'usr_1' });
const email = z.email().openapi({ example: 'ada@example.com' });
const givenName = z.string().trim().min(1).max(100);
// null, not "", for people with one name: an empty string would be a name that is blank.
const familyName = z.string().trim().min(1).max(100).nullable();

export const PhoneSchema = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, { error: 'phone must be in E.164 form: a plus sign, the country code and the number, digits only, e.g. +442079460018.' })
  .openapi({ description: 'E.164: +, country code, number; no spaces.', example: '+442079460018' });

export const PersonNameSchema = z
  .object({
    first: z.string().openapi({ description: 'Given name: the first word of the name, unless the client wrote the parts itself.', example: 'Ada' }),
    last: z.string().nullable().openapi({ description: 'Family name; null for people with a single name (Plato).', example: 'Lovelace' }),
  })
  .openapi('PersonName');

export const UserV2Schema = z
  .object({
    id,
    first_name: z.string().openapi({ description: 'Given name(s).', example: 'Ada' }),
    last_name: z.string().nullable().openapi({ description: 'Family name; null for a single name.', example: 'Lovelace' }),
    email,
    created_at: TimestampSchema,
  })
  .openapi('UserV2');

export const UserV3Schema = z
  .object({
    id,
    name: PersonNameSchema,
    email,
    phone: z.string().nullable().openapi({ description: 'E.164 phone number, or null when unknown.', example: '+442079460018' }),
  })
  .openapi('UserV3');

export const UserV2ResponseSchema = singleSchema('UserV2Response', UserV2Schema, UserLinksSchema);
export const UserV3ResponseSchema = singleSchema('UserV3Response', UserV3Schema, UserLinksSchema);
export const UserV2ListSchema = listSchema('UserV2List', UserV2Schema.extend({ links: UserLinksSchema }).openapi('UserV2ListItem'), ListMetaSchema);
export const UserV3ListSchema = listSchema('UserV3List', UserV3Schema.extend({ links: UserLinksSchema }).openapi('UserV3ListItem'), ListMetaSchema);
const UserV1ListSchema = listSchema('UserV1List', UserSchema.extend({ links: UserLinksSchema }).openapi('UserV1ListItem'), ListMetaSchema);

export const UserV2CreateSchema = z
  .strictObject({
    first_name: givenName.openapi({ description: 'Given name(s), 1 to 100 characters.', example: 'Mary Ann' }),
    last_name: familyName.optional().openapi({ description: 'Family name; leave out or send null for a single name.', example: 'Evans' }),
    email: z.email().max(254).openapi({ description: 'Unique among users (compared without regard to case).', example: 'mary.ann@example.com' }),
  })
  .openapi('UserV2Create');

export const UserV2UpdateSchema = UserV2CreateSchema.partial().openapi('UserV2Update', { description: 'Only the fields you send change; last_name: null removes the family name.' });

const PersonNameInputSchema = z
  .strictObject({
    first: givenName.openapi({ description: 'Given name(s), 1 to 100 characters.', example: 'Mary Ann' }),
    last: familyName.optional().openapi({ description: 'Family name; leave out or send null for a single name.', example: 'Evans' }),
  })
  .openapi('PersonNameInput');

export const UserV3CreateSchema = z
  .strictObject({
    name: PersonNameInputSchema,
    email: z.email().max(254).openapi({ description: 'Unique among users (compared without regard to case).', example: 'mary.ann@example.com' }),
    phone: PhoneSchema.nullable().optional(),
  })
  .openapi('UserV3Create');

export const UserV3UpdateSchema = z
  .strictObject({
    name: PersonNameInputSchema.partial().optional().openapi({ description: 'The parts you send change; the other part stays.' }),
    email: UserV3CreateSchema.shape.email.optional(),
    phone: PhoneSchema.nullable().optional().openapi({ description: 'A new number, or null to remove it.' }),
  })
  .openapi('UserV3Update', { description: 'Only the fields you send change.' });

const UserV1UpdateSchema = UserCreateSchema.partial();

/** Per version: the body schemas that check writes and the shapes that document reads. */
export const USER_SCHEMAS = {
  1: { create: UserCreateSchema, update: UserV1UpdateSchema, one: UserResponseSchema, list: UserV1ListSchema },
  2: { create: UserV2CreateSchema, update: UserV2UpdateSchema, one: UserV2ResponseSchema, list: UserV2ListSchema },
  3: { create: UserV3CreateSchema, update: UserV3UpdateSchema, one: UserV3ResponseSchema, list: UserV3ListSchema },
} as const;

/** The negotiated routes (/api/users) answer in any version: their documented shapes are the union. */
export const AnyUserResponseSchema = z.union([UserResponseSchema, UserV2ResponseSchema, UserV3ResponseSchema]);
export const AnyUserListSchema = z.union([UserV1ListSchema, UserV2ListSchema, UserV3ListSchema]);
export const AnyUserCreateSchema = z.union([UserCreateSchema, UserV2CreateSchema, UserV3CreateSchema]);
export const AnyUserUpdateSchema = z.union([UserV1UpdateSchema, UserV2UpdateSchema, UserV3UpdateSchema]);
