import { createRoute } from '@hono/zod-openapi';
import { principalOf, requirePrincipal } from '../auth/authenticate';
import { createRouter } from '../env';
import { ApiError, resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { RiderCreateSchema, RiderListSchema, RiderResponseSchema } from '../schemas/ride';
import type { Rides } from '../rides/rides-store';
import { plainListing } from '../store/collection';

/** Riders: the people who request rides. Registering needs a signed-in user (chapter 6); one profile per user. */

const tags = ['Rides'];

const listRiders = createRoute({
  method: 'get',
  path: '/riders',
  tags,
  summary: 'List riders',
  description: 'Every rider profile with its user and tier, oldest first, one page at a time.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuerySchema('rdr', 'rider') },
  responses: { 200: listContent(RiderListSchema, 'A page of riders.'), ...errorResponses('conflicting_parameters', 'validation_failed', 'internal_error') },
});

const createRider = createRoute({
  method: 'post',
  path: '/riders',
  tags,
  summary: 'Register as a rider',
  description: 'Creates the rider profile of the signed-in user (Authorization: Bearer <access token>). Each user has at most one; a second answers 409 profile_exists.',
  middleware: [jsonBody(), requirePrincipal()] as const,
  request: { body: requestBody(RiderCreateSchema) },
  responses: {
    201: { ...jsonContent(RiderResponseSchema, 'The new rider profile.'), headers: locationHeader('/api/v1/riders/rdr_4') },
    ...errorResponses('authentication_required', 'invalid_json', 'unsupported_media_type', 'profile_exists', 'validation_failed', 'internal_error'),
  },
});

const getRider = createRoute({
  method: 'get',
  path: '/riders/{id}',
  tags,
  summary: 'Get a rider',
  description: 'One rider profile by id.',
  request: { params: idParamSchema('rdr', 'rider') },
  responses: { 200: jsonContent(RiderResponseSchema, 'The rider.'), ...errorResponses('resource_not_found', 'internal_error') },
});

/** GET/POST /riders and GET /riders/{id}. */
export function riderRoutes(rides: Rides) {
  return createRouter()
    .openapi(listRiders, (c) => {
      const page = listPage(plainListing(rides.riders.all()), c.req.valid('query'), resourcePath('riders'));
      return c.json({ data: page.items, links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createRider, (c) => {
      const userId = principalOf(c).userId!;
      const existing = rides.riders.all().find((rider) => rider.user_id === userId);
      if (existing) {
        throw new ApiError('profile_exists', `User ${userId} is already rider ${existing.id}; each user has one rider profile. Use it: GET ${resourcePath('riders', existing.id)}.`);
      }
      const body = c.req.valid('json');
      const rider = rides.riders.insert({ user_id: userId, name: body.name, tier: body.tier });
      c.header('Location', resourcePath('riders', rider.id));
      return c.json({ data: rider, links: { self: resourcePath('riders', rider.id) } }, 201);
    })
    .openapi(getRider, (c) => {
      const { id } = c.req.valid('param');
      const rider = rides.riders.get(id);
      if (!rider) throw resourceNotFound('rider', id, resourcePath('riders'));
      return c.json({ data: rider, links: { self: resourcePath('riders', rider.id) } }, 200);
    });
}
