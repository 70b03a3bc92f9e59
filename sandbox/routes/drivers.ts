import { createRoute, z } from '@hono/zod-openapi';
import { principalOf, requirePrincipal } from '../auth/authenticate';
import type { EventLog } from '../events/event-log';
import { createRouter } from '../env';
import { ApiError, resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../patterns/pagination';
import { DRIVER_STATUSES } from '../rides/records';
import { isActive } from '../rides/ride-moves';
import { assertDriverCaller } from '../rides/ride-view';
import type { Rides } from '../rides/rides-store';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { DriverCreateSchema, DriverListSchema, DriverResponseSchema, LatLngSchema } from '../schemas/ride';
import { plainListing } from '../store/collection';

/**
 * Drivers: registering (a signed-in user, one driver profile each), reading, and reporting a
 * position, which is published as `driver.location_updated` for the map and the rider's stream.
 */

const tags = ['Rides'];
const CITY_CENTER = { lat: 52.52, lng: 13.405 };
const params = idParamSchema('drv', 'driver');

const listDrivers = createRoute({
  method: 'get',
  path: '/drivers',
  tags,
  summary: 'List drivers',
  description: 'Every driver with vehicle, status and last known position, oldest first; `status` keeps only drivers in that status.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuerySchema('drv', 'driver').extend({ status: z.enum(DRIVER_STATUSES).optional().openapi({ description: 'Only drivers in this status.' }) }) },
  responses: { 200: listContent(DriverListSchema, 'A page of drivers.'), ...errorResponses('conflicting_parameters', 'validation_failed', 'internal_error') },
});

const createDriver = createRoute({
  method: 'post',
  path: '/drivers',
  tags,
  summary: 'Register as a driver',
  description: 'Creates the driver profile of the signed-in user (Authorization: Bearer <access token>), available at once. Each user has at most one; a second answers 409 profile_exists.',
  middleware: [jsonBody(), requirePrincipal()] as const,
  request: { body: requestBody(DriverCreateSchema) },
  responses: {
    201: { ...jsonContent(DriverResponseSchema, 'The new driver profile.'), headers: locationHeader('/api/v1/drivers/drv_13') },
    ...errorResponses('authentication_required', 'invalid_json', 'unsupported_media_type', 'profile_exists', 'validation_failed', 'internal_error'),
  },
});

const getDriver = createRoute({
  method: 'get',
  path: '/drivers/{id}',
  tags,
  summary: 'Get a driver',
  description: 'One driver by id.',
  request: { params },
  responses: { 200: jsonContent(DriverResponseSchema, 'The driver.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const reportLocation = createRoute({
  method: 'post',
  path: '/drivers/{id}/location',
  tags,
  summary: 'Report a driver’s position',
  description: 'Stores where the driver is and publishes driver.location_updated (with the ride it is on, if any). A registered driver reports with its own user’s token; the demo drivers need none.',
  middleware: [jsonBody()] as const,
  request: { params, body: requestBody(LatLngSchema) },
  responses: {
    200: jsonContent(DriverResponseSchema, 'The driver at its new position.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'insufficient_permissions', 'resource_not_found', 'validation_failed', 'internal_error'),
  },
});

const driverBody = (driver: { id: string }) => ({ data: driver, links: { self: resourcePath('drivers', driver.id) } });

/** GET/POST /drivers, GET /drivers/{id}, POST /drivers/{id}/location. */
export function driverRoutes(rides: Rides, events: EventLog) {
  const find = (id: string) => {
    const driver = rides.drivers.get(id);
    if (!driver) throw resourceNotFound('driver', id, resourcePath('drivers'));
    return driver;
  };
  return createRouter()
    .openapi(listDrivers, (c) => {
      const { status, ...query } = c.req.valid('query');
      const rows = rides.drivers.all().filter((driver) => status === undefined || driver.status === status);
      const page = listPage(plainListing(rows), query, resourcePath('drivers'), { status });
      return c.json({ data: page.items, links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createDriver, (c) => {
      const userId = principalOf(c).userId!;
      const existing = rides.drivers.all().find((driver) => driver.user_id === userId);
      if (existing) {
        throw new ApiError('profile_exists', `User ${userId} is already driver ${existing.id}; each user has one driver profile. Use it: GET ${resourcePath('drivers', existing.id)}.`);
      }
      const body = c.req.valid('json');
      const driver = rides.drivers.insert({ name: body.name, vehicle: body.vehicle, status: 'available', location: body.location ?? { ...CITY_CENTER }, rating: 5, user_id: userId });
      c.header('Location', resourcePath('drivers', driver.id));
      return c.json(driverBody(driver), 201);
    })
    .openapi(getDriver, (c) => c.json(driverBody(find(c.req.valid('param').id)), 200))
    .openapi(reportLocation, (c) => {
      rides.dispatcher.expireDue(); // the simulation's frequent reports also move lapsed offers on
      const driver = find(c.req.valid('param').id);
      assertDriverCaller(c, driver);
      const { lat, lng } = c.req.valid('json');
      const moved = rides.drivers.update(driver.id, { location: { lat, lng } })!;
      const ride = rides.rides.all().find((row) => row.driver_id === driver.id && isActive(row));
      events.publish('driver.location_updated', { driver_id: driver.id, ride_id: ride?.id ?? null, lat, lng });
      return c.json(driverBody(moved), 200);
    });
}
