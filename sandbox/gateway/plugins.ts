import type { AccessTokenVerifier } from '../auth/authenticate';
import { ApiError } from '../patterns/errors';
import type { GatewayPlugin, GatewayService } from './config-schema';
import type { FixedWindows } from './rate-limit-windows';

/**
 * The per-service plugins, run in a fixed order whatever order the document lists them:
 * request-id first (so every later refusal carries the id), then jwt (who is calling),
 * then rate-limiting (counted per caller, which jwt has just established).
 */

export interface PluginContext {
  request: Request;
  /** The id the sandbox gave this request (or the client's own, when it sent a valid one). */
  requestId: string;
  verifyAccessToken: AccessTokenVerifier;
  windows: FixedWindows;
}

export interface PluginOutcome {
  /** Headers to add to the request sent upstream. */
  upstreamHeaders: Record<string, string>;
  /** Headers to add to the response (RateLimit and friends). */
  responseHeaders: Record<string, string>;
}

type PluginOf<N extends GatewayPlugin['name']> = Extract<GatewayPlugin, { name: N }>;

function plugin<N extends GatewayPlugin['name']>(service: GatewayService, name: N): PluginOf<N> | undefined {
  return service.plugins.find((candidate): candidate is PluginOf<N> => candidate.name === name);
}

/** Runs the service's plugins; throws the ApiError of the first one that refuses the request. */
export async function runPlugins(service: GatewayService, context: PluginContext): Promise<PluginOutcome> {
  const outcome: PluginOutcome = { upstreamHeaders: {}, responseHeaders: {} };
  const requestIdPlugin = plugin(service, 'request-id');
  // Propagation: the upstream adopts the id, so its logs and error bodies name the same request as the gateway's.
  if (requestIdPlugin) outcome.upstreamHeaders[requestIdPlugin.config.header] = context.requestId;

  let consumer = context.request.headers.get('X-Client-Id')?.trim() || 'anonymous';
  const jwt = plugin(service, 'jwt');
  if (jwt) consumer = await verifiedSubject(jwt, context);

  const rateLimiting = plugin(service, 'rate-limiting');
  if (rateLimiting) {
    const verdict = context.windows.take(service.name, consumer, rateLimiting.config);
    if (!verdict.allowed) {
      throw new ApiError(
        'rate_limit_exceeded',
        `The gateway's rate-limiting plugin on ${service.name} allows ${describeLimits(rateLimiting.config)} per consumer, and ${consumer} has used them up. Wait ${verdict.headers['Retry-After']} s (Retry-After); the windows are calendar minutes and hours.`,
        { headers: verdict.headers },
      );
    }
    Object.assign(outcome.responseHeaders, verdict.headers);
  }
  return outcome;
}

async function verifiedSubject(jwt: PluginOf<'jwt'>, context: PluginContext): Promise<string> {
  const header = context.request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    throw new ApiError('authentication_required', 'The gateway’s jwt plugin guards this route: send Authorization: Bearer <access token> (sign in through the OAuth lab of chapter 6 to get one).', {
      param: 'Authorization',
      headers: { 'WWW-Authenticate': 'Bearer realm="workbench-gateway"' },
    });
  }
  const origin = new URL(context.request.url).origin;
  // verifyAccessToken pins ES256 and checks signature, type, expiry, issuer and audience; it throws 401 invalid_token.
  const claims = await context.verifyAccessToken(match[1]!, { issuer: jwt.config.issuer ?? origin, audience: jwt.config.audience ?? `${origin}/api` });
  return claims.sub;
}

function describeLimits(config: { minute?: number; hour?: number }): string {
  return [config.minute !== undefined && `${config.minute} requests a minute`, config.hour !== undefined && `${config.hour} an hour`].filter(Boolean).join(' and ');
}
