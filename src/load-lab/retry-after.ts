/**
 * Reading Retry-After (RFC 9110 §10.2.3): either a number of seconds ("6") or an HTTP date.
 * A client that gets a 429 and sends again at once only adds to the load that caused it;
 * one that waits this long gets through on its next try.
 */

/** Milliseconds to wait, or null when the header is missing or unreadable. `wallNow` is Date.now() for the date form. */
export function retryAfterMs(value: string | null, wallNow: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // The date form starts with a day name ("Tue, 24 Nov 2026 …"); Date.parse would also take "-1".
  const date = /^[A-Za-z]{3},/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - wallNow);
}
