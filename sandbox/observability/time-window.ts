/**
 * Time windows for analytics and the SLA: `30s`, `5m`, `1h`, `24h`. Windows end now, on the
 * sandbox clock, and reach back this far; a request belongs to the window it started in.
 */

export const WINDOW_PATTERN = /^([1-9][0-9]{0,4})(s|m|h)$/;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;
/** The longest window: the request records are kept in a bounded buffer anyway. */
export const MAX_WINDOW_MS = 24 * 3_600_000;

/** `5m` → 300000. Throws for text the pattern refuses (the route's schema checks first). */
export function windowMs(text: string): number {
  const match = WINDOW_PATTERN.exec(text);
  if (!match) throw new Error(`Window ${JSON.stringify(text)} is not a duration such as 30s, 5m or 1h.`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** Whether the window text is a duration of at least one second and at most 24 hours. */
export function isValidWindow(text: string): boolean {
  return WINDOW_PATTERN.test(text) && windowMs(text) <= MAX_WINDOW_MS;
}
