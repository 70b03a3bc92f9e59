import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { tokenRequest } from '../auth/oauth-grants';
import { introspect, revoke } from '../auth/oauth-revocation';
import type { AuthServer } from '../auth/oauth-server';
import { createRouter } from '../env';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { NO_STORE, readForm, requestOrigin } from './oauth-form';
import { OAuthErrorSchema, TokenResponseSchema, formSchema } from './oauth-schemas';

/**
 * POST /oauth/token (RFC 6749 §4.1.3, §6), /oauth/revoke (RFC 7009), /oauth/introspect (RFC 7662).
 * Form bodies in, RFC 6749 §5.2 errors out; the rules live in sandbox/auth/oauth-grants.ts.
 */

const tags = ['OAuth'];
const FORM = 'application/x-www-form-urlencoded';

const oauthError = (description: string) => ({ description, content: { 'application/json': { schema: OAuthErrorSchema } } });

const tokenRoute = createRoute({
  method: 'post',
  path: '/oauth/token',
  tags,
  summary: 'Exchange a code, or a refresh token, for tokens',
  description:
    'grant_type=authorization_code (code, redirect_uri, client_id, code_verifier) or grant_type=refresh_token (refresh_token, client_id, optional narrower scope). ' +
    'Codes and refresh tokens work once: a code used twice revokes the tokens it bought, a refresh token used twice revokes its whole family.',
  request: {
    body: {
      required: true,
      content: {
        [FORM]: {
          schema: formSchema(
            {
              grant_type: 'authorization_code or refresh_token',
              client_id: 'The public client’s id',
              code: 'authorization_code: the code from the redirect',
              redirect_uri: 'authorization_code: the same redirect_uri as in the authorization request',
              code_verifier: 'authorization_code: the PKCE verifier (43–128 characters) whose S256 hash was the code_challenge',
              refresh_token: 'refresh_token: the latest refresh token',
              scope: 'refresh_token: optionally, fewer scopes than granted',
            },
            ['grant_type', 'client_id'],
          ),
        },
      },
    },
  },
  responses: {
    200: { ...jsonContent(TokenResponseSchema, 'New tokens (Cache-Control: no-store).') },
    400: oauthError('invalid_request, invalid_grant, unsupported_grant_type or invalid_scope (RFC 6749 §5.2).'),
    401: oauthError('invalid_client: the client_id is not registered.'),
    ...errorResponses('unsupported_media_type', 'internal_error'),
  },
});

const revokeRoute = createRoute({
  method: 'post',
  path: '/oauth/revoke',
  tags,
  summary: 'Revoke a token (RFC 7009)',
  description: 'A refresh token revokes its whole family (every token of that sign-in); an access token revokes itself. Unknown or invalid tokens also get 200, so the answer reveals nothing.',
  request: {
    body: {
      required: true,
      content: { [FORM]: { schema: formSchema({ token: 'The token to revoke', token_type_hint: 'access_token or refresh_token (optional)', client_id: 'The client the token was issued to' }, ['token']) } },
    },
  },
  responses: {
    200: { description: 'Revoked, or was not valid anyway.' },
    400: oauthError('invalid_request: the token parameter is missing.'),
    401: oauthError('invalid_client: the client_id is not registered.'),
    ...errorResponses('unsupported_media_type', 'internal_error'),
  },
});

const IntrospectionSchema = z
  .object({
    active: z.boolean().openapi({ description: 'Whether the token is valid now. When false, nothing else is said: the reason is not for the caller.' }),
    scope: z.string().optional(),
    client_id: z.string().optional(),
    username: z.string().optional().openapi({ example: 'ada' }),
    token_type: z.string().optional().openapi({ description: 'Bearer for access tokens, refresh_token for refresh tokens.' }),
    exp: z.int().optional(),
    iat: z.int().optional(),
    nbf: z.int().optional(),
    sub: z.string().optional(),
    aud: z.string().optional(),
    iss: z.string().optional(),
    jti: z.string().optional(),
    tid: z.string().optional().openapi({ description: 'The tenant.' }),
    sid: z.string().optional().openapi({ description: 'The refresh family (sign-in).' }),
  })
  .openapi('TokenIntrospection');

const introspectRoute = createRoute({
  method: 'post',
  path: '/oauth/introspect',
  tags,
  summary: 'Ask whether a token is active (RFC 7662)',
  description: 'Open to any caller in the sandbox, for teaching; a real server requires the caller to authenticate, or anybody could test stolen tokens.',
  request: {
    body: { required: true, content: { [FORM]: { schema: formSchema({ token: 'The token to look at', token_type_hint: 'access_token or refresh_token (optional)' }, ['token']) } } },
  },
  responses: {
    200: jsonContent(IntrospectionSchema, 'active:true with the token’s claims, or just active:false.'),
    400: oauthError('invalid_request: the token parameter is missing.'),
    ...errorResponses('unsupported_media_type', 'internal_error'),
  },
});

type OAuthFailure = { status: 400 | 401; error: 'invalid_request' | 'invalid_client'; description: string };

function fail(c: Context, failure: OAuthFailure) {
  return c.json({ error: failure.error, error_description: failure.description }, failure.status, NO_STORE);
}

/** POST /oauth/token, /oauth/revoke, /oauth/introspect. */
export function oauthTokenRoutes(auth: AuthServer) {
  return createRouter()
    .openapi(tokenRoute, async (c) => {
      const form = await readForm(c, 'POST /oauth/token');
      if (form.repeated) return fail(c, { status: 400, error: 'invalid_request', description: `${form.repeated} is sent more than once; each parameter may appear once (RFC 6749 §3.2)` });
      const outcome = await tokenRequest(auth, form.params, requestOrigin(c));
      if (!outcome.ok) return c.json({ error: outcome.error, error_description: outcome.description }, outcome.status, NO_STORE);
      const { sid: _sid, ...tokens } = outcome.tokens;
      return c.json(tokens, 200, NO_STORE);
    })
    .openapi(revokeRoute, async (c) => {
      const form = await readForm(c, 'POST /oauth/revoke');
      const failure = await revoke(auth, form.params, requestOrigin(c));
      return failure ? fail(c, failure) : c.body(null, 200, NO_STORE);
    })
    .openapi(introspectRoute, async (c) => {
      const form = await readForm(c, 'POST /oauth/introspect');
      const answer = await introspect(auth, form.params, requestOrigin(c));
      return 'failure' in answer ? fail(c, answer.failure) : c.json(answer.body, 200, NO_STORE);
    });
}
