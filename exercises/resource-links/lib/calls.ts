/**
 * Calling the learner's `toRepresentation` safely and describing each call in the
 * words a message needs: what was passed, what came back.
 */

export type ToRepresentation = (collection: string, resource: ResourceData, related?: string[], basePath?: string) => unknown;

/** One call to make: the arguments, `related` and `basePath` left out when undefined. */
export interface Call {
  collection: string;
  resource: ResourceData;
  related?: string[];
  basePath?: string;
}

/** What a call returned, plus the input before and after it. */
export interface Outcome {
  label: string;
  /** The object handed to the learner's function (it may have been changed). */
  input: ResourceData;
  /** A copy of the input taken before the call. */
  before: ResourceData;
  data: unknown;
  links: Record<string, unknown>;
}

/** Shows a value the way a learner wrote it: `"a b"`, `{"id":"usr_1"}`. */
export const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/**
 * The call as code, e.g. `toRepresentation("users", {"id":"usr_1",…}, ["orders"], "/api/v2")`.
 * Fields other than the id are elided unless `full`: link messages only need the id.
 */
export function label(call: Call, full = false): string {
  const { id, ...rest } = call.resource;
  const parts = [show(call.collection), full || Object.keys(rest).length === 0 ? show(call.resource) : `{"id":${show(id)},…}`];
  if (call.related !== undefined || call.basePath !== undefined) parts.push(show(call.related ?? []));
  if (call.basePath !== undefined) parts.push(show(call.basePath));
  return `toRepresentation(${parts.join(', ')})`;
}

/** The exported function, or an Error that says how to export it. */
export function exportedFunction(exports: Record<string, unknown>): ToRepresentation {
  const fn = exports.toRepresentation;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      `Export a function named toRepresentation (write "export function toRepresentation(...)"); ` +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as ToRepresentation;
}

/**
 * Calls the function on a fresh copy of the call's resource, so one call cannot spoil
 * the next, and checks that it returned `{ data, links }` at all.
 */
export function run(fn: ToRepresentation, call: Call): Outcome {
  const input = structuredClone(call.resource);
  const before = structuredClone(call.resource);
  const args: [string, ResourceData, string[]?, string?] = [call.collection, input];
  if (call.related !== undefined || call.basePath !== undefined) args.push(call.related ?? []);
  if (call.basePath !== undefined) args.push(call.basePath);
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`${label(call)} threw ${reason}. It should return { data, links } for any resource.`);
  }
  const shape = result as { data?: unknown; links?: unknown } | null;
  if (typeof shape !== 'object' || shape === null || typeof shape.links !== 'object' || shape.links === null) {
    throw new Error(`${label(call)} returned ${show(result)}. Return an object { data, links } whose links holds at least self.`);
  }
  return { label: label(call), input, before, data: shape.data, links: shape.links as Record<string, unknown> };
}

/** Fields added, removed or changed between two versions of a resource, for messages. */
export function fieldChanges(before: Record<string, unknown>, after: unknown): string[] {
  if (typeof after !== 'object' || after === null) return [`it is ${show(after)} instead of an object`];
  const now = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...keys].flatMap((key) => {
    if (!(key in now)) return [`"${key}" is missing`];
    if (!(key in before)) return [`"${key}" was added`];
    return show(before[key]) === show(now[key]) ? [] : [`"${key}" changed from ${show(before[key])} to ${show(now[key])}`];
  });
}
