import { createRoute, z } from '@hono/zod-openapi';
import { authorize, decide, pendingRequest } from '../auth/oauth-authorize';
import { findClient } from '../auth/oauth-clients';
import { describeScopes } from '../auth/oauth-scopes';
import type { AuthServer } from '../auth/oauth-server';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { NO_STORE, requestOrigin } from './oauth-form';
import { AuthorizationRequestSchema, DecisionResultSchema, DecisionSchema } from './oauth-schemas';

/**
 * The authorization endpoint and the consent page's two calls. The browser arrives at
 * GET /oauth/authorize, is sent to the app's /consent page (never a page under a sandbox
 * path: the service worker would answer it), which reads the request and posts the decision.
 */

const tags = ['OAuth'];

const query = (name: string, description: string, required = false, example?: string) => ({ name, in: 'query' as const, required, description, schema: { type: 'string' as const, ...(example && { example }) } });

const authorizeRoute = createRoute({
  method: 'get',
  path: '/oauth/authorize',
  tags,
  summary: 'Start an authorization code flow with PKCE',
  description:
    'RFC 6749 §4.1.1 with RFC 7636. An unknown client or unregistered redirect_uri is answered here (400), never redirected. Other problems redirect to the ' +
    'redirect_uri with error, error_description and state. A valid request redirects the browser to the consent page.',
  parameters: [
    query('response_type', 'Must be code.', true, 'code'),
    query('client_id', 'workbench-lab or pkce-exercise.', true, 'pkce-exercise'),
    query('redirect_uri', 'Exactly as registered for the client.', true, 'https://client.example/callback'),
    query('scope', 'Space-separated scopes, e.g. orders:read projects:read.', true, 'orders:read'),
    query('state', 'Opaque value returned unchanged with the answer; ties it to the request the client made.', false, 'af0ifjsldkj'),
    query('code_challenge', 'BASE64URL(SHA-256(code_verifier)), 43 characters.', true, 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'),
    query('code_challenge_method', 'Must be S256 (plain is refused).', true, 'S256'),
  ],
  responses: {
    302: {
      description: 'To /consent?request=azr_… (valid request) or to the redirect_uri with error, error_description, state and iss.',
      headers: z.object({ Location: z.string().openapi({ example: '/consent?request=azr_q2Yl0d4w8K1mXgP1bXv7Ow' }) }),
    },
    ...errorResponses('invalid_oauth_client', 'invalid_redirect_uri', 'internal_error'),
  },
});

const requestRoute = createRoute({
  method: 'get',
  path: '/oauth/authorize/requests/{id}',
  tags,
  summary: 'Read a pending authorization request (for the consent page)',
  description: 'What the consent page shows: which client asks for which scopes, and until when the user may approve or decline. Requests expire quickly and answer 404 afterwards.',
  request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'azr_q2Yl0d4w8K1mXgP1bXv7Ow' }) }) },
  responses: {
    200: jsonContent(AuthorizationRequestSchema, 'Who asks for what, and until when the user may answer.'),
    ...errorResponses('authorization_request_not_found', 'internal_error'),
  },
});

const decisionRoute = createRoute({
  method: 'post',
  path: '/oauth/authorize/decision',
  tags,
  summary: 'Sign in and approve or decline a pending request',
  description: 'Approve with the right login and password → a single-use code (60 s) on the redirect URI. Wrong password → 401; the request stays pending (5 attempts).',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(DecisionSchema) },
  responses: {
    200: jsonContent(DecisionResultSchema, 'Where to send the browser: the client’s redirect URI with the answer.'),
    ...errorResponses('invalid_json', 'invalid_credentials', 'authorization_request_not_found', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

/** GET /oauth/authorize, GET /oauth/authorize/requests/{id}, POST /oauth/authorize/decision. */
export function oauthAuthorizeRoutes(auth: AuthServer) {
  return createRouter()
    .openapi(authorizeRoute, (c) => {
      const { redirect } = authorize(auth, new URL(c.req.url).searchParams, requestOrigin(c));
      return c.body(null, 302, { Location: redirect, 'Cache-Control': 'no-store' });
    })
    .openapi(requestRoute, (c) => {
      const request = pendingRequest(auth, c.req.valid('param').id);
      const client = findClient(request.clientId)!;
      return c.json(
        {
          id: request.id,
          client_id: client.id,
          client_name: client.name,
          scopes: describeScopes(request.scope),
          redirect_uri_host: new URL(request.redirectUri).host,
          expires_at: new Date(request.expiresAt).toISOString(),
        },
        200,
      );
    })
    .openapi(decisionRoute, async (c) => c.json(await decide(auth, c.req.valid('json')), 200, NO_STORE));
}
