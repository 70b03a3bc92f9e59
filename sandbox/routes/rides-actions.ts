import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter, type SandboxEnv } from '../env';
import { ApiError, type ErrorCode } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import type { RideEvent } from '../rides/ride-lifecycle';
import { answerRide } from '../rides/ride-dispatch';
import { advanceRide, cancelRide, completeRide, driverById, type RideContext } from '../rides/ride-moves';
import { chargeRide } from '../rides/ride-payment';
import { assertDriverCaller, assertOwnRide, findRide, rideBody } from '../rides/ride-view';
import { idParamSchema, jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { DriverChoiceSchema, RatingCreateSchema, RatingResponseSchema, RideResponseSchema } from '../schemas/ride';
import type { Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';

/**
 * The ride's steps as action endpoints, what its `_actions` link to. Driver side: accept and
 * decline (body {driver_id}), arrive, start, complete (charges the fare through the circuit
 * breaker). Rider side: cancel (with the fee rule) and rating. Each checks the ride exists
 * (404), the caller may act (403), the lifecycle allows the step (409 with the allowed statuses).
 */

const tags = ['Rides'];
const params = idParamSchema('ride', 'ride');
type ActionName = Exclude<RideEvent, 'timeout'>;

const DESCRIPTIONS: Readonly<Record<ActionName, string>> = {
  accept: 'The driver named in the body takes the requested ride: the ride becomes matched and the driver busy.',
  decline: 'The driver named in the body turns the offer down; the ride stays requested for the next candidate.',
  arrive: 'The matched driver is on the way to the pickup: matched → driver_arriving.',
  start: 'The rider is on board: driver_arriving → in_progress.',
  complete: 'The trip is over: in_progress → completed, with its fare charged through the circuit breaker. A refused charge leaves the ride completed with payment_status pending.',
  cancel: 'The rider cancels: free while requested or within 2 sandbox minutes of matching; after that with a 5.00 EUR cancellation_fee. Not possible once the trip started.',
};

const actionResponses = (...extra: ErrorCode[]) => ({
  200: jsonContent(RideResponseSchema, 'The ride after the step, with its next _actions.'),
  ...errorResponses('insufficient_permissions', 'resource_not_found', 'invalid_ride_transition', 'internal_error', ...extra),
});

const summary = (action: ActionName) => `${action[0]!.toUpperCase()}${action.slice(1)} a ride`;

/** accept / decline: the driver names itself in the body. */
function driverChoiceRoute(action: 'accept' | 'decline') {
  return createRoute({
    method: 'post',
    path: `/rides/{id}/${action}`,
    tags,
    summary: summary(action),
    description: `${DESCRIPTIONS[action]} Offered in the ride’s _actions exactly when the lifecycle allows it.`,
    middleware: [jsonBody()] as const,
    request: { params, body: requestBody(DriverChoiceSchema) },
    responses: actionResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'driver_unavailable'),
  });
}

/** arrive / start / complete / cancel: no body. */
function actionRoute(action: Exclude<ActionName, 'accept' | 'decline'>) {
  return createRoute({
    method: 'post',
    path: `/rides/{id}/${action}`,
    tags,
    summary: summary(action),
    description: `${DESCRIPTIONS[action]} Offered in the ride’s _actions exactly when the lifecycle allows it. Takes no body.`,
    request: { params },
    responses: actionResponses(),
  });
}

const rateRide = createRoute({
  method: 'post',
  path: '/rides/{id}/rating',
  tags,
  summary: 'Rate a ride',
  description: 'The rider gives the completed ride 1 to 5 stars (and a comment); the driver’s rating becomes the average of its stars. Once per ride.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(RatingCreateSchema) },
  responses: {
    201: jsonContent(RatingResponseSchema, 'The rating.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'insufficient_permissions', 'resource_not_found', 'ride_not_ratable', 'validation_failed', 'internal_error'),
  },
});

/** POST /rides/{id}/{accept|decline|arrive|start|complete|cancel} and POST /rides/{id}/rating. */
export function rideActionRoutes(runtime: Runtime, clock: Clock) {
  const { rides } = runtime;
  const ctx: RideContext = { rides, clock, events: runtime.events };

  const driverStep = async (c: Context<SandboxEnv>, id: string, action: 'arrive' | 'start' | 'complete') => {
    const ride = findRide(rides, id);
    if (ride.driver_id) assertDriverCaller(c, driverById(rides, ride.driver_id));
    if (action !== 'complete') return advanceRide(ctx, ride, action);
    return chargeRide(runtime, clock, completeRide(ctx, ride));
  };

  const router = createRouter();
  for (const action of ['accept', 'decline'] as const) {
    router.openapi(driverChoiceRoute(action), async (c) => {
      const ride = findRide(rides, c.req.valid('param').id);
      const { driver_id } = c.req.valid('json');
      assertDriverCaller(c, driverById(rides, driver_id));
      return c.json(rideBody(await answerRide(ctx, ride, driver_id, action === 'accept')), 200);
    });
  }
  for (const action of ['arrive', 'start', 'complete'] as const) {
    router.openapi(actionRoute(action), async (c) => c.json(rideBody(await driverStep(c, c.req.valid('param').id, action)), 200));
  }
  router.openapi(actionRoute('cancel'), (c) => {
    const ride = findRide(rides, c.req.valid('param').id);
    assertOwnRide(c, rides, ride);
    return c.json(rideBody(cancelRide(ctx, ride)), 200);
  });
  router.openapi(rateRide, (c) => {
    const ride = findRide(rides, c.req.valid('param').id);
    const rider = assertOwnRide(c, rides, ride);
    if (ride.status !== 'completed' || ride.driver_id === null) {
      throw new ApiError('ride_not_ratable', `Ride ${ride.id} is ${ride.status}; only a completed ride can be rated. Rate it after POST ${resourcePath('rides', ride.id, 'complete')}.`, { param: 'id' });
    }
    if (rides.ratings.all().some((rating) => rating.ride_id === ride.id)) {
      throw new ApiError('ride_not_ratable', `Ride ${ride.id} was rated already; each ride is rated once.`, { param: 'id' });
    }
    const { stars, comment } = c.req.valid('json');
    const rating = rides.ratings.insert({ ride_id: ride.id, driver_id: ride.driver_id, rider_id: rider.id, stars, comment: comment ?? null, created_at: new Date(clock.now()).toISOString() });
    const given = rides.ratings.all().filter((row) => row.driver_id === ride.driver_id);
    const average = given.reduce((sum, row) => sum + row.stars, 0) / given.length;
    rides.drivers.update(ride.driver_id, { rating: Math.round(average * 10) / 10 });
    return c.json({ data: rating, links: { self: resourcePath('rides', ride.id, 'rating') } }, 201);
  });
  return router;
}
