import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { createRouter } from '../env';
import type { ConfigProblem } from '../gateway/config-load';
import type { Gateway } from '../gateway/gateway';
import { ApiError } from '../patterns/errors';
import { resourcePath } from '../patterns/links';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';

/**
 * The gateway's control routes (chapter 9), under /api/v1/sandbox/gateway/: read the
 * document in force, replace it (validated; the old one stays on any problem), and read
 * what the gateway has seen. The gateway itself answers under /gateway/* (gateway-proxy.ts).
 */

const tags = ['Gateway'];
const configPath = `${resourcePath('sandbox')}/gateway/config`;
const statsPath = `${resourcePath('sandbox')}/gateway/stats`;
const noRateLimit = 'Not rate limited: this route controls the sandbox itself.';

const ConfigSchema = z
  .object({
    document: z.string().openapi({ description: 'The document in force, exactly as written (YAML or JSON).' }),
    loaded_at: z.iso.datetime().openapi({ description: 'When it was loaded, on the sandbox clock.' }),
    routes: z.array(
      z.object({
        name: z.string(),
        service: z.string(),
        paths: z.array(z.string()).openapi({ description: 'Prefixes under /gateway.' }),
        methods: z.array(z.string()),
        destinations: z
          .array(z.object({ service: z.string(), weight: z.int().min(0).max(100) }))
          .nullable()
          .openapi({ description: 'The weighted split of traffic.destinations, or null when the route’s own service takes everything.' }),
      }),
    ),
    links: z.object({ self: z.string().openapi({ example: configPath }), stats: z.string().openapi({ example: statsPath }) }),
  })
  .openapi('GatewayConfig');

const UpstreamStatsSchema = z.object({
  service: z.string().openapi({ example: 'order-service-canary' }),
  variant: z.enum(['stable', 'canary']),
  requests: z.int().min(0),
  share: z.number().min(0).max(1).openapi({ description: 'Observed share of the route’s routed requests.', example: 0.1 }),
});

const RouteStatsSchema = z.object({
  route: z.string(),
  requests: z.int().min(0).openapi({ description: 'Requests the route matched.' }),
  routed: z.int().min(0).openapi({ description: 'Requests sent on to an upstream (not refused by a plugin).' }),
  upstreams: z.array(UpstreamStatsSchema),
  retries: z.int().min(0).openapi({ description: 'Tries after the first.' }),
  timeouts: z.int().min(0).openapi({ description: 'Tries abandoned at per_try_timeout.' }),
  delays_injected: z.int().min(0),
  aborts_injected: z.int().min(0),
  rate_limited: z.int().min(0).openapi({ description: '429s from the rate-limiting plugin.' }),
  unauthorized: z.int().min(0).openapi({ description: '401s from the jwt plugin.' }),
  statuses: z.record(z.string(), z.int().min(0)).openapi({ description: 'Final responses by status code.' }),
});

const StatsSchema = z
  .object({
    unmatched: z.int().min(0).openapi({ description: 'Requests to /gateway/* that matched no route.' }),
    routes: z.array(RouteStatsSchema),
    links: z.object({ self: z.string().openapi({ example: statsPath }), config: z.string().openapi({ example: configPath }) }),
  })
  .openapi('GatewayStats');

const documentBody = z.string().openapi({ description: 'The whole gateway document.' });

const getConfig = createRoute({
  method: 'get',
  path: '/sandbox/gateway/config',
  tags,
  summary: 'Show the gateway document in force',
  description: `The declarative document of the gateway in front of the sandbox (/gateway/*): services, routes, plugins and traffic policies. ${noRateLimit}`,
  responses: { 200: jsonContent(ConfigSchema, 'The document and the routes it defines.'), ...errorResponses('internal_error') },
});

const putConfig = createRoute({
  method: 'put',
  path: '/sandbox/gateway/config',
  tags,
  summary: 'Reload the gateway with a new document',
  description: `Send the whole document as YAML or JSON text. A valid document replaces the old one at once and restarts the stats and rate-limit windows; an invalid one is refused with every problem listed (path, line and column), and the old document keeps serving. ${noRateLimit}`,
  request: {
    body: {
      required: true,
      content: {
        'application/yaml': { schema: documentBody },
        // A plain schema object, not zod: the document's own loader checks it, reporting paths with line and column.
        'application/json': { schema: { type: 'object', description: 'The same document written as JSON.' } },
      },
    },
  },
  middleware: [documentMediaType()] as const,
  responses: {
    200: jsonContent(ConfigSchema, 'Reloaded: the new document is in force.'),
    ...errorResponses('unsupported_media_type', 'gateway_config_invalid', 'internal_error'),
  },
});

const getStats = createRoute({
  method: 'get',
  path: '/sandbox/gateway/stats',
  tags,
  summary: 'Show what the gateway has seen',
  description: `Per route and upstream: requests, the observed canary split, retries, timeouts, injected delays and aborts, 429s and 401s. Emptied by a reload and by POST /api/v1/sandbox/reset. ${noRateLimit}`,
  responses: { 200: jsonContent(StatsSchema, 'The counters since the document was loaded.'), ...errorResponses('internal_error') },
});

/** The /sandbox/gateway/* control routes. */
export function gatewayControlRoutes(gateway: Gateway) {
  const view = () => ({
    document: gateway.text(),
    loaded_at: new Date(gateway.loadedAt()).toISOString(),
    routes: gateway.config().routes.map(({ name, service, paths, methods, traffic }) => ({
      name,
      service,
      paths: paths.map((prefix) => `/gateway${prefix}`),
      methods,
      destinations: traffic?.destinations ?? null,
    })),
    links: { self: configPath, stats: statsPath },
  });
  return createRouter()
    .openapi(getConfig, (c) => c.json(view(), 200))
    .openapi(putConfig, async (c) => {
      const result = gateway.reload(await c.req.text());
      if (!result.ok) throw invalidDocument(result.problems);
      return c.json(view(), 200);
    })
    .openapi(getStats, (c) => c.json({ ...gateway.stats.snapshot(gateway.config().routes.map((r) => r.name)), links: { self: statsPath, config: configPath } }, 200));
}

// YAML's registered type (RFC 9512) and the older unofficial ones, or JSON (which YAML reads too).
const DOCUMENT_MEDIA_TYPE = /^(application\/(x-)?yaml|text\/(x-)?yaml|application\/([\w.-]+\+)?json)$/i;

/** 415 for a document sent as anything but YAML or JSON, so a form or plain text is never half-read as a config. */
function documentMediaType(): MiddlewareHandler {
  return async (c, next) => {
    const mediaType = c.req.header('Content-Type')?.split(';')[0]!.trim() ?? '';
    if (!DOCUMENT_MEDIA_TYPE.test(mediaType)) {
      const sent = mediaType ? `was sent as ${mediaType}` : 'has no Content-Type header';
      throw new ApiError('unsupported_media_type', `The gateway document ${sent}. Send it as YAML with Content-Type: application/yaml, or as JSON with Content-Type: application/json.`, {
        param: 'Content-Type',
      });
    }
    await next();
  };
}

function invalidDocument(problems: ConfigProblem[]): ApiError {
  const where = (problem: ConfigProblem) => (problem.line !== undefined ? `line ${problem.line}, column ${problem.column}: ` : '');
  const first = problems[0]!;
  return new ApiError(
    'gateway_config_invalid',
    `The gateway document has ${problems.length} problem${problems.length === 1 ? '' : 's'}, so it was not loaded and the previous document is still in force. First: ${where(first)}${first.path}: ${first.message}.`,
    { details: problems.map((problem) => ({ field: problem.path, code: problem.code, message: `${where(problem)}${problem.message}` })) },
  );
}
