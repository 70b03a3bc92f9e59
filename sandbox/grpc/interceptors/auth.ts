import { MethodOptions_IdempotencyLevel } from '@bufbuild/protobuf/wkt';
import type { DescMethod } from '@bufbuild/protobuf';
import { Code, ConnectError, type Interceptor } from '@connectrpc/connect';

/**
 * The auth interceptor: reads are open, changes need a token. Which methods are
 * reads is not a hand-kept list: the .proto marks them `idempotency_level =
 * NO_SIDE_EFFECTS`, so a new read-only method is open the day it is declared.
 * The sandbox knows one token; a real service would verify a signed one (a JWT)
 * and put the caller's identity in the call's context for the handler.
 */

/** The only bearer token the sandbox accepts: `authorization: Bearer demo-token`. */
export const DEMO_TOKEN = 'demo-token';

/** Whether the .proto declares the method free of side effects, and so open to everyone. */
export function isReadOnly(method: DescMethod): boolean {
  return method.idempotency === MethodOptions_IdempotencyLevel.NO_SIDE_EFFECTS;
}

/** An interceptor that refuses calls to mutating methods with UNAUTHENTICATED unless they carry the demo token. */
export function authInterceptor(): Interceptor {
  return (next) => async (req) => {
    if (isReadOnly(req.method)) return next(req);
    const header = req.header.get('authorization');
    if (header === null) {
      throw new ConnectError(
        `${req.method.name} changes data, so it needs the header "authorization: Bearer ${DEMO_TOKEN}". Reads such as GetUser need none.`,
        Code.Unauthenticated,
      );
    }
    const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
    if (token !== DEMO_TOKEN) {
      throw new ConnectError(`The authorization header is not a token the sandbox accepts. Send "authorization: Bearer ${DEMO_TOKEN}".`, Code.Unauthenticated);
    }
    return next(req);
  };
}
