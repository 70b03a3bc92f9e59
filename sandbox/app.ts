import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRouter, type SandboxEnv } from './env';
import { graphqlRoutes } from './graphql/routes';
import { mountGrpc } from './grpc/mount';
import { serveOpenApi } from './openapi';
import { renderError, toApiError } from './patterns/errors';
import { httpSemantics } from './patterns/http-semantics';
import { API_BASE } from './patterns/links';
import { unmatchedRequest } from './patterns/method-not-allowed';
import { rateLimit } from './patterns/rate-limit';
import { requestId } from './patterns/request-id';
import { addressRoutes } from './routes/addresses';
import { customerRoutes } from './routes/customers';
import { errorRoutes } from './routes/errors';
import { libraryRoutes } from './routes/library/library';
import { orderItemRoutes } from './routes/order-items';
import { orderRoutes } from './routes/orders';
import { paymentRoutes } from './routes/payments';
import { productRoutes } from './routes/products';
import { sandboxControlRoutes } from './routes/sandbox-control';
import { userRoutes } from './routes/users';
import { createRuntime, type Runtime } from './services/runtime';
import type { Clock } from './store/clock';
import type { Store } from './store/store';

/**
 * The sandbox app: cross-cutting patterns as middleware, one router per domain,
 * the OpenAPI document, and the one error path for everything that goes wrong.
 * Later chapters add patterns (auth, rate limits, idempotency) as more `use` lines.
 */
export function createApp(store: Store, clock: Clock, runtime: Runtime = createRuntime(store, clock)): OpenAPIHono<SandboxEnv> {
  const app = createRouter();

  app.use('*', requestId());
  app.use(`${API_BASE}/*`, rateLimit(runtime.limiter));
  app.use('*', httpSemantics(() => app.routes)); // OPTIONS on every path; HEAD and 405 are described there
  app.route('/', graphqlRoutes(store, clock)); // GraphQL at /api/graphql/*; before the orders routes, whose writes feed its subscriptions

  app.route(API_BASE, userRoutes(store, clock));
  app.route(API_BASE, productRoutes(store, clock));
  app.route(API_BASE, orderRoutes(store, clock));
  app.route(API_BASE, orderItemRoutes(store));
  app.route(API_BASE, customerRoutes(store, clock));
  app.route(API_BASE, addressRoutes(store, clock));
  app.route(API_BASE, libraryRoutes(store, clock));
  app.route(API_BASE, paymentRoutes(store, clock, runtime));
  app.route(API_BASE, errorRoutes());
  app.route(API_BASE, sandboxControlRoutes(runtime));
  mountGrpc(app, store, clock); // gRPC / Connect at /api/grpc/*, call log at /api/v1/sandbox/grpc-calls
  serveOpenApi(app);

  app.notFound((c) => renderError(c, unmatchedRequest(app.routes, c.req.method, c.req.path)));
  app.onError((error, c) => renderError(c, toApiError(error)));
  return app;
}
