/**
 * One Pact rule applied to one value (not to what is inside it: match-body.ts walks
 * containers). Returns null when the value passes, or what was expected, in words.
 */
import { contractLabChecks as checks } from '@messages/contract-lab-checks';
import type { PactRule } from './pact-types';

/** The JSON type of a value, as the messages name it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** A value for a message, shortened. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const DEFAULT_PATTERNS = {
  timestamp: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})',
  date: '\\d{4}-\\d{2}-\\d{2}',
  time: '\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?',
};

const FORMAT_LETTERS: Record<string, string> = {
  yyyy: '\\d{4}', MM: '\\d{2}', dd: '\\d{2}', HH: '\\d{2}', mm: '\\d{2}', ss: '\\d{2}', SSS: '\\d{3}',
  XXX: '(Z|[+-]\\d{2}:\\d{2})', XX: '(Z|[+-]\\d{4})', X: '(Z|[+-]\\d{2}(\\d{2})?)', Z: '[+-]\\d{4}',
};

/** A Java-style date pattern (the subset Pact contracts use) as a regular expression. */
export function formatToPattern(format: string): string {
  let pattern = '';
  for (let i = 0; i < format.length; ) {
    const quoted = /^'([^']*)'/.exec(format.slice(i));
    if (quoted) {
      pattern += quoted[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i += quoted[0].length;
      continue;
    }
    const letters = Object.keys(FORMAT_LETTERS).find((key) => format.startsWith(key, i));
    if (letters) {
      pattern += FORMAT_LETTERS[letters];
      i += letters.length;
    } else if (/[A-Za-z]/.test(format[i]!)) {
      throw new Error(checks.record.dateFormat(format, format[i]!));
    } else {
      pattern += format[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i += 1;
    }
  }
  return pattern;
}

/** Null when `actual` meets `rule`, otherwise the expectation it missed, e.g. "a string matching ^usr_\d+$". */
export function ruleProblem(rule: PactRule, expected: unknown, actual: unknown): string | null {
  const e = checks.expected;
  switch (rule.match) {
    case 'type':
      return jsonType(actual) === jsonType(expected) ? null : e.type(jsonType(expected), show(expected));
    case 'regex': {
      const ok = (typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean') && new RegExp(`^(?:${rule.regex})$`).test(String(actual));
      return ok ? null : e.regex(rule.regex);
    }
    case 'integer':
      return Number.isInteger(actual) ? null : e.integer;
    case 'decimal':
    case 'number':
      return typeof actual === 'number' && Number.isFinite(actual) ? null : e.number;
    case 'timestamp':
    case 'date':
    case 'time': {
      const pattern = rule.format ? formatToPattern(rule.format) : DEFAULT_PATTERNS[rule.match];
      const ok = typeof actual === 'string' && new RegExp(`^(?:${pattern})$`).test(actual) && (rule.match === 'time' || !Number.isNaN(Date.parse(actual.slice(0, rule.match === 'date' ? 10 : undefined))));
      return ok ? null : e.dateTime(rule.match, rule.format);
    }
    case 'include':
      return typeof actual === 'string' && actual.includes(rule.value ?? '') ? null : e.include(show(rule.value));
    case 'null':
      return actual === null ? null : e.null;
    case 'equality':
      return JSON.stringify(actual) === JSON.stringify(expected) ? null : e.exactly(show(expected));
  }
}
