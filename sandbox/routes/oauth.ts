import type { AuthServer } from '../auth/oauth-server';
import { createRouter } from '../env';
import { oauthAuthorizeRoutes } from './oauth-authorize';
import { oauthMetadataRoutes } from './oauth-metadata';
import { oauthTokenRoutes } from './oauth-token';

/**
 * The authorization server's own paths, at the origin's root as OAuth clients expect them:
 * /.well-known/* for discovery and /oauth/* for the flow. (Its teaching tools live under
 * /api/v1/sandbox/, see oauth-tools.ts.)
 */
export function oauthRoutes(auth: AuthServer) {
  return createRouter().route('/', oauthMetadataRoutes(auth)).route('/', oauthAuthorizeRoutes(auth)).route('/', oauthTokenRoutes(auth));
}
