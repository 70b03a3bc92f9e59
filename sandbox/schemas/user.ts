import { z } from '@hono/zod-openapi';
import { ListMetaSchema, listSchema, singleSchema, TimestampSchema } from './common';

export const UserSchema = z
  .object({
    id: z.string().openapi({ example: 'usr_1' }),
    name: z.string().openapi({ example: 'Ada Lovelace' }),
    email: z.email().openapi({ example: 'ada@example.com' }),
    created_at: TimestampSchema,
  })
  .openapi('User');

export const UserLinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/v1/users/usr_1' }),
    orders: z.string().openapi({ description: "The user's orders.", example: '/api/v1/users/usr_1/orders' }),
  })
  .openapi('UserLinks');

export const UserResponseSchema = singleSchema('UserResponse', UserSchema, UserLinksSchema);
export const UserListSchema = listSchema('UserList', UserSchema.extend({ links: UserLinksSchema }).openapi('UserListItem'), ListMetaSchema);

// Strict: a misspelt field (`emial`) is reported, not silently ignored.
export const UserCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).openapi({ description: 'Full name, 1 to 100 characters.', example: 'Katherine Johnson' }),
    email: z.email().max(254).openapi({ description: 'Unique among users (compared without regard to case).', example: 'katherine@example.com' }),
  })
  .openapi('UserCreate');

export const UserUpdateSchema = UserCreateSchema.partial().openapi('UserUpdate', { description: 'Only the fields you send change.' });
