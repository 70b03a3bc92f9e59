import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { resourcePath, withQuery } from '../patterns/links';
import { DEFAULT_SEED, MAX_SPEED, type CitySimulation } from '../rides/city-sim';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';

/**
 * GET/PUT /sandbox/city: the control panel of the simulated city behind the map page
 * (chapter 12). Start it, pause it, speed it up. Like every /sandbox/* route it controls
 * the sandbox rather than modelling an API, so it is not rate limited; the sandbox's
 * reset stops the city and puts it back to speed 1 and the default seed.
 */

const tags = ['Sandbox'];
const cityPath = resourcePath('sandbox', 'city');

const CitySchema = z
  .object({
    running: z.boolean().openapi({ description: 'Whether the drivers move and simulated drivers answer offers.', example: true }),
    speed: z.int().min(1).max(MAX_SPEED).openapi({ description: `How many times faster than real time the city ticks, 1 to ${MAX_SPEED}.`, example: 4 }),
    seed: z.int().min(0).openapi({ description: 'Seed of the turns drifting drivers take: the same seed drives the same routes.', example: DEFAULT_SEED }),
    ticks: z.int().min(0).openapi({ description: 'Ticks since the last reset; every tick moves each driver one step.', example: 42 }),
    tick_interval_ms: z.int().min(1).openapi({ description: 'Sandbox-clock milliseconds between two ticks at this speed.', example: 250 }),
    links: z.object({
      self: z.string().openapi({ example: cityPath }),
      drivers: z.string().openapi({ description: 'Where the drivers are now.', example: resourcePath('drivers') }),
      stream: z.string().openapi({ description: 'Follow the drivers and rides as they move.', example: '/api/v1/events/stream?types=driver.location_updated,ride.*' }),
    }),
  })
  .openapi('CitySimulation');

const CityUpdateSchema = z
  .strictObject({
    running: z.boolean().optional().openapi({ description: 'true starts the city, false pauses it.', example: true }),
    speed: z.int().min(1).max(MAX_SPEED).optional().openapi({ description: `Speed-up, 1 to ${MAX_SPEED}: the tick interval becomes 1 s divided by it.`, example: 4 }),
    seed: z.int().min(0).max(2 ** 32 - 1).optional().openapi({ description: 'Restarts the turns from this seed.', example: DEFAULT_SEED }),
  })
  .openapi('CitySimulationUpdate');

const getCity = createRoute({
  method: 'get',
  path: '/sandbox/city',
  tags,
  summary: 'Show the city simulation',
  description: 'Whether the simulated city runs, how fast, and how many ticks it has made. Not rate limited: this route controls the sandbox itself.',
  responses: { 200: jsonContent(CitySchema, 'The simulation’s state.'), ...errorResponses('internal_error') },
});

const putCity = createRoute({
  method: 'put',
  path: '/sandbox/city',
  tags,
  summary: 'Start, pause or speed up the city simulation',
  description:
    'Changes the fields you send and keeps the others. While running, every tick on the sandbox clock moves each seeded driver along the street grid and reports its location as POST /drivers/{id}/location would (a `driver.location_updated` event), and simulated drivers accept ride offers after a short delay. Not rate limited: this route controls the sandbox itself.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(CityUpdateSchema) },
  responses: {
    200: jsonContent(CitySchema, 'The simulation’s new state.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

/** GET and PUT /sandbox/city over one simulation. */
export function cityRoutes(city: CitySimulation) {
  const view = () => ({
    ...city.state,
    links: { self: cityPath, drivers: resourcePath('drivers'), stream: withQuery(resourcePath('events', 'stream'), { types: 'driver.location_updated,ride.*' }) },
  });
  return createRouter()
    .openapi(getCity, (c) => c.json(view(), 200))
    .openapi(putCity, (c) => {
      city.update(c.req.valid('json'));
      return c.json(view(), 200);
    });
}
