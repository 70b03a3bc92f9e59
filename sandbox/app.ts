import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter, type SandboxEnv } from './env';
import { serveOpenApi } from './openapi';
import { renderError, toApiError } from './patterns/errors';
import { API_BASE } from './patterns/links';
import { unmatchedRequest } from './patterns/method-not-allowed';
import { requestId } from './patterns/request-id';
import { orderRoutes } from './routes/orders';
import { productRoutes } from './routes/products';
import { userRoutes } from './routes/users';
import type { Clock } from './store/clock';
import type { Store } from './store/store';

/**
 * The sandbox app: cross-cutting patterns as middleware, one router per domain,
 * the OpenAPI document, and the one error path for everything that goes wrong.
 * Later chapters add patterns (auth, rate limits, idempotency) as more `use` lines.
 */
export function createApp(store: Store, clock: Clock): OpenAPIHono<SandboxEnv> {
  const app = createRouter();

  app.use('*', requestId());

  app.route(API_BASE, userRoutes(store, clock));
  app.route(API_BASE, productRoutes(store, clock));
  app.route(API_BASE, orderRoutes(store, clock));
  serveOpenApi(app);

  app.notFound((c) => renderError(c, unmatchedRequest(app.routes, c.req.method, c.req.path)));
  app.onError((error, c) => renderError(c, toApiError(error)));
  return app;
}
