import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { RIDE_STATUSES } from '../rides/records';
import { takeRideRequest } from '../rides/ride-rate-limit';
import { startDispatch } from '../rides/ride-dispatch';
import { callerRider, findRide, presentRide, rideBody } from '../rides/ride-view';
import { idParamSchema, jsonContent, listContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { RideCreateSchema, RideListSchema, RideResponseSchema } from '../schemas/ride';
import type { Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';
import { plainListing } from '../store/collection';

/**
 * Requesting and reading rides. A request is the caller's (a signed-in rider, or Ada for the
 * anonymous demo), limited per rider tier, and published as `ride.requested`; then the
 * dispatcher offers it to the nearby drivers in turn (ride-dispatch.ts).
 */

const tags = ['Rides'];

const rateLimitHeaders = z.object({
  RateLimit: z.string().openapi({ description: 'What is left of the rider tier’s quota: r remaining, t seconds to the next token.', example: '"rides-basic";r=4;t=12' }),
  'RateLimit-Policy': z.string().openapi({ description: 'The rider tier’s quota q per window w seconds.', example: '"rides-basic";q=5;w=60' }),
});

const createErrors = errorResponses('invalid_json', 'unsupported_media_type', 'insufficient_permissions', 'validation_failed', 'rate_limit_exceeded', 'internal_error');

const createRide = createRoute({
  method: 'post',
  path: '/rides',
  tags,
  summary: 'Request a ride',
  description:
    'Requests a ride from pickup to dropoff for the caller’s rider profile (anonymous callers act as the demo rider rdr_1). ' +
    'Limited by the rider’s tier: basic 5 requests per minute, premium 20; beyond that 429 with Retry-After. The ride starts requested and is offered to nearby drivers.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(RideCreateSchema) },
  responses: {
    201: { ...jsonContent(RideResponseSchema, 'The requested ride. Location holds its URL.'), headers: rateLimitHeaders.extend({ Location: z.string().openapi({ example: '/api/v1/rides/ride_1' }) }) },
    ...createErrors,
    429: { ...createErrors[429], headers: z.object({ 'Retry-After': z.string().openapi({ example: '12' }) }) },
  },
});

const listRides = createRoute({
  method: 'get',
  path: '/rides',
  tags,
  summary: 'List rides',
  description: 'Rides, oldest first, optionally only those of one rider or in one status.',
  middleware: [onePaginationStyle()] as const,
  request: {
    query: listQuerySchema('ride', 'ride').extend({
      status: z.enum(RIDE_STATUSES).optional().openapi({ description: 'Only rides in this status.' }),
      rider_id: z.string().optional().openapi({ description: 'Only this rider’s rides.', example: 'rdr_1' }),
    }),
  },
  responses: { 200: listContent(RideListSchema, 'A page of rides.'), ...errorResponses('conflicting_parameters', 'validation_failed', 'internal_error') },
});

const getRide = createRoute({
  method: 'get',
  path: '/rides/{id}',
  tags,
  summary: 'Get a ride',
  description: 'One ride: where it stands, its driver, times, fare and payment, and the steps it accepts now (_actions).',
  request: { params: idParamSchema('ride', 'ride') },
  responses: { 200: jsonContent(RideResponseSchema, 'The ride.'), ...errorResponses('resource_not_found', 'internal_error') },
});

/** POST/GET /rides and GET /rides/{id}. */
export function rideRoutes(runtime: Runtime, clock: Clock) {
  const { rides } = runtime;
  const ctx = { rides, clock, events: runtime.events };
  const router = createRouter();
  router.use('/rides/*', async (_c, next) => {
    rides.dispatcher.expireDue(); // lapsed offers move to the next driver before the ride is read
    await next();
  });
  router.use('/rides', async (_c, next) => {
    rides.dispatcher.expireDue();
    await next();
  });
  return router
    .openapi(createRide, (c) => {
      const rider = callerRider(c, rides);
      const headers = takeRideRequest(runtime.limiter, rider);
      const { pickup, dropoff } = c.req.valid('json');
      const ride = rides.rides.insert({
        rider_id: rider.id,
        driver_id: null,
        status: 'requested',
        pickup,
        dropoff,
        requested_at: new Date(clock.now()).toISOString(),
        matched_at: null,
        started_at: null,
        completed_at: null,
        cancelled_at: null,
        cancellation_fee: null,
        fare: null,
        payment_id: null,
        payment_status: null,
        note: null,
      });
      runtime.events.publish('ride.requested', { ride_id: ride.id, rider_id: rider.id, pickup, dropoff });
      startDispatch(ctx, ride);
      const body = rideBody(rides.rides.get(ride.id)!);
      return c.json(body, 201, { ...headers, Location: body.links.self });
    })
    .openapi(listRides, (c) => {
      const { status, rider_id, ...query } = c.req.valid('query');
      const rows = rides.rides.all().filter((ride) => (status === undefined || ride.status === status) && (rider_id === undefined || ride.rider_id === rider_id));
      const page = listPage(plainListing(rows), query, resourcePath('rides'), { status, rider_id });
      return c.json({ data: page.items.map(presentRide), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(getRide, (c) => c.json(rideBody(findRide(rides, c.req.valid('param').id)), 200));
}
