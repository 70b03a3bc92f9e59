/**
 * The sandbox's time, which the learner can move (GET/PUT /api/v1/sandbox/clock). Token
 * expiry, sunsets and retries are judged on this clock, so anything that shows a time or a
 * countdown must count on it too, not on the computer's. Pure helpers, shared by the
 * header's sandbox controls and the labs that show times.
 */
import { sandboxControls } from '@messages/sandbox-controls';

/** The `now` of GET /api/v1/sandbox/clock's body in epoch milliseconds, or null when absent or unreadable. */
export function sandboxNowOf(body: unknown): number | null {
  const now = (body as { now?: unknown } | null)?.now;
  if (typeof now !== 'string') return null;
  const ms = Date.parse(now);
  return Number.isNaN(ms) ? null : ms;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration in the two largest units that matter, rounded down: "1 day 3 h", "15 min",
 * "42 s". Enough to recognise a fast-forward; the exact time is shown next to it.
 */
export function formatDuration(ms: number): string {
  const units = sandboxControls.units;
  const total = Math.floor(Math.abs(ms) / SECOND) * SECOND;
  const parts: [number, (n: number) => string][] = [
    [Math.floor(total / DAY), units.day],
    [Math.floor((total % DAY) / HOUR), units.hour],
    [Math.floor((total % HOUR) / MINUTE), units.minute],
    [Math.floor((total % MINUTE) / SECOND), units.second],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return units.second(0);
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => unit(n))
    .join(' ');
}

/** How the sandbox's time stands against real time, as a sentence; a second either way counts as in step. */
export function driftText(aheadMs: number): string {
  // Rounded, not floored: a reading is a few milliseconds old, and "23 h 59 min" for a day's move would be noise.
  const rounded = Math.round(aheadMs / SECOND) * SECOND;
  if (rounded === 0) return sandboxControls.inStep;
  aheadMs = rounded;
  return aheadMs > 0 ? sandboxControls.ahead(formatDuration(aheadMs)) : sandboxControls.behind(formatDuration(aheadMs));
}

/** The fast-forward buttons: label and seconds. */
export const FAST_FORWARDS = [
  { label: sandboxControls.presets.minute, seconds: 60 },
  { label: sandboxControls.presets.quarter, seconds: 15 * 60 },
  { label: sandboxControls.presets.hour, seconds: 60 * 60 },
  { label: sandboxControls.presets.day, seconds: 24 * 60 * 60 },
] as const;

export type CustomUnit = 'minutes' | 'hours' | 'days';
const UNIT_SECONDS: Record<CustomUnit, number> = { minutes: 60, hours: 60 * 60, days: 24 * 60 * 60 };
/** The sandbox refuses a single move of more than 400 days (sandbox/routes/sandbox-clock.ts). */
export const MAX_MOVE_SECONDS = 400 * 24 * 60 * 60;

/** Seconds for a custom amount typed by the learner ("90" minutes), or null when it is not a whole number from 1 within one move's limit. */
export function customSeconds(amount: string, unit: CustomUnit): number | null {
  if (!/^\s*\d+\s*$/.test(amount)) return null;
  const seconds = Number(amount) * UNIT_SECONDS[unit];
  return seconds >= 1 && seconds <= MAX_MOVE_SECONDS ? seconds : null;
}
