/**
 * The three load shapes the lab offers, and the checks on settings a learner types in.
 * A profile is only a starting point: every number can be changed before a run.
 */

import { loadLab } from '@messages/load-lab';

export type ProfileId = 'steady' | 'ramp' | 'stress';
export type Scenario = 'shop' | 'stress';

/** Everything a run needs to know besides its fetch, clock and random source. */
export interface LoadSettings {
  profile: ProfileId;
  /** Which task list the users run (tasks.ts). */
  scenario: Scenario;
  /** Virtual users at full load. */
  users: number;
  /** Seconds over which users join, evenly spaced; 0 starts them all at once. */
  rampUpSeconds: number;
  /** Seconds from start until the run stops. */
  durationSeconds: number;
  /** Each user waits a random time in [min, max] seconds between its requests (Locust's `between`). */
  waitSeconds: { min: number; max: number };
  /** Sent as X-API-Key; null calls anonymously. The key picks the rate-limit tier. */
  apiKey: string | null;
  /** After a 429, wait what Retry-After says before this user's next request. */
  honourRetryAfter: boolean;
}

export interface ProfilePreset {
  id: ProfileId;
  label: string;
  /** One sentence: what this shape shows. */
  purpose: string;
  settings: LoadSettings;
}

/** The presets, in the order the picker shows them. */
export const PROFILES: readonly ProfilePreset[] = [
  {
    id: 'steady',
    ...loadLab.profiles.steady,
    settings: { profile: 'steady', scenario: 'shop', users: 5, rampUpSeconds: 0, durationSeconds: 20, waitSeconds: { min: 0.5, max: 1.5 }, apiKey: null, honourRetryAfter: true },
  },
  {
    id: 'ramp',
    ...loadLab.profiles.ramp,
    settings: { profile: 'ramp', scenario: 'shop', users: 10, rampUpSeconds: 15, durationSeconds: 30, waitSeconds: { min: 1, max: 2 }, apiKey: null, honourRetryAfter: true },
  },
  {
    id: 'stress',
    ...loadLab.profiles.stress,
    settings: {
      profile: 'stress',
      scenario: 'stress',
      users: 20,
      rampUpSeconds: 2,
      durationSeconds: 20,
      waitSeconds: { min: 0.05, max: 0.2 },
      apiKey: 'key_free_demo',
      honourRetryAfter: true,
    },
  },
];

/** The preset with this id. */
export function profile(id: ProfileId): ProfilePreset {
  return PROFILES.find((preset) => preset.id === id)!;
}

/** Limits that keep a browser tab responsive; the sandbox runs in the same tab. */
export const LIMITS = { users: 50, durationSeconds: 300, waitSeconds: 30 } as const;

/** What is wrong with `settings`, one sentence per field; [] when a run can start. */
export function settingsProblems(settings: LoadSettings): string[] {
  const p = loadLab.problems;
  const problems: string[] = [];
  const { users, rampUpSeconds, durationSeconds, waitSeconds } = settings;
  if (!Number.isInteger(users) || users < 1 || users > LIMITS.users) problems.push(p.users(LIMITS.users, users));
  if (!(durationSeconds >= 1 && durationSeconds <= LIMITS.durationSeconds)) problems.push(p.duration(LIMITS.durationSeconds, durationSeconds));
  if (!(rampUpSeconds >= 0 && rampUpSeconds <= durationSeconds)) problems.push(p.rampUp(durationSeconds, rampUpSeconds));
  if (!(waitSeconds.min >= 0 && waitSeconds.max <= LIMITS.waitSeconds && waitSeconds.min <= waitSeconds.max)) {
    problems.push(p.wait(LIMITS.waitSeconds, waitSeconds.min, waitSeconds.max));
  }
  return problems;
}
