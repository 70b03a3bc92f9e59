import type { Clock } from '../store/clock';

/**
 * The gateway's rate-limiting plugin: fixed calendar windows (this minute, this hour) per
 * service and consumer, as Kong's plugin counts them — unlike the sandbox's own token
 * buckets (chapter 7). Fixed windows are cheap and easy to explain, at a known price: a
 * client can send a full minute's quota at 10:00:59 and another at 10:01:00.
 */

const WINDOWS = { minute: 60_000, hour: 3_600_000 } as const;
type Unit = keyof typeof WINDOWS;

export interface LimitVerdict {
  allowed: boolean;
  /** Headers for the response: the policy, where the consumer stands, and Retry-After when refused. */
  headers: Record<string, string>;
}

/** Counts requests per (service, consumer, window) on the sandbox clock. */
export class FixedWindows {
  private counts = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** Counts one request unless a limit is already reached; the verdict carries the RateLimit headers. */
  take(service: string, consumer: string, limits: Partial<Record<Unit, number>>): LimitVerdict {
    const now = this.clock.now();
    const windows = (Object.keys(WINDOWS) as Unit[])
      .filter((unit) => limits[unit] !== undefined)
      .map((unit) => {
        const start = Math.floor(now / WINDOWS[unit]) * WINDOWS[unit];
        const key = `${service}|${consumer}|${unit}|${start}`;
        const limit = limits[unit]!;
        return { unit, key, limit, used: this.counts.get(key) ?? 0, resetSeconds: Math.ceil((start + WINDOWS[unit] - now) / 1000) };
      });
    const exhausted = windows.filter((window) => window.used >= window.limit);
    if (exhausted.length === 0) for (const window of windows) this.counts.set(window.key, window.used + 1);

    const remaining = (window: (typeof windows)[number]) => Math.max(0, window.limit - window.used - (exhausted.length === 0 ? 1 : 0));
    // RateLimit reports the window closest to running out (draft-ietf-httpapi-ratelimit-headers).
    const tightest = [...windows].sort((a, b) => remaining(a) - remaining(b) || b.resetSeconds - a.resetSeconds)[0]!;
    const headers: Record<string, string> = {
      'RateLimit-Policy': windows.map((window) => `"${window.unit}";q=${window.limit};w=${WINDOWS[window.unit] / 1000}`).join(', '),
      RateLimit: `"${tightest.unit}";r=${remaining(tightest)};t=${tightest.resetSeconds}`,
    };
    // Kong's own names, which many clients of Kong-fronted APIs read.
    for (const window of windows) {
      const unit = window.unit[0]!.toUpperCase() + window.unit.slice(1);
      headers[`X-RateLimit-Limit-${unit}`] = String(window.limit);
      headers[`X-RateLimit-Remaining-${unit}`] = String(remaining(window));
    }
    if (exhausted.length > 0) headers['Retry-After'] = String(Math.max(...exhausted.map((window) => window.resetSeconds)));
    return { allowed: exhausted.length === 0, headers };
  }

  /** Forgets every count (sandbox reset, or a new document). */
  reset(): void {
    this.counts.clear();
  }
}
