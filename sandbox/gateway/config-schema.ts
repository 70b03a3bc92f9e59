import { z } from 'zod';

/**
 * The gateway's declarative document, in the shape of Kong's declarative config (services,
 * routes, plugins) with the traffic policies of an Istio VirtualService (weighted
 * destinations, retries, fault injection) on each route. The learner writes it by hand,
 * so every field says what it is for and every mistake is reported with its path.
 */

/** `5s`, `250ms`, `1.5s`, or a number of milliseconds. */
const DURATION = /^(\d+(?:\.\d+)?)(ms|s)$/;
export const durationSchema = z
  .union([z.number().int().min(0), z.string().regex(DURATION, 'write a duration such as "2s" or "250ms"')])
  .transform((value) => (typeof value === 'number' ? value : parseDuration(value)))
  .describe('A duration: "2s", "250ms" or a number of milliseconds.');

function parseDuration(text: string): number {
  const [, amount, unit] = DURATION.exec(text)!;
  return Math.round(Number(amount) * (unit === 's' ? 1000 : 1));
}

/** Istio writes shares as a percentage 0..100 (0.1 means one request in a thousand). */
const percentageSchema = z.number().min(0).max(100).describe('Share of requests, in percent: 0 to 100.');

const rateLimitingPlugin = z.strictObject({
  name: z.literal('rate-limiting'),
  config: z
    .strictObject({
      minute: z.number().int().min(1).optional().describe('Requests one consumer may send per calendar minute.'),
      hour: z.number().int().min(1).optional().describe('Requests one consumer may send per calendar hour.'),
    })
    .refine((config) => config.minute !== undefined || config.hour !== undefined, 'give at least one limit: minute or hour'),
});

const jwtPlugin = z.strictObject({
  name: z.literal('jwt'),
  config: z
    .strictObject({
      // Pinned, not negotiated: a verifier that trusts the token's own `alg` header accepts `none` or an HMAC forged with the public key.
      algorithms: z.array(z.literal('ES256', { error: 'the sandbox signs access tokens with ES256 only; list ["ES256"]' })).min(1).default(['ES256']),
      issuer: z.string().min(1).optional().describe('Expected `iss`; defaults to the origin the request came to (the sandbox’s own issuer).'),
      audience: z.string().min(1).optional().describe('Expected `aud`; defaults to `<origin>/api`.'),
    })
    .default({ algorithms: ['ES256'] }),
});

const requestIdPlugin = z.strictObject({
  name: z.literal('request-id'),
  config: z.strictObject({ header: z.literal('X-Request-Id').default('X-Request-Id') }).default({ header: 'X-Request-Id' }),
});

export const pluginSchema = z.discriminatedUnion('name', [rateLimitingPlugin, jwtPlugin, requestIdPlugin], {
  error: 'unknown plugin: use rate-limiting, jwt or request-id',
});

const NAME = /^[a-z][a-z0-9-]*$/;
const nameSchema = z.string().regex(NAME, 'use lower-case letters, digits and dashes, starting with a letter');
const pathPrefixSchema = z
  .string()
  .regex(/^\/[^?#\s]*$/, 'a path prefix starts with "/" and has no query or spaces')
  .refine((path) => path === '/' || !path.endsWith('/'), 'drop the trailing "/": prefixes match whole segments anyway');

export const serviceSchema = z.strictObject({
  name: nameSchema.describe('How routes and destinations refer to this service.'),
  upstream: pathPrefixSchema
    .refine((path) => !path.startsWith('/gateway'), 'the upstream must be a sandbox path such as /api/v1/orders, not the gateway itself (that would loop)')
    .describe('The sandbox path prefix this service stands for; the part of the request path after the route’s prefix is appended.'),
  variant: z.enum(['stable', 'canary']).default('stable').describe('canary: the same sandbox answering as a new release (header X-Upstream-Variant: canary and an extra field).'),
  plugins: z.array(pluginSchema).default([]),
});

const destinationSchema = z.strictObject({
  service: nameSchema,
  weight: z.number().int().min(0).max(100).describe('Percent of this route’s requests; the weights of a route add up to 100.'),
});

export const trafficSchema = z.strictObject({
  destinations: z
    .array(destinationSchema)
    .min(1)
    .refine((list) => list.reduce((sum, d) => sum + d.weight, 0) === 100, { message: 'the weights must add up to 100', path: [] })
    .optional(),
  retries: z
    .strictObject({
      attempts: z.number().int().min(0).max(10).describe('Retries after the first try (Istio’s meaning): 3 means up to 4 tries.'),
      per_try_timeout: durationSchema.describe('How long one try may take before the gateway gives up on it.'),
    })
    .optional(),
  fault: z
    .strictObject({
      delay: z.strictObject({ percentage: percentageSchema, fixed_delay: durationSchema }).optional(),
      abort: z.strictObject({ percentage: percentageSchema, http_status: z.number().int().min(400).max(599) }).optional(),
    })
    .optional(),
});

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export const routeSchema = z.strictObject({
  name: nameSchema,
  service: nameSchema.describe('The service that answers, unless traffic.destinations splits the requests.'),
  paths: z.array(pathPrefixSchema).min(1).describe('Path prefixes under /gateway; matched on whole segments, longest first.'),
  methods: z.array(z.enum(METHODS)).min(1).describe('The methods this route accepts; others get 405 with Allow.'),
  traffic: trafficSchema.optional(),
});

export const gatewayConfigSchema = z.strictObject({
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1).describe('Seed of the random choices (canary split, fault percentages): the same seed gives the same run.'),
  services: z.array(serviceSchema).min(1),
  routes: z.array(routeSchema).min(1),
});

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
export type GatewayService = GatewayConfig['services'][number];
export type GatewayRoute = GatewayConfig['routes'][number];
export type GatewayPlugin = GatewayService['plugins'][number];
export type TrafficPolicy = NonNullable<GatewayRoute['traffic']>;
