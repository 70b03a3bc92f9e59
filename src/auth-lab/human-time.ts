/** Times a person can read at a glance: "expires in 14 min", "expired 2 h ago". */
import { tokenClaims } from '@messages/token-claims';

const words = tokenClaims.duration;
const relative = tokenClaims.relative;

/** A duration in seconds as the largest sensible unit: "45 s", "14 min", "3 h 5 min", "7 days". */
export function duration(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  if (s < 60) return words.seconds(s);
  if (s < 3600) return words.minutes(Math.floor(s / 60));
  if (s < 86_400) {
    return words.hours(Math.floor(s / 3600), Math.floor((s % 3600) / 60));
  }
  return words.days(Math.floor(s / 86_400));
}

/** How a NumericDate claim (seconds since the epoch) relates to `nowSeconds`, in words, for the claim named. */
export function relativeClaimTime(claim: 'exp' | 'nbf' | 'iat', at: number, nowSeconds: number): string {
  const delta = at - nowSeconds;
  switch (claim) {
    case 'exp':
      return delta > 0 ? relative.expiresIn(duration(delta)) : relative.expiredAgo(duration(delta));
    case 'nbf':
      return delta > 0 ? relative.notValidFor(duration(delta)) : relative.validSince(duration(delta));
    case 'iat':
      return delta > 0 ? relative.issuedInFuture(duration(delta)) : relative.issuedAgo(duration(delta));
  }
}

/** A NumericDate as an ISO 8601 UTC time, or null when it is not a finite number. */
export function isoOf(numericDate: unknown): string | null {
  if (typeof numericDate !== 'number' || !Number.isFinite(numericDate)) return null;
  const date = new Date(numericDate * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace('.000Z', 'Z');
}

/** A countdown as m:ss ("14:59"), never negative. */
export function countdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
