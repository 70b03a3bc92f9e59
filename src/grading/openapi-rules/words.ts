/**
 * Words inside names: splitting `getUserData` or `order-items` into words, telling
 * casing styles apart, and a small English pluralization heuristic. The grader judges
 * any naming the learner picks, so nothing here knows about "users" or "orders".
 */

/** Verbs that repeat what the HTTP method already says, mapped to that method. */
const crudVerbs: Record<string, string> = {
  get: 'GET', fetch: 'GET', retrieve: 'GET', read: 'GET', load: 'GET', list: 'GET', find: 'GET',
  create: 'POST', make: 'POST', add: 'POST', insert: 'POST', new: 'POST', register: 'POST',
  update: 'PATCH', edit: 'PATCH', modify: 'PATCH', change: 'PATCH', save: 'PUT', replace: 'PUT',
  delete: 'DELETE', remove: 'DELETE', destroy: 'DELETE', erase: 'DELETE',
};

/**
 * Domain actions (`POST /orders/{id}/cancel`) are a style some guides accept: they are
 * not CRUD verbs in disguise. Neither they nor aliases like `me` name a collection.
 */
const actionWords = new Set([
  'cancel', 'approve', 'reject', 'archive', 'unarchive', 'publish', 'unpublish', 'activate',
  'deactivate', 'refund', 'capture', 'confirm', 'ship', 'pay', 'submit', 'close', 'reopen',
  'lock', 'unlock', 'restore', 'send', 'resend', 'verify', 'reset', 'login', 'logout', 'search',
  'checkout', 'merge', 'export', 'import', 'batch', 'me',
]);

/** Splits a name into lower-case words: `getUserData` → get, user, data; `order_items` → order, items. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

// Compound nouns that start with a verb-looking word: "add-ons" are things, not an action.
const verbNounCompounds = new Set(['addon', 'loadbalancer', 'readreceipt', 'changerequest', 'changelog', 'changeset', 'newarrival', 'makeover']);

/** The CRUD verb a name contains as a word or camelCase prefix, if any. */
export function crudVerbIn(name: string): string | null {
  const words = splitWords(name);
  const found = words.find((word, index) => {
    if (!(word in crudVerbs)) return false;
    const next = words[index + 1];
    return !(next && verbNounCompounds.has(word + singularWord(next)));
  });
  return found ?? null;
}

/** The HTTP method that does what a CRUD verb says. */
export function methodForVerb(verb: string): string {
  return crudVerbs[verb] ?? 'GET';
}

/** True for segments naming a domain action (`cancel`, `search`) rather than a thing. */
export function isActionWord(name: string): boolean {
  const words = splitWords(name);
  return words.length === 1 && actionWords.has(words[0]!);
}

export type Casing = 'lower' | 'kebab-case' | 'snake_case' | 'camelCase' | 'PascalCase' | 'mixed';

/**
 * The casing style of one name. A single lower-case word (`users`, `email`) is `lower`:
 * it fits kebab-case, snake_case and camelCase alike. A leading `_` (HAL's `_links`) is ignored.
 */
export function casingOf(name: string): Casing {
  const bare = name.replace(/^_+/, '');
  if (/^[a-z][a-z0-9]*$/.test(bare)) return 'lower';
  if (/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(bare)) return 'kebab-case';
  if (/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(bare)) return 'snake_case';
  if (/^[a-z][a-zA-Z0-9]*$/.test(bare)) return 'camelCase';
  if (/^[A-Z][a-zA-Z0-9]*$/.test(bare)) return 'PascalCase';
  return 'mixed';
}

/** How a set of names is cased: the style most of them use, and the names that break it. */
export interface CasingReport {
  /** The style most multi-word names use; null when no style clearly wins. */
  dominant: Casing | null;
  outliers: { name: string; casing: Casing }[];
}

/** Finds the dominant casing among names and lists the names that break it. */
export function casingReport(names: string[]): CasingReport {
  const cased = names.map((name) => ({ name, casing: casingOf(name) }));
  const counts = new Map<Casing, number>();
  for (const { casing } of cased) {
    if (casing !== 'lower' && casing !== 'mixed') counts.set(casing, (counts.get(casing) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const tie = ranked.length > 1 && ranked[0]![1] === ranked[1]![1];
  const dominant = tie ? null : (ranked[0]?.[0] ?? null);
  const outliers = cased.filter(({ casing }) => {
    if (casing === 'mixed') return true;
    // A single lower-case word fits every style but PascalCase (`users` next to `Orders`).
    if (casing === 'lower') return ranked[0]?.[0] === 'PascalCase';
    return ranked.length > 1 && casing !== dominant;
  });
  return { dominant, outliers };
}

/**
 * One sentence about inconsistent casing, naming each outlier and where it is:
 * `Most path segments use kebab-case, but not "lineItems" (camelCase, in /orders/{id}/lineItems).`
 */
export function describeCasing(subject: string, report: CasingReport, whereOf: (name: string) => string): string {
  const list = report.outliers.map((o) => `"${o.name}" (${o.casing}, in ${whereOf(o.name)})`).join(', ');
  return report.dominant ? `Most ${subject} use ${report.dominant}, but not ${list}.` : `The ${subject} mix styles: ${list}.`;
}

const irregular: Record<string, string> = {
  person: 'people', child: 'children', man: 'men', woman: 'women', foot: 'feet', tooth: 'teeth',
  mouse: 'mice', goose: 'geese', datum: 'data', medium: 'media', criterion: 'criteria',
};
const irregularPlurals = new Set(Object.values(irregular));
// Nouns a collection may well be called without a plural: mass nouns and feeds.
const uncountable = new Set([
  'history', 'activity', 'feed', 'timeline', 'news', 'info', 'information', 'equipment', 'feedback', 'metadata', 'software', 'hardware',
  'inventory', 'stock', 'staff', 'series', 'species', 'sheep', 'fish', 'deer', 'money', 'music',
  'advice', 'data', 'media', 'analytics', 'settings', 'preferences',
]);
// Singular nouns that end in -us; "menus" or "emus" end in -us too, so no blanket rule.
const singularUs = new Set([
  'status', 'bonus', 'campus', 'census', 'virus', 'corpus', 'focus', 'radius', 'syllabus',
  'genus', 'apparatus', 'cactus', 'prospectus', 'nexus', 'bus', 'plus', 'consensus', 'stimulus',
]);

/** True when a word reads as a plural (or a noun without one, like "news"). */
export function isPluralWord(word: string): boolean {
  const w = word.toLowerCase();
  if (irregularPlurals.has(w) || uncountable.has(w)) return true;
  if (w in irregular) return false;
  if (!w.endsWith('s')) return false;
  if (w.endsWith('ss') || singularUs.has(w) || /(sis|xis)$/.test(w)) return false;
  return true;
}

/** The plural of a lower-case English noun, by the common rules. */
export function pluralWord(word: string): string {
  const w = word.toLowerCase();
  if (isPluralWord(w)) return w;
  if (irregular[w]) return irregular[w];
  if (/(sis|xis)$/.test(w)) return `${w.slice(0, -2)}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/** The singular of a plural noun, by the common rules (`categories` → `category`). */
export function singularWord(word: string): string {
  const w = word.toLowerCase();
  const irregularSingular = Object.entries(irregular).find(([, plural]) => plural === w);
  if (irregularSingular) return irregularSingular[0];
  if (!isPluralWord(w) || uncountable.has(w)) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** The plural of a whole name, keeping its style: `orderItem` → `orderItems`, `order-item` → `order-items`. */
export function pluralName(name: string): string {
  const match = /([A-Za-z][a-z0-9]*)$/.exec(name);
  if (!match) return name;
  const last = match[1]!;
  let plural = pluralWord(last);
  if (/^[A-Z]/.test(last)) plural = plural[0]!.toUpperCase() + plural.slice(1);
  return name.slice(0, match.index) + plural;
}

/** True when the last word of a name is plural: `order-items` yes, `orderItem` no. */
export function isPluralName(name: string): boolean {
  const words = splitWords(name);
  return words.length > 0 && isPluralWord(words[words.length - 1]!);
}
