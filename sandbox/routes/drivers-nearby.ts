import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { resourcePath, withQuery } from '../patterns/links';
import { DEFAULT_LIMIT, DEFAULT_RADIUS_KM, rankNearbyDrivers } from '../rides/matching';
import type { DriverRecord } from '../rides/records';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { DriverSchema } from '../schemas/ride';

/**
 * GET /api/v1/drivers/nearby: the drivers a ride requested here would be offered to, in the
 * order they would get the offer (sandbox/rides/matching.ts). A bounded search, not a list:
 * there are no pages, and `has_more` says whether the radius holds more than `limit`.
 * Mount before the drivers routes, or /drivers/{id} takes "nearby" for an id.
 */

const MAX_RADIUS_KM = 50;
const MAX_LIMIT = 50;

const NearbyQuerySchema = z.object({
  lat: z.coerce.number().min(-90).max(90).openapi({ description: 'Latitude of the pickup in degrees, −90 to 90.', example: 52.52 }),
  lng: z.coerce.number().min(-180).max(180).openapi({ description: 'Longitude of the pickup in degrees, −180 to 180.', example: 13.405 }),
  radius_km: z.coerce
    .number()
    .gt(0)
    .max(MAX_RADIUS_KM)
    .default(DEFAULT_RADIUS_KM)
    .openapi({ description: `Only drivers at most this far by great-circle distance, in km (a driver exactly at it counts); up to ${MAX_RADIUS_KM}, ${DEFAULT_RADIUS_KM} when left out.` }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .openapi({ description: `At most this many drivers, from 1 to ${MAX_LIMIT} (${DEFAULT_LIMIT} when left out).` }),
});

const NearbyDriverSchema = DriverSchema.extend({
  distance_km: z.number().min(0).openapi({ description: 'Great-circle distance from the pickup, in km, rounded to metres.', example: 0.642 }),
}).openapi('NearbyDriver');

const NearbyDriversSchema = z
  .object({
    data: z.array(NearbyDriverSchema).openapi({ description: 'Available drivers within the radius, nearest first; equally far ones by id (drv_2 before drv_10).' }),
    links: z.object({ self: z.string().openapi({ example: '/api/v1/drivers/nearby?lat=52.52&lng=13.405&radius_km=5&limit=5' }) }),
    meta: z.object({
      count: z.int().min(0).openapi({ description: 'How many drivers data holds.', example: 5 }),
      has_more: z.boolean().openapi({ description: 'Whether more available drivers are within the radius than limit let through.' }),
      radius_km: z.number().openapi({ example: 5 }),
      limit: z.int().openapi({ example: 5 }),
    }),
  })
  .openapi('NearbyDrivers');

const nearbyDrivers = createRoute({
  method: 'get',
  path: '/drivers/nearby',
  operationId: 'listNearbyDrivers',
  tags: ['Rides'],
  summary: 'Find available drivers near a point',
  description:
    'The available drivers within radius_km of lat/lng by great-circle (haversine) distance, nearest first, at most limit: the candidates a ride requested there is offered to, in turn. Correct near the poles and across the ±180° meridian.',
  request: { query: NearbyQuerySchema },
  responses: { 200: jsonContent(NearbyDriversSchema, 'The nearest available drivers with their distances.'), ...errorResponses('validation_failed', 'internal_error') },
});

/** GET /drivers/nearby over whatever `listDrivers` returns (the rides store's drivers). */
export function nearbyDriverRoutes(listDrivers: () => readonly DriverRecord[]) {
  return createRouter().openapi(nearbyDrivers, (c) => {
    const { lat, lng, radius_km, limit } = c.req.valid('query');
    // One more than asked tells whether the radius holds more than the page shows.
    const ranked = rankNearbyDrivers(listDrivers(), { lat, lng }, { radiusKm: radius_km, limit: limit + 1 });
    const shown = ranked.slice(0, limit);
    return c.json(
      {
        data: shown.map(({ driver, distanceKm }) => ({ ...driver, distance_km: Math.round(distanceKm * 1000) / 1000 })),
        links: { self: withQuery(resourcePath('drivers', 'nearby'), { lat, lng, radius_km, limit }) },
        meta: { count: shown.length, has_more: ranked.length > limit, radius_km, limit },
      },
      200,
    );
  });
}
