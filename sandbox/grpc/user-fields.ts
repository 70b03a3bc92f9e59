import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { z } from '@hono/zod-openapi';
import { describeIssues } from '../patterns/validation';
import { UserCreateSchema } from '../schemas/user';
import { idPattern } from '../store/ids';
import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { emailTaken, invalidArgument, reasonFromCode } from './errors';
import { UserSchema, type User } from './gen/user/v1/user_pb';
import { isEmailTaken } from '../store/email';

/**
 * Between the store's rows and the User message, and the checks on user fields.
 * The rules for name and email are the REST API's own zod schema, so a user that
 * one API refuses the other refuses too, with the same words.
 */

export type UserField = 'name' | 'email';
export const MUTABLE_USER_FIELDS: readonly UserField[] = ['name', 'email'];
export const OUTPUT_ONLY_USER_FIELDS: readonly string[] = ['id', 'create_time'];

const USER_ID = idPattern('usr');

/** The User message for a stored user. */
export function toUserMessage(record: UserRecord): User {
  return create(UserSchema, {
    id: record.id,
    name: record.name,
    email: record.email,
    createTime: timestampFromDate(new Date(record.created_at)),
  });
}

/** Throws INVALID_ARGUMENT when `id` (sent in field `field`) is empty or not shaped like `usr_1`. */
export function checkId(id: string, field = 'id'): void {
  if (id === '') {
    throw invalidArgument([{ field, reason: 'REQUIRED', description: `${field} is required: the id of a user, such as usr_1.` }]);
  }
  if (!USER_ID.test(id)) {
    throw invalidArgument([{ field, reason: 'INVALID_FORMAT', description: `${field} must be a user id such as usr_1, not ${JSON.stringify(id)}.` }]);
  }
}

// partial(): an update may name only some fields. Still strict, and the input holds only known keys.
const UserFieldsSchema = z.object({ user: UserCreateSchema.partial() });

/**
 * Checks the given fields of `user` with the REST API's rules and returns their
 * cleaned values (name trimmed). Throws INVALID_ARGUMENT naming every bad field as `user.<field>`.
 */
export function parseUserFields(user: Pick<User, UserField>, fields: readonly UserField[]): Partial<Pick<UserRecord, UserField>> {
  const input = { user: Object.fromEntries(fields.map((field) => [field, user[field]])) };
  const result = UserFieldsSchema.safeParse(input);
  if (result.success) return result.data.user;
  throw invalidArgument(
    describeIssues(result.error.issues, input, 'json').map((detail) => ({
      field: detail.field,
      description: detail.message,
      reason: reasonFromCode(detail.code),
    })),
  );
}

/** Throws ALREADY_EXISTS when another user (not `ownerId`) has this email, compared without case. */
export function assertEmailFree(store: Store, email: string, ownerId?: string): void {
  if (isEmailTaken(store.users.all(), email, ownerId)) throw emailTaken(email);
}
