/**
 * Consumer-side matchers, written inline in an expected body or header the way Pact's
 * own libraries hand them to its core (`"pact:matcher:type"`), so a draft contract is
 * plain JSON a learner can edit. recordContract (pact-file.ts) lifts them out into the
 * Pact v3 `matchingRules`.
 */

export const MATCHER_KEY = 'pact:matcher:type';
export const GENERATOR_KEY = 'pact:generator:type';

export const MATCHER_TYPES = ['type', 'regex', 'integer', 'decimal', 'number', 'timestamp', 'date', 'time', 'include', 'null', 'equality'] as const;
export type MatcherType = (typeof MATCHER_TYPES)[number];

/** An expectation on one value: its example, and the rule the real value must meet. */
export interface InlineMatcher {
  [MATCHER_KEY]: MatcherType;
  /** The example: what the consumer's tests see, and what a request sends. */
  value: unknown;
  regex?: string;
  min?: number;
  max?: number;
  /** For timestamp, date and time: a Java-style pattern such as "yyyy-MM-dd'T'HH:mm:ss.SSSX". */
  format?: string;
}

/** A request path filled in by the provider state (`/api/v1/users/${id}`), with an example. */
export interface ProviderStateValue {
  [GENERATOR_KEY]: 'ProviderState';
  expression: string;
  value: string;
}

/** True when `value` is an inline matcher. */
export function isMatcher(value: unknown): value is InlineMatcher {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && MATCHER_KEY in value;
}

/** True when `value` is a provider-state value. */
export function isProviderStateValue(value: unknown): value is ProviderStateValue {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[GENERATOR_KEY] === 'ProviderState';
}

// An ISO 8601 / RFC 3339 date-time in UTC or with an offset, fractions optional.
const ISO_DATE_TIME = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})';

/** The matcher functions a consumer writes expectations with (also handed to the contract-test exercise). */
export const matchers = {
  /** Any value of the same JSON type as the example; for objects and arrays, the rule reaches every field inside. */
  like: (example: unknown): InlineMatcher => ({ [MATCHER_KEY]: 'type', value: example }),
  /** An array with at least `min` items, each shaped like the example. */
  eachLike: (example: unknown, min = 1): InlineMatcher => ({ [MATCHER_KEY]: 'type', min, value: [example] }),
  /** A string the whole of which matches the regular expression. */
  regex: (pattern: string, example: string): InlineMatcher => ({ [MATCHER_KEY]: 'regex', regex: pattern, value: example }),
  /** A whole number. */
  integer: (example = 1): InlineMatcher => ({ [MATCHER_KEY]: 'integer', value: example }),
  /** A number with a fraction, or any number. */
  decimal: (example = 1.5): InlineMatcher => ({ [MATCHER_KEY]: 'decimal', value: example }),
  /** A string that contains `text`. */
  includes: (text: string): InlineMatcher => ({ [MATCHER_KEY]: 'include', value: text }),
  /** Exactly null. */
  nullValue: (): InlineMatcher => ({ [MATCHER_KEY]: 'null', value: null }),
  /** An ISO 8601 date-time string such as 2026-01-05T09:00:00.000Z (a regex matcher, as Pact's own helpers write it). */
  isoDateTime: (example = '2026-01-05T09:00:00.000Z'): InlineMatcher => ({ [MATCHER_KEY]: 'regex', regex: ISO_DATE_TIME, value: example }),
  /** A value filled in from the provider state, e.g. fromProviderState('/api/v1/users/${id}', '/api/v1/users/usr_1'). */
  fromProviderState: (expression: string, example: string): ProviderStateValue => ({ [GENERATOR_KEY]: 'ProviderState', expression, value: example }),
};

export type Matchers = typeof matchers;
