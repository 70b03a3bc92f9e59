import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SandboxEnv } from '../env';
import { API_BASE } from '../patterns/links';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';
import { CallLog } from './call-log';
import { grpcCallLogRoutes } from './call-log-route';
import { createGrpcHandler } from './handler';

/** Where the gRPC procedures live; under /api/ so all three doors (MSW browser, msw/node, HTTP) pass it on. */
export const GRPC_PREFIX = '/api/grpc';

/**
 * Adds the gRPC door to the sandbox app: `/api/grpc/user.v1.UserService/<Method>` over
 * the same store as /api/v1/users, and its call log at /api/v1/sandbox/grpc-calls.
 * @example mountGrpc(app, store, clock);
 */
export function mountGrpc(app: OpenAPIHono<SandboxEnv>, store: Store, clock: Clock): void {
  const log = new CallLog();
  const handle = createGrpcHandler({ store, clock, log, prefix: GRPC_PREFIX });
  app.all(`${GRPC_PREFIX}/*`, (c) => handle(c.req.raw));
  app.route(API_BASE, grpcCallLogRoutes(log));
}
