import { z } from '@hono/zod-openapi';
import { ApiError } from '../patterns/errors';
import { describeIssues, validationFailed } from '../patterns/validation';
import type { Clock } from '../store/clock';
import { isEmailTaken } from '../store/email';
import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { joinName, normalizeName, type NameParts } from './name-parts';
import { USER_SCHEMAS } from './user-schemas';
import type { UserVersions } from './user-versions';
import type { ApiVersion } from './versions';

/**
 * Writes in any version land in the one store: v2's first_name/last_name and v3's
 * name.first/name.last are joined back into `name` (name-parts.ts), the split the client
 * chose is remembered, and v3's phone goes to its side table.
 */

type CreateInput = { [V in ApiVersion]: z.infer<(typeof USER_SCHEMAS)[V]['create']> };
type UpdateInput = { [V in ApiVersion]: z.infer<(typeof USER_SCHEMAS)[V]['update']> };

/** What a write changes, whatever version it was written in. */
interface UserChange {
  name?: string;
  parts?: NameParts;
  /** The field a too-long joined name is reported on. */
  nameField?: string;
  email?: string;
  phone?: string | null;
}

const MAX_NAME = 100;

function nameChange(parts: NameParts, field: string): Pick<UserChange, 'name' | 'parts' | 'nameField'> {
  const normalized = { first: normalizeName(parts.first), last: parts.last === null ? null : normalizeName(parts.last) };
  return { name: joinName(normalized), parts: normalized, nameField: field };
}

function createChange(version: ApiVersion, input: CreateInput[ApiVersion]): UserChange {
  if (version === 1) return input as CreateInput[1];
  if (version === 2) {
    const v2 = input as CreateInput[2];
    return { ...nameChange({ first: v2.first_name, last: v2.last_name ?? null }, 'last_name'), email: v2.email };
  }
  const v3 = input as CreateInput[3];
  return { ...nameChange({ first: v3.name.first, last: v3.name.last ?? null }, 'name.last'), email: v3.email, phone: v3.phone ?? null };
}

function updateChange(version: ApiVersion, input: UpdateInput[ApiVersion], current: NameParts): UserChange {
  if (version === 1) return input as UpdateInput[1];
  if (version === 2) {
    const v2 = input as UpdateInput[2];
    const touched = v2.first_name !== undefined || v2.last_name !== undefined;
    const parts = { first: v2.first_name ?? current.first, last: v2.last_name === undefined ? current.last : v2.last_name };
    return { ...(touched && nameChange(parts, v2.last_name !== undefined ? 'last_name' : 'first_name')), email: v2.email };
  }
  const v3 = input as UpdateInput[3];
  const name = v3.name;
  const parts = name && { first: name.first ?? current.first, last: name.last === undefined ? current.last : name.last };
  return { ...(parts && nameChange(parts, 'name')), email: v3.email, phone: v3.phone };
}

/** Creates and updates users from bodies of any version. */
export function userWriter(store: Store, clock: Clock, versions: UserVersions) {
  const check = (change: UserChange, ownerId?: string) => {
    if (change.name !== undefined && change.name.length > MAX_NAME) {
      const field = change.nameField ?? 'name';
      throw validationFailed([{ field, code: 'too_big', message: `The whole name, "${change.name.slice(0, 30)}…", is ${change.name.length} characters; given and family name together must be at most ${MAX_NAME}.` }]);
    }
    if (change.email !== undefined && isEmailTaken(store.users.all(), change.email, ownerId)) {
      throw new ApiError('email_taken', `Another user already has the email ${change.email}. Use a different address, or update that user instead.`, { param: 'email' });
    }
  };
  const remember = (id: string, change: UserChange) => {
    if (change.parts) versions.rememberParts(id, change.parts);
    if (change.phone !== undefined) versions.setPhone(id, change.phone);
  };

  return {
    /** Inserts a user written in `version`. */
    create(version: ApiVersion, input: CreateInput[ApiVersion]): UserRecord {
      const change = createChange(version, input);
      check(change);
      const user = store.users.insert({ name: change.name!, email: change.email!, created_at: new Date(clock.now()).toISOString() });
      remember(user.id, change);
      return user;
    },
    /** Applies a partial update written in `version` to an existing user. */
    update(version: ApiVersion, user: UserRecord, input: UpdateInput[ApiVersion]): UserRecord {
      const change = updateChange(version, input, versions.partsOf(user));
      check(change, user.id);
      const fields = { ...(change.name !== undefined && { name: change.name }), ...(change.email !== undefined && { email: change.email }) };
      const updated = store.users.update(user.id, fields)!;
      remember(user.id, change);
      return updated;
    },
  };
}

/** Checks a body against the schema of `version`, reporting every problem as one 422. */
export function parseUserBody<V extends ApiVersion, K extends 'create' | 'update'>(version: V, kind: K, body: unknown): z.infer<(typeof USER_SCHEMAS)[V][K]> {
  const schema = USER_SCHEMAS[version][kind] as z.ZodType;
  const result = schema.safeParse(body);
  if (!result.success) throw validationFailed(describeIssues(result.error.issues, body, 'json'));
  return result.data as z.infer<(typeof USER_SCHEMAS)[V][K]>;
}
