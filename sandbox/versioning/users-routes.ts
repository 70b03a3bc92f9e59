import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { createRouter } from '../env';
import { resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath, withQuery } from '../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { idParamSchema, jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import type { Clock } from '../store/clock';
import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { negotiateVersion, VARY } from './negotiate';
import { AnyUserCreateSchema, AnyUserListSchema, AnyUserResponseSchema, AnyUserUpdateSchema, USER_SCHEMAS } from './user-schemas';
import type { UserVersions } from './user-versions';
import { parseUserBody, userWriter } from './user-writes';
import type { ApiVersion } from './versions';

/**
 * Users in v2 and v3 (`/api/v2/users`, `/api/v3/users`) and at one unversioned URL whose
 * version the client negotiates (`/api/users` with API-Version, Accept or ?version=).
 * v1 stays where it always was (routes/users.ts); all of them read and write one store.
 */

const tags = ['Users'];
const params = idParamSchema('usr', 'user');

/** Where the routes live and which version they speak; `negotiated` reads it from the request. */
type Mount = { base: '/v2' | '/v3'; version: 2 | 3 } | { base: ''; version: 'negotiated' };

const versionHeaders = z.object({
  'API-Version': z.string().openapi({ description: 'The version of this representation.', example: '2' }),
  Vary: z.string().openapi({ description: 'The request headers that select the representation.', example: VARY }),
});

const queryVersion = z.object({
  version: z.string().optional().openapi({ description: 'The version to answer in (1, 2 or 3), if not named by API-Version or Accept.', example: '3' }),
});

function describeMount(mount: Mount): string {
  if (mount.version === 'negotiated') {
    return 'One URL, every version: name it with API-Version: N, Accept: application/vnd.workbench+json;version=N, or ?version=N (not two different ones). Without a version you get version 2.';
  }
  return `Version ${mount.version} of the users resource. A conflicting API-Version, Accept version or ?version= is a 400.`;
}

function operations(mount: Mount) {
  const path = `${mount.base}/users`;
  const label = mount.version === 'negotiated' ? '(negotiated version)' : `(v${mount.version})`;
  const schemas =
    mount.version === 'negotiated'
      ? { one: AnyUserResponseSchema, list: AnyUserListSchema, create: AnyUserCreateSchema, update: AnyUserUpdateSchema }
      : USER_SCHEMAS[mount.version];
  const versionErrors = ['unsupported_version', 'version_conflict', ...(mount.version === 'negotiated' ? (['version_sunset'] as const) : [])] as const;
  const shared = { tags, description: describeMount(mount) };
  const query = mount.version === 'negotiated' ? queryVersion : z.object({});
  return {
    list: createRoute({
      ...shared,
      method: 'get',
      path,
      summary: `List users ${label}`,
      middleware: [onePaginationStyle()] as const,
      request: { query: listQuerySchema('usr', 'user').extend(query.shape) },
      responses: {
        200: { ...jsonContent(schemas.list, 'A page of users, oldest first.'), headers: versionHeaders },
        ...errorResponses('conflicting_parameters', ...versionErrors, 'invalid_api_key', 'validation_failed', 'rate_limit_exceeded', 'internal_error'),
      },
    }),
    create: createRoute({
      ...shared,
      method: 'post',
      path,
      summary: `Create a user ${label}`,
      middleware: [jsonBody(), bodyOfVersion('create')] as const,
      request: { query, body: requestBody(schemas.create) },
      responses: {
        201: { ...jsonContent(schemas.one, 'The new user. Location holds its URL.'), headers: versionHeaders.extend({ Location: z.string() }) },
        ...errorResponses('invalid_json', ...versionErrors, 'invalid_api_key', 'email_taken', 'unsupported_media_type', 'validation_failed', 'rate_limit_exceeded', 'internal_error'),
      },
    }),
    get: createRoute({
      ...shared,
      method: 'get',
      path: `${path}/{id}`,
      summary: `Get a user ${label}`,
      request: { params, query },
      responses: {
        200: { ...jsonContent(schemas.one, 'The user.'), headers: versionHeaders },
        ...errorResponses(...versionErrors, 'invalid_api_key', 'resource_not_found', 'validation_failed', 'rate_limit_exceeded', 'internal_error'),
      },
    }),
    update: createRoute({
      ...shared,
      method: 'patch',
      path: `${path}/{id}`,
      summary: `Update some of a user’s fields ${label}`,
      middleware: [jsonBody(), bodyOfVersion('update')] as const,
      request: { params, query, body: requestBody(schemas.update) },
      responses: {
        200: { ...jsonContent(schemas.one, 'The user after the change.'), headers: versionHeaders },
        ...errorResponses('invalid_json', ...versionErrors, 'invalid_api_key', 'resource_not_found', 'email_taken', 'unsupported_media_type', 'validation_failed', 'rate_limit_exceeded', 'internal_error'),
      },
    }),
  };
}

/**
 * Checks the body against the schema of the negotiated version before the route's own
 * validator (which, on /api/users, only knows "one of the three") runs: a v3 body sent
 * with API-Version: 2 is told which v2 fields it lacks.
 */
function bodyOfVersion(kind: 'create' | 'update'): MiddlewareHandler {
  return async (c, next) => {
    parseUserBody(negotiateVersion(c.req.raw).version, kind, await c.req.json());
    await next();
  };
}

/** The users routes of one mount, to be mounted under /api. */
function mountRoutes(store: Store, clock: Clock, versions: UserVersions, mount: Mount) {
  const ops = operations(mount);
  const writer = userWriter(store, clock, versions);
  const versionOf = (request: Request): ApiVersion => (mount.version === 'negotiated' ? negotiateVersion(request).version : mount.version);
  // The query strategy must survive in links, or following `next` would switch versions.
  const queryVersionOf = (request: Request) => (mount.version === 'negotiated' ? (new URL(request.url).searchParams.get('version') ?? undefined) : undefined);
  const collection = `/api${mount.base}/users`;
  const links = (user: Pick<UserRecord, 'id'>, request: Request) => ({
    self: withQuery(`${collection}/${encodeURIComponent(user.id)}`, { version: queryVersionOf(request) }),
    orders: resourcePath('users', user.id, 'orders'),
  });
  const present = (user: UserRecord, version: ApiVersion) =>
    version === 1 ? versions.toV1(user) : version === 2 ? versions.toV2(user) : versions.toV3(user);
  const find = (id: string) => {
    const user = store.users.get(id);
    if (!user) throw resourceNotFound('user', id, collection);
    return user;
  };

  return createRouter()
    .openapi(ops.list, (c) => {
      const version = versionOf(c.req.raw);
      const page = listPage(store.users.listing(), c.req.valid('query'), collection, { version: queryVersionOf(c.req.raw) });
      const data = page.items.map((user) => ({ ...present(user, version), links: links(user, c.req.raw) }));
      return c.json({ data, links: page.links, meta: page.meta } as never, 200, page.headers);
    })
    .openapi(ops.create, async (c) => {
      const version = versionOf(c.req.raw);
      const user = writer.create(version, parseUserBody(version, 'create', await c.req.json()));
      const userLinks = links(user, c.req.raw);
      c.header('Location', userLinks.self);
      return c.json({ data: present(user, version), links: userLinks } as never, 201);
    })
    .openapi(ops.get, (c) => {
      const user = find(c.req.valid('param').id);
      return c.json({ data: present(user, versionOf(c.req.raw)), links: links(user, c.req.raw) } as never, 200);
    })
    .openapi(ops.update, async (c) => {
      const version = versionOf(c.req.raw);
      const user = writer.update(version, find(c.req.valid('param').id), parseUserBody(version, 'update', await c.req.json()));
      return c.json({ data: present(user, version), links: links(user, c.req.raw) } as never, 200);
    });
}

/** v2, v3 and the negotiated users routes; mount under /api. */
export function versionedUserRoutes(store: Store, clock: Clock, versions: UserVersions) {
  return createRouter()
    .route('/', mountRoutes(store, clock, versions, { base: '/v2', version: 2 }))
    .route('/', mountRoutes(store, clock, versions, { base: '/v3', version: 3 }))
    .route('/', mountRoutes(store, clock, versions, { base: '', version: 'negotiated' }));
}
