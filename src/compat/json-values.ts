/**
 * What a JSON value looks like to a client: its kind (string, object…) and, for
 * strings, the format a client probably parses it with (a date, an email…).
 */
import { compatJsonChanges as m } from '@messages/compat-json-changes';

export type JsonKind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** The JSON kind of a parsed value. */
export function kindOf(value: unknown): JsonKind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'boolean' || type === 'number' || type === 'string') return type;
  return 'object';
}

/** "a string", "an object" — a kind in a sentence. */
export function aKind(kind: JsonKind): string {
  return m.kinds[kind];
}

/** What typical client code does with a value of this kind, to say what breaks. */
export function typicalUse(kind: JsonKind, path: string): string {
  return m.uses[kind](path);
}

// Labels come from the catalogue by name; a format without one is shown by its name.
const formats: Array<{ name: string; test: RegExp }> = [
  { name: 'date-time', test: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/ },
  { name: 'date', test: /^\d{4}-\d{2}-\d{2}$/ },
  { name: 'email', test: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ },
  { name: 'uri', test: /^[a-z][a-z0-9+.-]*:\/\/\S+$/i },
  { name: 'uuid', test: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i },
  { name: 'phone', test: /^\+[1-9]\d{6,14}$/ },
];

export interface StringFormat {
  name: string;
  label: string;
}

/** The format a string value appears to follow, or null for free text. */
export function formatOf(value: string): StringFormat | null {
  const found = formats.find((format) => format.test.test(value));
  return found ? { name: found.name, label: m.formats[found.name] ?? found.name } : null;
}

/** Deep equality of two JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  const kind = kindOf(a);
  if (kind !== kindOf(b)) return false;
  if (kind === 'array') {
    const left = a as unknown[];
    const right = b as unknown[];
    return left.length === right.length && left.every((item, i) => sameJson(item, right[i]));
  }
  if (kind === 'object') {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => key in right && sameJson(left[key], right[key]));
  }
  return a === b || (kind === 'null' && kindOf(b) === 'null');
}

/** One object standing for all the objects of an array: every key seen, with its first non-null value. */
export function mergeItems(items: readonly Record<string, unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      if (!(key in merged) || (kindOf(merged[key]) === 'null' && kindOf(value) !== 'null')) merged[key] = value;
    }
  }
  return merged;
}
