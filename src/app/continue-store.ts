/**
 * "Continue where you left off": the last chapter section or exercise the learner had
 * open, kept in localStorage next to the progress entries. Read on the first page, so it
 * is checked by a small hand-written guard rather than zod (the first page carries no
 * schema library, as with saved-status.ts). Anything unreadable counts as "nowhere yet".
 */
export type Place =
  | { kind: 'chapter'; slug: string; section: string | null; heading: string | null; at: string }
  | { kind: 'exercise'; id: string; at: string };

/** Storage key, in the progress keys' "workbench.<what>.v<n>" style. */
export const continueKey = 'workbench.continue.v1';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isSlug = (v: unknown): v is string => typeof v === 'string' && v.length <= 200 && slugPattern.test(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The place `value` describes, or null when it is not a valid saved place. */
export function parsePlace(value: unknown): Place | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isTime(v.at)) return null;
  if (v.kind === 'chapter' && isSlug(v.slug) && (v.section === null || isSlug(v.section)) && (v.heading === null || isText(v.heading)))
    return { kind: 'chapter', slug: v.slug, section: v.section, heading: v.heading, at: v.at };
  if (v.kind === 'exercise' && isSlug(v.id)) return { kind: 'exercise', id: v.id, at: v.at };
  return null;
}

function browserStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The last place saved, or null when there is none or it cannot be read. */
export function readPlace(store: Store | null = browserStore()): Place | null {
  try {
    const raw = store?.getItem(continueKey);
    return raw ? parsePlace(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** Remembers a place; a storage failure is ignored (this is a convenience, never work to lose). */
export function savePlace(place: Place, store: Store | null = browserStore()): void {
  try {
    const current = store?.getItem(continueKey);
    const next = JSON.stringify(place);
    // Skip identical writes apart from the time: scrolling within one section saves once.
    if (current && samePlace(parsePlace(JSON.parse(current)), place)) return;
    store?.setItem(continueKey, next);
  } catch {
    // Quota exceeded or storage disabled.
  }
}

function samePlace(a: Place | null, b: Place): boolean {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === 'exercise' && b.kind === 'exercise') return a.id === b.id;
  return a.kind === 'chapter' && b.kind === 'chapter' && a.slug === b.slug && a.section === b.section;
}

/** The app path of a place: `/chapters/rest#pagination` or `/exercises/api-audit`. */
export function placeHref(place: Place): string {
  return place.kind === 'exercise' ? `/exercises/${place.id}` : `/chapters/${place.slug}${place.section ? `#${place.section}` : ''}`;
}
