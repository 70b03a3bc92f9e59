import { ERROR_CODES, type ErrorCode } from './errors';
import { API_BASE } from './links';
import { DEMO_API_KEYS, RATE_LIMIT_EXEMPT_PREFIX, RATE_LIMIT_TIERS, windowSeconds, type Tier } from './rate-limit';

/**
 * The rate limiter is middleware, so no route declares what it adds. This documents it
 * in /openapi.json for every operation it guards: the optional X-API-Key, the 401 and
 * 429 it may answer, and the rate-limit headers on every response.
 */

type Json = Record<string, any>;

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const tierList = (Object.keys(RATE_LIMIT_TIERS) as Tier[])
  .map((tier) => `${tier}: ${RATE_LIMIT_TIERS[tier].capacity} requests per ${windowSeconds(tier)} s`)
  .join('; ');

const HEADERS: Json = {
  'X-RateLimit-Limit': { description: 'The bucket’s capacity: the largest burst this client may send.', schema: { type: 'integer', example: 10 } },
  'X-RateLimit-Remaining': { description: 'Requests left in the bucket after this one.', schema: { type: 'integer', example: 7 } },
  'X-RateLimit-Reset': {
    description: 'Seconds until the bucket is full again (a delta, not a timestamp; 0 when full).',
    schema: { type: 'integer', example: 18 },
  },
  'RateLimit-Policy': {
    description: `The client’s quota as an IETF structured field (draft-ietf-httpapi-ratelimit-headers): policy name, quota q, window w in seconds. Tiers: ${tierList}.`,
    schema: { type: 'string', example: '"free";q=10;w=60' },
  },
  RateLimit: {
    description: 'Where the client stands, as an IETF structured field: policy name, remaining r, and t seconds until the next request is earned back.',
    schema: { type: 'string', example: '"free";r=7;t=6' },
  },
};

const RETRY_AFTER = { description: 'Seconds to wait before the next request.', schema: { type: 'string', example: '6' } };
const WWW_AUTHENTICATE = { description: 'How to authenticate: an API key.', schema: { type: 'string', example: 'ApiKey realm="sandbox"' } };

const headerRefs = Object.fromEntries(Object.keys(HEADERS).map((name) => [name, { $ref: `#/components/headers/${name}` }]));

function errorResponse(code: ErrorCode, extraHeaders: Json): Json {
  return {
    description: `${ERROR_CODES[code].title} (\`${code}\`)`,
    headers: { ...headerRefs, ...extraHeaders },
    content: {
      'application/json': { schema: { $ref: '#/components/schemas/Error' } },
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
    },
  };
}

/**
 * Adds the rate limiter's headers, security scheme and 401/429 responses to an OpenAPI document (in place).
 * `alsoLimited` names the paths outside /api/v1 that the limiter guards too (chapter 5's other versions).
 */
export function documentRateLimits<D extends object>(document: D, alsoLimited: (path: string) => boolean = () => false): D {
  const doc = document as Json;
  doc.components ??= {};
  doc.components.headers = { ...doc.components.headers, ...HEADERS, 'Retry-After': RETRY_AFTER };
  doc.components.securitySchemes = {
    ...doc.components.securitySchemes,
    ApiKey: {
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
      description: `Optional. Without a key you are the anonymous client. Demo keys: ${Object.entries(DEMO_API_KEYS)
        .map(([key, tier]) => `${key} (${tier} tier)`)
        .join(', ')}. An unknown key is refused with 401.`,
    },
    // Set by the authenticate middleware (sandbox/auth/authenticate.ts), not the limiter; declared here so that
    // every operation lists both ways in, and Scalar can send either.
    Bearer: {
      type: 'http',
      scheme: 'bearer',
      description: 'Optional on the open teaching API, required on tenant routes: an OAuth access token (JWT from /oauth/token) or an API key (`wbk_live_…` from /api/v1/api-keys).',
    },
  };

  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    const underV1 = path.startsWith(`${API_BASE}/`);
    if (underV1 && path.startsWith(RATE_LIMIT_EXEMPT_PREFIX)) {
      documentBearerOnly(item);
      continue;
    }
    if (!underV1 && !alsoLimited(path)) continue;
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      // A route may already declare its own 401s (authentication_required, invalid_token): keep them named.
      const declared = operation.responses['401'];
      // Either no credentials (anonymous) or an API key; a route that refuses anonymous callers
      // (it declares `authentication_required`) needs a Bearer credential, and says so, so that
      // clients and tests can tell the open teaching API from the tenant routes.
      // Bearer tokens are read only under /api/v1 (the authenticate middleware); elsewhere the limiter reads X-API-Key.
      const needsCredentials = String(declared?.description ?? '').includes('`authentication_required`');
      operation.security = needsCredentials ? [{ Bearer: [] }] : underV1 ? [{}, { ApiKey: [] }, { Bearer: [] }] : [{}, { ApiKey: [] }];
      for (const response of Object.values<Json>(operation.responses)) {
        response.headers = { ...response.headers, ...headerRefs };
      }
      operation.responses['401'] = errorResponse('invalid_api_key', { 'WWW-Authenticate': WWW_AUTHENTICATE });
      if (declared) operation.responses['401'].description = `${declared.description}; ${operation.responses['401'].description}`;
      operation.responses['429'] = errorResponse('rate_limit_exceeded', { 'Retry-After': { $ref: '#/components/headers/Retry-After' } });
    }
  }
  return document;
}

// The sandbox's own controls are not rate limited (so X-API-Key is not read there), but the authenticate
// middleware runs on all of /api/v1: a Bearer credential is optional and, when it fails, answers 401.
function documentBearerOnly(item: Json): void {
  for (const [method, operation] of Object.entries<Json>(item)) {
    if (!HTTP_METHODS.has(method)) continue;
    operation.security = [{}, { Bearer: [] }];
    const declared = operation.responses['401'];
    // Without the rate-limit headers: the limiter does not run here.
    const { description, content } = errorResponse('invalid_token', {});
    operation.responses['401'] = { description: declared ? `${declared.description}; ${description}` : description, content };
  }
}
