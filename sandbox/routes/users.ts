import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { ApiError, resourceNotFound } from '../patterns/errors';
import { IDEMPOTENCY_ERRORS, idempotencyKeyHeader } from '../patterns/idempotency';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { idParamSchema, jsonContent, listContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { UserCreateSchema, UserListSchema, UserResponseSchema, UserUpdateSchema } from '../schemas/user';
import type { Clock } from '../store/clock';
import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { isEmailTaken } from '../store/email';

const tags = ['Users'];
const params = idParamSchema('usr', 'user');

const listUsers = createRoute({
  method: 'get',
  path: '/users',
  tags,
  summary: 'List users',
  description: 'Every user, oldest first. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuerySchema('usr', 'user') },
  responses: {
    200: listContent(UserListSchema, 'A page of users, oldest first.'),
    ...errorResponses('conflicting_parameters', 'validation_failed', 'version_sunset', 'unsupported_version', 'version_conflict', 'internal_error'),
  },
});

const createUser = createRoute({
  method: 'post',
  path: '/users',
  tags,
  summary: 'Create a user',
  description: 'Registers a user from a name and a unique email address. Send an Idempotency-Key to make a retry safe: the same key and body replay the first answer.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(UserCreateSchema), headers: idempotencyKeyHeader },
  responses: {
    201: {
      ...jsonContent(UserResponseSchema, 'The new user. Location holds its URL.'),
      headers: z.object({ Location: z.string().openapi({ example: '/api/v1/users/usr_4' }) }),
    },
    ...errorResponses('invalid_json', 'email_taken', 'unsupported_media_type', 'validation_failed', 'version_sunset', 'unsupported_version', 'version_conflict', 'internal_error', ...IDEMPOTENCY_ERRORS),
  },
});

const getUser = createRoute({
  method: 'get',
  path: '/users/{id}',
  tags,
  summary: 'Get a user',
  description: 'One user by id, with links to the user and to their orders.',
  request: { params },
  responses: { 200: jsonContent(UserResponseSchema, 'The user.'), ...errorResponses('resource_not_found', 'version_sunset', 'unsupported_version', 'version_conflict', 'internal_error') },
});

const updateUser = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags,
  summary: 'Update some of a user’s fields',
  description: 'A partial update: send only the fields to change; fields you leave out keep their values. A new email must not belong to another user.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(UserUpdateSchema) },
  responses: {
    200: jsonContent(UserResponseSchema, 'The user after the change.'),
    ...errorResponses('invalid_json', 'resource_not_found', 'email_taken', 'unsupported_media_type', 'validation_failed', 'version_sunset', 'unsupported_version', 'version_conflict', 'internal_error'),
  },
});

const deleteUser = createRoute({
  method: 'delete',
  path: '/users/{id}',
  tags,
  summary: 'Delete a user',
  description: 'The user’s orders are kept: they record what happened.',
  request: { params },
  responses: { 204: { description: 'Deleted. A later GET of this user returns 404.' }, ...errorResponses('resource_not_found', 'version_sunset', 'unsupported_version', 'version_conflict', 'internal_error') },
});

/** Where a user lives and where its orders are. */
function userLinks(user: Pick<UserRecord, 'id'>) {
  return { self: resourcePath('users', user.id), orders: resourcePath('users', user.id, 'orders') };
}

/** The users resource: list, create, read, partial update, delete. */
export function userRoutes(store: Store, clock: Clock) {
  const find = (id: string) => {
    const user = store.users.get(id);
    if (!user) throw resourceNotFound('user', id, resourcePath('users'));
    return user;
  };

  // Emails identify people, so two users may not share one (case does not make it different).
  const assertEmailFree = (email: string, ownerId?: string) => {
    const taken = isEmailTaken(store.users.all(), email, ownerId);
    if (taken) {
      throw new ApiError('email_taken', `Another user already has the email ${email}. Use a different address, or update that user instead.`, {
        param: 'email',
      });
    }
  };

  return createRouter()
    .openapi(listUsers, (c) => {
      const page = listPage(store.users.listing(), c.req.valid('query'), resourcePath('users'));
      return c.json({ data: page.items.map((user) => ({ ...user, links: userLinks(user) })), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createUser, (c) => {
      const input = c.req.valid('json');
      assertEmailFree(input.email);
      const user = store.users.insert({ ...input, created_at: new Date(clock.now()).toISOString() });
      c.header('Location', userLinks(user).self);
      return c.json({ data: user, links: userLinks(user) }, 201);
    })
    .openapi(getUser, (c) => {
      const user = find(c.req.valid('param').id);
      return c.json({ data: user, links: userLinks(user) }, 200);
    })
    .openapi(updateUser, (c) => {
      const { id } = c.req.valid('param');
      const changes = c.req.valid('json');
      find(id);
      if (changes.email !== undefined) assertEmailFree(changes.email, id);
      const user = store.users.update(id, changes)!;
      return c.json({ data: user, links: userLinks(user) }, 200);
    })
    .openapi(deleteUser, (c) => {
      const { id } = c.req.valid('param');
      if (!store.users.remove(id)) throw resourceNotFound('user', id, resourcePath('users'));
      return c.body(null, 204);
    });
}
