import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter, type SandboxEnv } from '../env';
import { rateLimit } from '../patterns/rate-limit';
import type { TokenBuckets } from '../patterns/token-bucket';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';
import { chatRoutes } from './chat-routes';
import { deprecationLifecycle } from './deprecation';
import { versionNegotiation } from './negotiate';
import { versionedUserRoutes } from './users-routes';
import type { Versioning } from './versioning';
import { versionScheduleRoutes } from './versions-route';

/**
 * Where chapter 5 plugs into the app. Middleware must be registered before the routes it
 * wraps (Hono runs handlers in registration order), so this is split in two calls.
 */

/** Paths that answer in a negotiated version: the users resource in every version, and the chat methods. */
const VERSIONED_PATHS = ['/api/v1/users', '/api/v1/users/:id', '/api/v2/*', '/api/v3/*', '/api/users', '/api/users/:id', '/api/v1/chat.postMessage', '/api/v1/conversations.history'];
/** Paths whose users representation may be v1, the version being retired. */
const USERS_PATHS = ['/api/v1/users', '/api/v1/users/:id', '/api/users', '/api/users/:id'];
/** The API outside /api/v1 is the same API: the same buckets limit it. */
export const LIMITED_PATHS = ['/api/v2/*', '/api/v3/*', '/api/users', '/api/users/*'];

/**
 * Version negotiation, the deprecation lifecycle and rate limits for the versioned paths.
 * Call before the v1 users routes are mounted.
 */
export function useVersioning(app: OpenAPIHono<SandboxEnv>, clock: Clock, versioning: Versioning, limiter: TokenBuckets): void {
  for (const path of LIMITED_PATHS) app.use(path, rateLimit(limiter));
  for (const path of VERSIONED_PATHS) app.use(path, versionNegotiation());
  for (const path of USERS_PATHS) app.use(path, deprecationLifecycle('users', clock, () => versioning.time.startedAt()));
}

/** The routes of chapter 5: users in v2, v3 and negotiated, the chat methods, the version schedule. Mount at '/'. */
export function versioningRoutes(store: Store, clock: Clock, versioning: Versioning) {
  return createRouter()
    .route('/api', versionedUserRoutes(store, clock, versioning.users))
    .route('/api', chatRoutes(versioning.messages))
    .route('/api/v1', versionScheduleRoutes(clock, versioning.time));
}
