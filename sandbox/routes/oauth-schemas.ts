import { z } from '@hono/zod-openapi';
import { OAUTH_SCOPES } from '../auth/oauth-scopes';

/** Schemas of the OAuth endpoints, for /openapi.json and for validating the JSON ones. */

export const OAuthErrorSchema = z
  .object({
    error: z
      .enum(['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope'])
      .openapi({ description: 'The RFC 6749 §5.2 error code.' }),
    error_description: z.string().openapi({ description: 'What is wrong, for the developer.', example: 'the code was already used; codes are single use, and the tokens issued with it are now revoked' }),
  })
  .openapi('OAuthError', { description: 'An OAuth error (RFC 6749 §5.2). The OAuth endpoints use this standard shape instead of the sandbox’s Error envelope.' });

export const TokenResponseSchema = z
  .object({
    access_token: z.string().openapi({ description: 'A JWT (typ at+jwt) for Authorization: Bearer on /api.' }),
    token_type: z.literal('Bearer'),
    expires_in: z.int().openapi({ description: 'Seconds the access token lives.', example: 900 }),
    refresh_token: z.string().openapi({ description: 'A JWT (typ rt+jwt), single use: each refresh returns a new one.' }),
    scope: z.string().openapi({ description: 'The granted scopes, space-separated.', example: 'orders:read projects:read' }),
  })
  .openapi('TokenResponse');

const scopeList = Object.keys(OAUTH_SCOPES).join(', ');

/** A form body's schema: documents the fields (the handlers check them, answering RFC 6749 errors). */
export function formSchema(fields: Record<string, string>, required: string[]) {
  return {
    type: 'object' as const,
    properties: Object.fromEntries(Object.entries(fields).map(([name, description]) => [name, { type: 'string' as const, description }])),
    required,
  };
}

export const AuthorizationRequestSchema = z
  .object({
    id: z.string().openapi({ example: 'azr_q2Yl0d4w8K1mXgP1bXv7Ow' }),
    client_id: z.string().openapi({ example: 'pkce-exercise' }),
    client_name: z.string().openapi({ example: 'PKCE client exercise' }),
    scopes: z.array(z.object({ name: z.string(), description: z.string() })).openapi({ description: `Requested scopes; possible: ${scopeList}.` }),
    redirect_uri_host: z.string().openapi({ description: 'Where the answer will go, for the user to judge.', example: 'client.example' }),
    expires_at: z.iso.datetime().openapi({ description: 'When the request lapses (10 minutes after it was made).' }),
  })
  .openapi('AuthorizationRequest');

export const DecisionSchema = z
  .strictObject({
    request: z.string().min(1).max(100).openapi({ description: 'The azr_ id from /consent?request=…', example: 'azr_q2Yl0d4w8K1mXgP1bXv7Ow' }),
    login: z.string().max(100).openapi({ example: 'ada' }),
    password: z.string().max(1024).openapi({ example: 'analytical-engine' }),
    approve: z.boolean().openapi({ description: 'true to sign in and allow, false to decline (login and password are then ignored).' }),
  })
  .openapi('AuthorizationDecision');

export const DecisionResultSchema = z
  .object({
    redirect_to: z.string().openapi({ description: 'The client’s redirect URI with code and state, or error=access_denied and state.', example: 'https://client.example/callback?code=…&state=xyz&iss=http%3A%2F%2F127.0.0.1%3A4010' }),
  })
  .openapi('AuthorizationDecisionResult');
