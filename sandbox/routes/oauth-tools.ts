import { createRoute, z } from '@hono/zod-openapi';
import { OAUTH_LOG_CAPACITY } from '../auth/oauth-log';
import type { AuthServer } from '../auth/oauth-server';
import { inspectToken } from '../auth/token-inspect';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { requestOrigin } from './oauth-form';

/**
 * Teaching tools under /api/v1/sandbox/: the token inspector's verdict on any token, and
 * the OAuth log the flow visualiser draws and the pkce-client grader reads.
 */

const tags = ['Sandbox'];

const InspectRequestSchema = z
  .strictObject({ token: z.string().max(16_384).openapi({ description: 'Any text; a JWT to be judged as an access token of this sandbox.', example: 'eyJhbGciOiJFUzI1NiIs…' }) })
  .openapi('TokenInspectRequest');

const CheckSchema = z.object({
  name: z.enum(['signature', 'algorithm', 'type', 'expiry', 'not_before', 'issuer', 'audience', 'revocation']),
  ok: z.boolean(),
  detail: z.string().openapi({ description: 'What was found, and for a failure, why it matters.' }),
});

const InspectionSchema = z
  .object({
    header: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The decoded header, or null when it could not be read.' }),
    claims: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The decoded payload, or null when it could not be read.' }),
    checks: z.array(CheckSchema).openapi({ description: 'Every check the API makes, each with its own verdict.' }),
    accepted: z.boolean().openapi({ description: 'Whether the API would accept this token now (the API’s own verification, not a re-implementation).' }),
    verdict: z.string().nullable().openapi({ description: 'Why the API refuses it, or null.' }),
  })
  .openapi('TokenInspection');

const LogEntrySchema = z
  .object({
    at: z.iso.datetime().openapi({ description: 'On the sandbox clock.' }),
    step: z.enum(['authorize', 'decision', 'token', 'refresh', 'revoke', 'introspect']),
    client_id: z.string().nullable(),
    outcome: z.string().openapi({ description: 'ok, or the error: invalid_grant, access_denied, refresh_token_reuse, …', example: 'ok' }),
    detail: z.string(),
  })
  .openapi('OAuthLogEntry');

const LogSchema = z
  .object({
    data: z.array(LogEntrySchema).openapi({ description: 'Newest first.' }),
    meta: z.object({ count: z.int().min(0), capacity: z.int().min(1).openapi({ example: OAUTH_LOG_CAPACITY }) }),
  })
  .openapi('OAuthLog');

const inspectRoute = createRoute({
  method: 'post',
  path: '/sandbox/tokens/inspect',
  tags,
  summary: 'Inspect a token: header, claims, and every check the API makes',
  description: 'Never fails on a malformed token: the checks say where it broke. Not rate limited: this route controls the sandbox itself.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(InspectRequestSchema) },
  responses: {
    200: jsonContent(InspectionSchema, 'The token taken apart and judged.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getLog = createRoute({
  method: 'get',
  path: '/sandbox/oauth-log',
  tags,
  summary: 'List the OAuth flow’s steps',
  description: 'Every authorization request, decision, token exchange, refresh, revocation and introspection, newest first. No secrets are logged.',
  responses: { 200: jsonContent(LogSchema, 'The most recent steps, newest first.'), ...errorResponses('internal_error') },
});

const clearLog = createRoute({
  method: 'delete',
  path: '/sandbox/oauth-log',
  tags,
  summary: 'Clear the OAuth log',
  description: 'Empties the log of OAuth requests that the auth lab shows. It changes no token, client or grant.',
  responses: { 204: { description: 'The log is empty.' }, ...errorResponses('internal_error') },
});

/** POST /sandbox/tokens/inspect and GET/DELETE /sandbox/oauth-log, to mount under /api/v1. */
export function oauthToolRoutes(auth: AuthServer) {
  return createRouter()
    .openapi(inspectRoute, async (c) => c.json(await inspectToken(auth, c.req.valid('json').token, requestOrigin(c)), 200))
    .openapi(getLog, (c) => {
      const data = auth.log.entries();
      return c.json({ data, meta: { count: data.length, capacity: OAUTH_LOG_CAPACITY } }, 200);
    })
    .openapi(clearLog, (c) => {
      auth.log.clear();
      return c.body(null, 204);
    });
}
