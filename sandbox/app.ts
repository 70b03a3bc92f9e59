import type { OpenAPIHono } from '@hono/zod-openapi';
import { authenticate } from './auth/authenticate';
import { createRouter, type SandboxEnv } from './env';
import { graphqlRoutes } from './graphql/routes';
import { mountGrpc } from './grpc/mount';
import { serveOpenApi } from './openapi';
import { renderError, toApiError } from './patterns/errors';
import { httpSemantics } from './patterns/http-semantics';
import { API_BASE } from './patterns/links';
import { unmatchedRequest } from './patterns/method-not-allowed';
import { idempotency } from './patterns/idempotency';
import { rateLimit } from './patterns/rate-limit';
import { requestId } from './patterns/request-id';
import { observe } from './observability/middleware';
import { metricsRoutes } from './routes/metrics';
import { logRoutes } from './routes/logs';
import { analyticsRoutes } from './routes/analytics';
import { slaRoutes } from './routes/sla';
import { addressRoutes } from './routes/addresses';
import { batchRoutes } from './routes/batch';
import { orderActionRoutes } from './routes/order-actions';
import { apiKeyRoutes } from './routes/api-keys';
import { meRoutes } from './routes/me';
import { tenantRoutes } from './routes/tenants';
import { tenantProjectRoutes } from './routes/tenants-projects';
import { customerRoutes } from './routes/customers';
import { errorRoutes } from './routes/errors';
import { eventRoutes } from './routes/events';
import { realtimeRoutes } from './routes/events-websocket';
import { notificationRoutes } from './routes/notifications';
import { simulateRoutes } from './routes/simulate';
import { cityRoutes } from './routes/city';
import { cityPorts } from './rides/city-sim-ports';
import { nearbyDriverRoutes } from './routes/drivers-nearby';
import { libraryRoutes } from './routes/library/library';
import { orderItemRoutes } from './routes/order-items';
import { oauthRoutes } from './routes/oauth';
import { oauthToolRoutes } from './routes/oauth-tools';
import { orderRoutes } from './routes/orders';
import { paymentRoutes } from './routes/payments';
import { productRoutes } from './routes/products';
import { sandboxControlRoutes } from './routes/sandbox-control';
import { providerVariantRoutes } from './routes/provider-variants';
import { providerVariantsMiddleware } from './provider-variants/variant-middleware';
import { userRoutes } from './routes/users';
import { sandboxClockRoutes } from './routes/sandbox-clock';
import { useVersioning, versioningRoutes } from './versioning/mount';
import { webhookEndpointRoutes } from './routes/webhooks';
import { riderRoutes } from './routes/riders';
import { driverRoutes } from './routes/drivers';
import { rideRoutes } from './routes/rides';
import { rideActionRoutes } from './routes/rides-actions';
import { webhookDeliveryRoutes } from './routes/webhooks-deliveries';
import { webhookInboxRoutes } from './routes/webhooks-inbox';
import { mountBff } from './bff/mount';
import { deliverDueWebhooks } from './webhooks/deliver-due';
import { gatewayControlRoutes } from './routes/gateway';
import { gatewayProxyRoutes } from './routes/gateway-proxy';
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
  app.use('*', observe(runtime.observability, () => app.routes)); // chapter 11: every request once, into /metrics, the log, analytics and the SLA
  // Who is calling: Authorization → principal on the context; a bad credential is a 401 here, before any route runs.
  // Only the REST API under /api/v1: gRPC checks its own credentials in an interceptor (chapter 4), GraphQL has none.
  app.use(`${API_BASE}/*`, authenticate({ apiKeys: runtime.apiKeys, verifyAccessToken: (token, expected) => runtime.auth.verifyAccessToken(token, expected) }));
  app.use('*', deliverDueWebhooks(runtime.webhooks.dispatcher)); // webhook retries due on the sandbox clock go out before any answer
  app.use(`${API_BASE}/*`, rateLimit(runtime.limiter));
  app.use('*', httpSemantics(() => app.routes)); // OPTIONS on every path; HEAD and 405 are described there
  useVersioning(app, clock, runtime.versioning, runtime.limiter); // chapter 5: version negotiation and deprecation, before the users routes they wrap
  // Idempotency-Key on the POSTs that create or charge (each documents the header); after authentication, as keys belong to the caller.
  const idempotentPost = /^\/api\/v1\/(users|orders|orders\/[^/]+\/(items|pay|ship|deliver|cancel)|payments|batch)$/;
  app.use(`${API_BASE}/*`, idempotency(runtime.idempotency, (path) => idempotentPost.test(path)));
  app.route('/', graphqlRoutes(store, clock, runtime.events, runtime.rides)); // GraphQL at /api/graphql/*; its subscriptions hear order changes on runtime.events

  // chapter 10: the contract lab's deliberate breaking changes to v1 users (off unless switched on)
  for (const path of [`${API_BASE}/users`, `${API_BASE}/users/:id`]) app.use(path, providerVariantsMiddleware(runtime.providerVariants));
  app.route(API_BASE, userRoutes(store, clock));
  app.route(API_BASE, productRoutes(store, clock));
  app.route(API_BASE, orderRoutes(store, clock, runtime));
  app.route(API_BASE, orderActionRoutes(store, clock, runtime)); // POST /orders/{id}/{pay|ship|deliver|cancel}: what _actions link to
  app.route(API_BASE, batchRoutes(store, clock));
  app.route(API_BASE, orderItemRoutes(store));
  app.route(API_BASE, customerRoutes(store, clock));
  app.route(API_BASE, addressRoutes(store, clock));
  app.route(API_BASE, libraryRoutes(store, clock));
  app.route(API_BASE, paymentRoutes(store, clock, runtime));
  app.route(API_BASE, errorRoutes());
  app.route(API_BASE, sandboxControlRoutes(runtime));
  app.route(API_BASE, providerVariantRoutes(runtime.providerVariants));
  // chapter 6: the OAuth authorization server at /.well-known/* and /oauth/*, its token inspector and log under /api/v1/sandbox/
  app.route('/', oauthRoutes(runtime.auth));
  app.route(API_BASE, oauthToolRoutes(runtime.auth));
  // chapter 5: users in v2/v3/negotiated, the chat message example, the version schedule, the sandbox clock
  app.route('/', versioningRoutes(store, clock, runtime.versioning));
  app.route(API_BASE, sandboxClockRoutes(clock, runtime.versioning.time));
  // chapter 6: who am I, API keys, and the tenants' data behind RBAC and tenant isolation
  app.route(API_BASE, meRoutes());
  app.route(API_BASE, apiKeyRoutes(runtime.apiKeys));
  app.route(API_BASE, tenantRoutes());
  app.route(API_BASE, tenantProjectRoutes(runtime.projects, clock));
  app.route(API_BASE, webhookEndpointRoutes(runtime.webhooks, clock));
  app.route(API_BASE, webhookDeliveryRoutes(runtime.webhooks));
  app.route(API_BASE, webhookInboxRoutes(runtime.webhooks));
  // real-time feed: polling, long polling, SSE, the WebSocket's plain-HTTP 426, the courier simulation (all read runtime.events)
  app.route(API_BASE, eventRoutes(store, runtime, clock));
  app.route(API_BASE, notificationRoutes(store, runtime, clock));
  app.route(API_BASE, realtimeRoutes());
  app.route(API_BASE, simulateRoutes(store, runtime));
  // chapter 12: the ride-sharing capstone (riders, drivers, rides and their lifecycle steps)
  app.route(API_BASE, riderRoutes(runtime.rides));
  app.route(API_BASE, nearbyDriverRoutes(() => runtime.rides.drivers.all())); // before driverRoutes: /drivers/{id} would take "nearby" for an id
  app.route(API_BASE, driverRoutes(runtime.rides, runtime.events));
  app.route(API_BASE, rideRoutes(runtime, clock));
  app.route(API_BASE, rideActionRoutes(runtime, clock));
  app.route(API_BASE, cityRoutes(runtime.city)); // chapter 12: start, pause and speed up the simulated city
  mountBff(app, store, clock, runtime); // chapter 9: /api/mobile/v1, /api/web/v1 and /api/partners/v1 dashboards over simulated services
  mountGrpc(app, store, clock); // gRPC / Connect at /api/grpc/*, call log at /api/v1/sandbox/grpc-calls
  // chapter 11: Prometheus metrics at /metrics; the request log, usage analytics and SLA under /api/v1/sandbox/
  app.route('/', metricsRoutes(runtime.observability));
  app.route(API_BASE, logRoutes(runtime.observability));
  app.route(API_BASE, analyticsRoutes(runtime.observability));
  app.route(API_BASE, slaRoutes(runtime.observability));
  // chapter 9: the API gateway at /gateway/*, in front of this same app; its document and stats under /api/v1/sandbox/gateway/
  app.route(API_BASE, gatewayControlRoutes(runtime.gateway));
  app.route('/', gatewayProxyRoutes(runtime.gateway, clock, (token, expected) => runtime.auth.verifyAccessToken(token, expected), (request) => Promise.resolve(app.fetch(request))));
  serveOpenApi(app);

  app.notFound((c) => renderError(c, unmatchedRequest(app.routes, c.req.method, c.req.path)));
  app.onError((error, c) => renderError(c, toApiError(error)));
  runtime.webhooks.dispatcher.connect((request) => Promise.resolve(app.fetch(request))); // deliveries to the sandbox's own URLs are answered by this app
  // chapter 12: the simulated city's drivers report and accept through the API's own routes
  const cityDriverRouter = driverRoutes(runtime.rides, runtime.events);
  runtime.city.connect(cityPorts(runtime.rides, (request) => Promise.resolve(cityDriverRouter.fetch(request)), (request) => Promise.resolve(app.fetch(request))));
  return app;
}
