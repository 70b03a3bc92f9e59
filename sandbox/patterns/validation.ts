import type { Hook } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { SandboxEnv } from '../env';
import { ApiError, type ErrorDetail } from './errors';

/**
 * Validation: the zod schemas that document each operation also check each request.
 * When a check fails, every problem is reported at once (one 422, all fields listed),
 * because a client fixing one field per round trip is a client that gives up.
 */

type Issue = ZodError['issues'][number];
type PathKey = Issue['path'][number];

/** The hook every router runs after validating query, path and body: failures become one 422. */
export const validationHook: Hook<unknown, SandboxEnv, string, void> = (result) => {
  if (result.success) return;
  // @hono/zod-validator passes the raw input beside the error; we need it to tell "missing" from "wrong".
  const input = (result as { data?: unknown }).data;
  throw validationFailed(describeIssues(result.error.issues, input, result.target));
};

/** The 422 error for a list of field problems, with a message that sums them all up. */
export function validationFailed(details: ErrorDetail[]): ApiError {
  const count = details.length === 1 ? '1 field is' : `${details.length} fields are`;
  return new ApiError('validation_failed', `${count} invalid: ${details.map((d) => d.message).join(' ')}`, { details });
}

/** Turns zod issues into details that name the field and say what to send instead. */
export function describeIssues(issues: readonly Issue[], input: unknown, target: string): ErrorDetail[] {
  return issues.flatMap((issue): ErrorDetail[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = fieldName([...issue.path, key], target);
        return { field, code: 'unknown_field', message: `${field} is not a field of this request; check its spelling or remove it.` };
      });
    }
    const field = fieldName(issue.path, target);
    let value = valueAt(input, issue.path);
    // Query and path values are always text; show `limit=0` as 0, not "0".
    if (target !== 'json' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) value = Number(value);
    return [{ field, ...explain(issue, field, value) }];
  });
}

function explain(issue: Issue, field: string, value: unknown): Omit<ErrorDetail, 'field'> {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'required', message: `${field} is required.` };
      return { code: 'invalid_type', message: `${field} must be ${typeName(issue.expected)}, not ${show(value)}.` };
    case 'invalid_format':
      if (issue.format === 'email') {
        return { code: 'invalid_format', message: `${field} must be an email address such as ada@example.com, not ${show(value)}.` };
      }
      // Patterns carry their own message in the schema (it knows what the pattern means).
      return { code: 'invalid_format', message: issue.format === 'regex' ? issue.message : `${field} must be a valid ${issue.format}, not ${show(value)}.` };
    case 'too_small':
    case 'too_big':
      return { code: issue.code, message: `${field} ${bound(issue, value)}` };
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { code: 'invalid_value', message: `${field} must be ${issue.values.length === 1 ? options : `one of ${options}`}, not ${show(value)}.` };
    }
    default:
      return { code: issue.code, message: issue.message };
  }
}

function bound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, value: unknown): string {
  const limit = Number('minimum' in issue ? issue.minimum : issue.maximum);
  const least = issue.code === 'too_small';
  if (issue.origin === 'string') {
    if (least && limit === 1) return 'must not be empty.';
    return `must be ${least ? 'at least' : 'at most'} ${limit} characters long.`;
  }
  if (issue.origin === 'array') {
    return `must have ${least ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'item' : 'items'}.`;
  }
  const relation = least ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
  return `must be ${relation} ${limit}, not ${show(value)}.`;
}

/** `['items', 1, 'product_id']` → `items[1].product_id`; the root of a body is `body`. */
function fieldName(path: readonly PathKey[], target: string): string {
  if (path.length === 0) return target === 'json' ? 'body' : target;
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

function typeName(expected: string): string {
  const names: Record<string, string> = { int: 'an integer', object: 'an object', array: 'an array', boolean: 'true or false' };
  return names[expected] ?? `a ${expected}`;
}

/** A short rendering of what the client sent, for messages. */
function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
