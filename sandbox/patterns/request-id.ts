import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';

/**
 * Request ids: every response carries `X-Request-Id`, and every error body repeats it,
 * so a client can quote one id when reporting a problem and the server can find it.
 * A caller that already has an id (a gateway, a tracing client) may send its own.
 */

// Ids a client may pass in: short, printable, no spaces, so they are safe in logs and headers.
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Middleware that assigns the id (`req_000001`, `req_000002`, ...) and sets the header. */
export function requestId(): MiddlewareHandler<SandboxEnv> {
  let counter = 0;
  return async (c, next) => {
    const incoming = c.req.header('X-Request-Id');
    const id = incoming && CLIENT_ID.test(incoming) ? incoming : `req_${String(++counter).padStart(6, '0')}`;
    c.set('requestId', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  };
}
