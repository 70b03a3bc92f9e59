/**
 * Finds the first place where a learner's dashboard differs from the expected one,
 * and says it the way a learner can act on: the path, both values, and a tip for the
 * conversions each API needs.
 */

export interface Difference {
  /** JavaScript path into the dashboard, e.g. "orders[0].total". */
  path: string;
  expected: unknown;
  actual: unknown;
  /** What a key was: missing or unexpected, when that is the difference. */
  kind: 'value' | 'missing' | 'extra';
}

const show = (value: unknown): string => {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 110)}…` : text;
};

/** The first difference between `actual` and `expected` (key order aside), or null when equal. */
export function firstDifference(actual: unknown, expected: unknown, path = ''): Difference | null {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return { path: path || '(the result)', expected, actual, kind: 'value' };
    if (actual.length !== expected.length) return { path: `${path}.length`, expected: expected.length, actual: actual.length, kind: 'value' };
    for (const [i, item] of expected.entries()) {
      const found = firstDifference(actual[i], item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return { path: path || '(the result)', expected, actual, kind: 'value' };
    const record = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in record)) return { path: at, expected: value, actual: undefined, kind: 'missing' };
      const found = firstDifference(record[key], value, at);
      if (found) return found;
    }
    const extra = Object.keys(record).find((key) => !(key in expected));
    return extra ? { path: path ? `${path}.${extra}` : extra, expected: undefined, actual: record[extra], kind: 'extra' } : null;
  }
  return Object.is(actual, expected) ? null : { path: path || '(the result)', expected, actual, kind: 'value' };
}

// Tips keyed by the last part of the path: the conversions between the two APIs' spellings.
const tips: Record<string, string> = {
  total:
    'REST sends money as { amount: 11499, currency: "EUR" } in cents; GraphQL\'s Money is already "114.99 EUR". ' +
    'Write amount / 100 with two decimals, a space and the currency.',
  status: 'REST writes statuses in lower case ("shipped"); GraphQL\'s OrderStatus enum in upper case ("SHIPPED"). Use lower case.',
  placedAt: 'placedAt is the order\'s created_at (REST) or createdAt (GraphQL), unchanged.',
  length: 'List every order of the user (both APIs give up to 20 on their first page, more than any user here has).',
  name: 'Products are named on the product resource (REST: GET /api/v1/products/{id}; GraphQL: items { product { name } }).',
};

/** A sentence about the difference, with the tip for that field when there is one. */
export function describeDifference(difference: Difference): string {
  const { path, expected, actual, kind } = difference;
  if (kind === 'missing') return `${path} is missing; expected ${show(expected)}.`;
  if (kind === 'extra') return `${path} is not part of the dashboard (it holds ${show(actual)}); return exactly the fields of UserDashboard.`;
  const field = /([A-Za-z]+)$/.exec(path)?.[1] ?? '';
  const orderTip = /^orders\[\d+\]\.id$/.test(path) ? ' Orders go newest first: sort by placedAt, latest first.' : '';
  return `${path} is ${show(actual)}; expected ${show(expected)}.${tips[field] ? ` ${tips[field]}` : orderTip}`;
}
