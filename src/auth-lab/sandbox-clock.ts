/**
 * The sandbox's time, which the learner can move (chapter 5's clock control): token
 * expiry is judged by the sandbox's clock, so a countdown must count on it too, not on
 * the computer's.
 */

/** The `now` of GET /api/v1/sandbox/clock's body in epoch milliseconds, or null when absent or unreadable. */
export function sandboxNowOf(body: unknown): number | null {
  const now = (body as { now?: unknown } | null)?.now;
  if (typeof now !== 'string') return null;
  const ms = Date.parse(now);
  return Number.isNaN(ms) ? null : ms;
}
