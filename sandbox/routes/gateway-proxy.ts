import type { Context, Hono } from 'hono';
import type { AccessTokenVerifier } from '../auth/authenticate';
import { createRouter, type SandboxEnv } from '../env';
import type { Gateway } from '../gateway/gateway';
import { GATEWAY_BASE, proxyRequest } from '../gateway/proxy';
import { ApiError, renderError } from '../patterns/errors';
import type { Clock } from '../store/clock';

/**
 * The gateway's public face: every method on /gateway and /gateway/*. Not in /openapi.json,
 * because it is a window onto the operations documented there, under another prefix.
 */
export function gatewayProxyRoutes(gateway: Gateway, clock: Clock, verifyAccessToken: AccessTokenVerifier, upstream: (request: Request) => Promise<Response>): Hono<SandboxEnv> {
  const router = createRouter();
  const handle = async (c: Context<SandboxEnv>) => {
    const result = await proxyRequest(c.req.raw, c.get('requestId'), { gateway, clock, verifyAccessToken, upstream });
    if (result.kind === 'response') return result.response;
    // An injected abort is still an error of this API: the one envelope, with the status the document chose.
    const error = new ApiError('fault_injected', `The route ${result.route} has a fault.abort policy, and this request was picked to fail with ${result.status}. Retry with backoff; lower fault.abort.percentage in the gateway document to stop it.`, {
      headers: result.status === 503 ? { 'Retry-After': '1' } : {},
    });
    const rendered = renderError(c, error);
    const body = (await rendered.json()) as Record<string, unknown>;
    // problem+json repeats the status in its body (RFC 9457 §3.1.3); it must be the one actually sent.
    if (typeof body.status === 'number') body.status = result.status;
    return new Response(JSON.stringify(body), { status: result.status, headers: rendered.headers });
  };
  router.all(GATEWAY_BASE, handle);
  router.all(`${GATEWAY_BASE}/*`, handle);
  return router;
}
