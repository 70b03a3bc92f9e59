import { createRoute, z } from '@hono/zod-openapi';
import { OAUTH_SCOPES } from '../auth/oauth-scopes';
import type { AuthServer } from '../auth/oauth-server';
import { createRouter } from '../env';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { requestOrigin } from './oauth-form';

/**
 * Discovery: RFC 8414 metadata (where the endpoints are, what the server supports) and the
 * JWKS (RFC 7517) with the public key that verifies every token the sandbox signs.
 * A client configured from these two documents needs no other knowledge of the server.
 */

const tags = ['OAuth'];

const MetadataSchema = z
  .object({
    issuer: z.string().openapi({ example: 'http://127.0.0.1:4010' }),
    authorization_endpoint: z.string(),
    token_endpoint: z.string(),
    jwks_uri: z.string(),
    revocation_endpoint: z.string(),
    introspection_endpoint: z.string(),
    scopes_supported: z.array(z.string()),
    response_types_supported: z.array(z.string()),
    grant_types_supported: z.array(z.string()),
    code_challenge_methods_supported: z.array(z.string()),
    token_endpoint_auth_methods_supported: z.array(z.string()),
    revocation_endpoint_auth_methods_supported: z.array(z.string()),
    introspection_endpoint_auth_methods_supported: z.array(z.string()),
    authorization_response_iss_parameter_supported: z.boolean(),
  })
  .openapi('AuthorizationServerMetadata');

const JwkSchema = z
  .object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string(),
    y: z.string(),
    kid: z.string().openapi({ description: 'Matches the kid in every token header (the key’s RFC 7638 thumbprint).' }),
    alg: z.literal('ES256'),
    use: z.literal('sig'),
  })
  .openapi('JsonWebKey', { description: 'A public key. Never has a d member: private keys are not published.' });

const JwksSchema = z.object({ keys: z.array(JwkSchema) }).openapi('JsonWebKeySet');

const metadataRoute = createRoute({
  method: 'get',
  path: '/.well-known/oauth-authorization-server',
  tags,
  summary: 'Authorization server metadata (RFC 8414)',
  description: 'Discovery for OAuth clients: the URLs of the authorize, token, revocation and introspection endpoints and of the JWKS, and the grant types, scopes, PKCE methods and client authentication methods the server supports.',
  responses: { 200: jsonContent(MetadataSchema, 'Where the endpoints are and what the server supports.'), ...errorResponses('internal_error') },
});

const jwksRoute = createRoute({
  method: 'get',
  path: '/.well-known/jwks.json',
  tags,
  summary: 'The public keys that verify the sandbox’s tokens (JWKS)',
  description: 'The JSON Web Key Set whose public keys verify the signatures of the access tokens this server issues; match a token to its key by the `kid` in the token’s header.',
  responses: { 200: jsonContent(JwksSchema, 'The signing key’s public half.'), ...errorResponses('internal_error') },
});

/** GET /.well-known/oauth-authorization-server and /.well-known/jwks.json. */
export function oauthMetadataRoutes(auth: AuthServer) {
  return createRouter()
    .openapi(metadataRoute, (c) => {
      const origin = requestOrigin(c);
      const none = ['none']; // public clients: PKCE, not a secret, proves who redeems a code
      return c.json(
        {
          issuer: origin,
          authorization_endpoint: `${origin}/oauth/authorize`,
          token_endpoint: `${origin}/oauth/token`,
          jwks_uri: `${origin}/.well-known/jwks.json`,
          revocation_endpoint: `${origin}/oauth/revoke`,
          introspection_endpoint: `${origin}/oauth/introspect`,
          scopes_supported: Object.keys(OAUTH_SCOPES),
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code', 'refresh_token'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: none,
          revocation_endpoint_auth_methods_supported: none,
          introspection_endpoint_auth_methods_supported: none,
          authorization_response_iss_parameter_supported: true,
        },
        200,
      );
    })
    .openapi(jwksRoute, async (c) => {
      const jwks = await auth.keys.jwks();
      return c.json(jwks as z.infer<typeof JwksSchema>, 200, { 'Cache-Control': 'public, max-age=300' });
    });
}
