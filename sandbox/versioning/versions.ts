/**
 * The versions the sandbox serves and the deprecation schedule of the old one.
 *
 * The schedule is relative to the sandbox's start (or last reset), not to a calendar
 * date: a fresh sandbox has nothing deprecated, and a learner sees the lifecycle by
 * moving the sandbox clock (PUT /api/v1/sandbox/clock). Real APIs announce fixed dates;
 * the offsets here stand in for them.
 */

export const SUPPORTED_VERSIONS = [1, 2, 3] as const;
export type ApiVersion = (typeof SUPPORTED_VERSIONS)[number];

/**
 * What a request that names no version gets. Not the newest (3): a default that follows
 * the newest version breaks every client that never named one on the day a new version
 * ships. Not 1 either: it is scheduled for removal. 2 is pinned and will not move; a
 * client that wants 3 asks for it.
 */
export const DEFAULT_VERSION: ApiVersion = 2;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The page that explains how to move from a deprecated version to its successor. */
export const MIGRATION_GUIDE = '/chapters/versioning#migrating-from-v1-to-v2';

/** One version of one resource that is on its way out. */
export interface RetirementPlan {
  resource: 'users';
  version: ApiVersion;
  /** Days after the sandbox's start when the version becomes deprecated (still served, with warnings). */
  deprecatedAfterDays: number;
  /** Days after the start when the version stops answering (410). */
  sunsetAfterDays: number;
  successor: ApiVersion;
  migrationGuide: string;
}

export const RETIREMENTS: readonly RetirementPlan[] = [
  { resource: 'users', version: 1, deprecatedAfterDays: 30, sunsetAfterDays: 90, successor: 2, migrationGuide: MIGRATION_GUIDE },
];

export type LifecycleStatus = 'current' | 'deprecated' | 'sunset';

/** Where one version of a resource stands at `now`, on a sandbox that started at `startedAt`. */
export interface VersionLifecycle {
  resource: RetirementPlan['resource'];
  version: ApiVersion;
  status: LifecycleStatus;
  /** Epoch ms; null for a version with no retirement planned. */
  deprecatedAt: number | null;
  sunsetAt: number | null;
  successor: ApiVersion | null;
  migrationGuide: string | null;
}

/** The lifecycle of `version` of `resource` at `now`. */
export function lifecycle(resource: RetirementPlan['resource'], version: ApiVersion, startedAt: number, now: number): VersionLifecycle {
  const plan = RETIREMENTS.find((p) => p.resource === resource && p.version === version);
  if (!plan) return { resource, version, status: 'current', deprecatedAt: null, sunsetAt: null, successor: null, migrationGuide: null };
  const deprecatedAt = startedAt + plan.deprecatedAfterDays * DAY_MS;
  const sunsetAt = startedAt + plan.sunsetAfterDays * DAY_MS;
  const status: LifecycleStatus = now >= sunsetAt ? 'sunset' : now >= deprecatedAt ? 'deprecated' : 'current';
  return { resource, version, status, deprecatedAt, sunsetAt, successor: plan.successor, migrationGuide: plan.migrationGuide };
}

/** True when `value` is a version the sandbox serves. */
export function isSupportedVersion(value: number): value is ApiVersion {
  return (SUPPORTED_VERSIONS as readonly number[]).includes(value);
}
