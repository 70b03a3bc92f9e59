import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { resourcePath } from '../patterns/links';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import type { Clock } from '../store/clock';
import type { SandboxTime } from './sandbox-time';
import { DEFAULT_VERSION, lifecycle, SUPPORTED_VERSIONS } from './versions';

/**
 * GET /api/v1/sandbox/versions: the deprecation schedule as data, so a client (or the
 * chapter) can see what will happen and when, before the headers start saying so.
 */

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const VersionStatusSchema = z
  .object({
    resource: z.literal('users'),
    version: z.int().openapi({ example: 1 }),
    status: z.enum(['current', 'deprecated', 'sunset']).openapi({ description: 'current: served. deprecated: served with Deprecation, Sunset and Link headers. sunset: 410 Gone.' }),
    deprecated_at: z.iso.datetime().nullable().openapi({ description: 'When the version is (or was) deprecated; null when no retirement is planned.' }),
    sunset_at: z.iso.datetime().nullable().openapi({ description: 'When it stops answering; null when no retirement is planned.' }),
    successor: z.int().nullable().openapi({ description: 'The version to move to.', example: 2 }),
    migration_guide: z.string().nullable().openapi({ example: '/chapters/versioning#migrating-from-v1-to-v2' }),
  })
  .openapi('VersionStatus');

const VersionScheduleSchema = z
  .object({
    data: z.array(VersionStatusSchema),
    links: z.object({ self: z.string(), clock: z.string().openapi({ description: 'Move the clock here to walk through the schedule.' }) }),
    meta: z.object({
      now: z.iso.datetime(),
      started_at: z.iso.datetime().openapi({ description: 'The schedule counts from the sandbox’s start (or last reset).' }),
      default_version: z.int().openapi({ description: 'What a request to /api/users that names no version gets.', example: DEFAULT_VERSION }),
    }),
  })
  .openapi('VersionSchedule');

const getVersions = createRoute({
  method: 'get',
  path: '/sandbox/versions',
  tags: ['Sandbox'],
  summary: 'Show the versions and their deprecation schedule',
  description: 'Not rate limited: this route describes the sandbox itself.',
  responses: { 200: jsonContent(VersionScheduleSchema, 'Every version of every versioned resource, and where it stands now.'), ...errorResponses('internal_error') },
});

/** GET /sandbox/versions. */
export function versionScheduleRoutes(clock: Clock, time: SandboxTime) {
  return createRouter().openapi(getVersions, (c) => {
    const now = clock.now();
    const data = SUPPORTED_VERSIONS.map((version) => {
      const stage = lifecycle('users', version, time.startedAt(), now);
      return {
        resource: stage.resource,
        version,
        status: stage.status,
        deprecated_at: iso(stage.deprecatedAt),
        sunset_at: iso(stage.sunsetAt),
        successor: stage.successor,
        migration_guide: stage.migrationGuide,
      };
    });
    return c.json(
      {
        data,
        links: { self: resourcePath('sandbox', 'versions'), clock: resourcePath('sandbox', 'clock') },
        meta: { now: iso(now)!, started_at: iso(time.startedAt())!, default_version: DEFAULT_VERSION },
      },
      200,
    );
  });
}
