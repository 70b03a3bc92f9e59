import { createConnectRouter } from '@connectrpc/connect';
import { createFetchHandler } from '@connectrpc/connect/protocol';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';
import type { CallLog } from './call-log';
import { UserService } from './gen/user/v1/user_pb';
import { authInterceptor } from './interceptors/auth';
import { internalErrorInterceptor } from './interceptors/internal-errors';
import { loggingInterceptor } from './interceptors/logging';
import { createUserService } from './user-service';

/**
 * The gRPC door inside the sandbox: a Fetch handler (Request → Response) built from
 * Connect's router, so it runs wherever the sandbox runs — MSW in the browser,
 * msw/node in tests, the HTTP server. It speaks the Connect protocol and gRPC-Web,
 * each in binary (proto) and JSON. Native gRPC is off: it needs HTTP/2 trailers,
 * which a Fetch Response cannot carry and a browser cannot read; that gap is why
 * gRPC-Web exists.
 */

export interface GrpcHandlerOptions {
  store: Store;
  clock: Clock;
  log: CallLog;
  /** Where the procedures live: `/api/grpc` serves `/api/grpc/user.v1.UserService/GetUser`. */
  prefix: string;
}

/** Creates the handler for every procedure under `prefix`; other paths get a 404 that lists what exists. */
export function createGrpcHandler({ store, clock, log, prefix }: GrpcHandlerOptions): (request: Request) => Promise<Response> {
  const router = createConnectRouter({
    grpc: false,
    // Outermost first: logging sees every call, including those auth refuses.
    interceptors: [loggingInterceptor(log, clock), authInterceptor(), internalErrorInterceptor()],
    // A misspelt JSON field ("emial") is refused, as the REST API refuses it (decision 001).
    jsonOptions: { ignoreUnknownFields: false },
  });
  router.service(UserService, createUserService(store, clock));

  const procedures = new Map(router.handlers.map((handler) => [handler.requestPath, createFetchHandler(handler)]));

  return async (request) => {
    const path = new URL(request.url).pathname;
    const handle = path.startsWith(`${prefix}/`) ? procedures.get(path.slice(prefix.length)) : undefined;
    return handle ? handle(request) : unknownProcedure(path, prefix, [...procedures.keys()]);
  };
}

// A Connect error body, so Connect clients show the message; gRPC-Web clients map 404 to UNIMPLEMENTED.
function unknownProcedure(path: string, prefix: string, known: string[]): Response {
  const message = `No gRPC method at ${path}. The sandbox serves: ${known.map((procedure) => prefix + procedure).join(', ')}.`;
  return Response.json({ code: 'unimplemented', message }, { status: 404 });
}
