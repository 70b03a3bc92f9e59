import type { OpenAPIHono } from '@hono/zod-openapi';
import { authenticate } from '../auth/authenticate';
import type { SandboxEnv } from '../env';
import { API_BASE } from '../patterns/links';
import { bffRoutes } from '../routes/bff';
import { bffUpstreamRoutes } from '../routes/bff-upstreams';
import type { Runtime } from '../services/runtime';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';

/** The prefixes the BFFs answer under: one per kind of client, each with its own version. */
export const BFF_PREFIXES = ['/api/mobile', '/api/web', '/api/partners'] as const;

/**
 * Mounts chapter 9's BFFs. They live outside /api/v1, so the app's authentication does not
 * reach them: the same middleware runs here, so a bad token is a 401 and a good one chooses
 * whose dashboard it is.
 */
export function mountBff(app: OpenAPIHono<SandboxEnv>, store: Store, clock: Clock, runtime: Runtime): void {
  const verifyAccessToken = (token: string, expected: { issuer: string; audience: string }) => runtime.auth.verifyAccessToken(token, expected);
  for (const prefix of BFF_PREFIXES) app.use(`${prefix}/*`, authenticate({ apiKeys: runtime.apiKeys, verifyAccessToken }));
  app.route('/', bffRoutes(store, clock, runtime.bff));
  app.route(API_BASE, bffUpstreamRoutes(runtime.bff));
}
