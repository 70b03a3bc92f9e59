import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { MAX_DEPTH } from './limits/depth-limit';
import { MAX_COST } from './limits/query-cost';
import { GRAPHQL_PATH } from './paths';

/**
 * GET/PUT /api/v1/sandbox/graphql-settings: the default DataLoader switch for this
 * sandbox's GraphQL endpoints (a request can still override it with `X-DataLoader`),
 * and the limits they enforce. Turn batching off, run a nested query, and watch
 * `X-Store-Reads` climb: that is the N+1 problem.
 */

export interface GraphqlSettings {
  dataLoader: boolean;
}

const settingsPath = resourcePath('sandbox', 'graphql-settings');

const SettingsSchema = z
  .object({
    data_loader: z.boolean().openapi({ description: 'Whether resolvers batch their reads with DataLoader when a request sends no X-DataLoader header.' }),
    max_depth: z.int().openapi({ description: 'Deepest field nesting a query may have; deeper ones are refused before they run.', example: MAX_DEPTH }),
    max_cost: z.int().openapi({ description: 'Highest estimated cost (objects a query may touch) a query may have.', example: MAX_COST }),
    links: z.object({
      self: z.string().openapi({ example: settingsPath }),
      graphql: z.string().openapi({ description: 'The GraphQL endpoint these settings apply to.', example: GRAPHQL_PATH }),
    }),
  })
  .openapi('GraphqlSettings');

const SettingsUpdateSchema = z
  .strictObject({
    data_loader: z.boolean().openapi({ description: 'true: batch and cache reads per request (DataLoader). false: every load is its own store read.', example: false }),
  })
  .openapi('GraphqlSettingsUpdate');

const tags = ['Sandbox'];
const noRateLimit = 'Not rate limited: this route controls the sandbox itself.';

const getSettings = createRoute({
  method: 'get',
  path: '/sandbox/graphql-settings',
  tags,
  summary: 'Show the GraphQL endpoint’s settings',
  description: noRateLimit,
  responses: { 200: jsonContent(SettingsSchema, 'Whether DataLoader batching is on by default, and the query limits.'), ...errorResponses('internal_error') },
});

const putSettings = createRoute({
  method: 'put',
  path: '/sandbox/graphql-settings',
  tags,
  summary: 'Turn DataLoader batching on or off',
  description: `Sets the default for requests to ${GRAPHQL_PATH} that send no X-DataLoader header. ${noRateLimit}`,
  middleware: [jsonBody()] as const,
  request: { body: requestBody(SettingsUpdateSchema) },
  responses: {
    200: jsonContent(SettingsSchema, 'The settings after the change.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

/** The settings routes, reading and writing `settings` in place. */
export function graphqlSettingsRoutes(settings: GraphqlSettings) {
  const body = () => ({ data_loader: settings.dataLoader, max_depth: MAX_DEPTH, max_cost: MAX_COST, links: { self: settingsPath, graphql: GRAPHQL_PATH } });
  return createRouter()
    .openapi(getSettings, (c) => c.json(body(), 200))
    .openapi(putSettings, (c) => {
      settings.dataLoader = c.req.valid('json').data_loader;
      return c.json(body(), 200);
    });
}
