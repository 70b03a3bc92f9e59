/**
 * What the user service knows beyond the store's users table: the parts of a profile a
 * dashboard shows (membership tier, time zone, preferences). Kept beside the store rather
 * than in UserRecord so that /api/v1/users keeps its documented shape; users created later
 * get the defaults.
 */

export const MEMBERSHIP_TIERS = ['basic', 'silver', 'gold'] as const;
export type MembershipTier = (typeof MEMBERSHIP_TIERS)[number];

export interface ProfileExtras {
  membership_tier: MembershipTier;
  /** IANA zone: the calendar day of an order is the customer's day, not UTC's. */
  time_zone: string;
  preferences: Preferences;
}

export interface Preferences {
  language: string;
  newsletter: boolean;
  favourite_categories: string[];
  order_updates: 'email' | 'push' | 'none';
}

const EXTRAS: Record<string, ProfileExtras> = {
  usr_1: { membership_tier: 'gold', time_zone: 'Europe/London', preferences: { language: 'en-GB', newsletter: true, favourite_categories: ['keyboards', 'displays'], order_updates: 'push' } },
  usr_2: { membership_tier: 'silver', time_zone: 'America/New_York', preferences: { language: 'en-US', newsletter: false, favourite_categories: ['cables', 'desk'], order_updates: 'email' } },
  usr_3: { membership_tier: 'basic', time_zone: 'Asia/Tokyo', preferences: { language: 'en-GB', newsletter: false, favourite_categories: ['audio'], order_updates: 'none' } },
};

const DEFAULT_EXTRAS: ProfileExtras = { membership_tier: 'basic', time_zone: 'UTC', preferences: { language: 'en', newsletter: false, favourite_categories: [], order_updates: 'email' } };

/** The dashboard extras of a user; defaults for users the seed data does not know. */
export function profileExtras(userId: string): ProfileExtras {
  const extras = EXTRAS[userId] ?? DEFAULT_EXTRAS;
  return structuredClone(extras);
}

/** A small SVG avatar with the user's initials, as a data: URL: no request to another host. */
export function avatarDataUrl(name: string): string {
  const initials = name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0]!.toUpperCase()).join('');
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'><circle cx='20' cy='20' r='20' fill='#3b5bdb'/><text x='20' y='26' font-size='16' text-anchor='middle' fill='#fff' font-family='sans-serif'>${initials}</text></svg>`;
  // Only what a URL cannot carry is escaped (not every character, as encodeURIComponent would): a mobile payload counts its bytes.
  return `data:image/svg+xml,${svg.replace(/[<>#%\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone: what `created_at[:10]` gets wrong. */
export function localDate(iso: string, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
