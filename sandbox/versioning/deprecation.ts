import type { MiddlewareHandler } from 'hono';
import { serializeItem } from 'structured-headers';
import { ApiError } from '../patterns/errors';
import type { Clock } from '../store/clock';
import { negotiateVersion, VARY } from './negotiate';
import { lifecycle, type RetirementPlan, type VersionLifecycle } from './versions';

/**
 * The deprecation lifecycle, on the sandbox clock. A version being retired goes through
 * three stages, and its answers say which:
 *
 * 1. current: nothing to say.
 * 2. deprecated: still served, with three headers a client (or its monitoring) can act on:
 *    `Deprecation: @<unix seconds>` (RFC 9745: a structured-field Date, when it became
 *    deprecated), `Sunset: <HTTP-date>` (RFC 8594: when it stops answering), and
 *    `Link: <guide>; rel="deprecation"` (RFC 9745 §3: where to read how to migrate).
 * 3. sunset: 410 Gone with the error envelope, naming the successor. 410 rather than 404:
 *    the resource did exist, and a client should not retry.
 */

/** The three headers of a deprecated version (the Sunset and Link ones also on its 410). */
export function deprecationHeaders(stage: VersionLifecycle): Record<string, string> {
  if (stage.deprecatedAt === null || stage.sunsetAt === null) return {};
  return {
    Deprecation: serializeItem(new Date(stage.deprecatedAt)),
    Sunset: new Date(stage.sunsetAt).toUTCString(),
    Link: `<${stage.migrationGuide}>; rel="deprecation"; type="text/html"`,
  };
}

/** The 410 of a version past its sunset. */
export function versionSunset(stage: VersionLifecycle, path: string): ApiError {
  const successorPath = path.replace(/^\/api\/v\d+\//, `/api/v${stage.successor}/`);
  const how = successorPath === path ? `send API-Version: ${stage.successor}` : `${successorPath}`;
  return new ApiError(
    'version_sunset',
    `Version ${stage.version} of ${stage.resource} was switched off on ${new Date(stage.sunsetAt!).toUTCString()}. ` +
      `Use version ${stage.successor} instead (${how}); the migration guide is at ${stage.migrationGuide}.`,
    { headers: { ...deprecationHeaders(stage), Vary: VARY } },
  );
}

/**
 * Middleware for the routes of one resource: when the negotiated version is being retired,
 * adds the deprecation headers, or answers 410 once it is past its sunset.
 * @example app.use('/api/v1/users', deprecationLifecycle('users', clock, () => time.startedAt()));
 */
export function deprecationLifecycle(resource: RetirementPlan['resource'], clock: Clock, startedAt: () => number): MiddlewareHandler {
  return async (c, next) => {
    const { version } = negotiateVersion(c.req.raw);
    const stage = lifecycle(resource, version, startedAt(), clock.now());
    if (stage.status === 'sunset') throw versionSunset(stage, c.req.path);
    await next();
    if (stage.status === 'deprecated') {
      for (const [name, value] of Object.entries(deprecationHeaders(stage))) {
        // Link may already hold pagination links: add to it rather than replace them.
        const existing = name === 'Link' ? c.res.headers.get('Link') : null;
        c.res.headers.set(name, existing ? `${existing}, ${value}` : value);
      }
    }
  };
}
