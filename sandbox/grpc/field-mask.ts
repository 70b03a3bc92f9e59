import type { FieldMask } from '@bufbuild/protobuf/wkt';
import { invalidArgument, type FieldViolation } from './errors';

/**
 * Partial updates with a google.protobuf.FieldMask (AIP-134): the request carries
 * the whole resource, and `update_mask` says which of its fields to copy. Without
 * the mask a server cannot tell "set name to empty" from "leave name alone", since
 * proto3 sends no difference between an empty string and a missing one.
 */

export interface MaskRules<F extends string> {
  /** Fields a client may change. */
  mutable: readonly F[];
  /** Fields the server sets (id, create_time); naming one is an error, not a silent no-op. */
  outputOnly: readonly string[];
  /** Whether the request's resource sets this field; used when the mask is empty. */
  isSet(field: F): boolean;
}

/**
 * The fields an update changes. An empty mask means "every field that is set",
 * `*` means "every mutable field" (a full replacement). Unknown, output-only and
 * nested paths are INVALID_ARGUMENT, all of them reported together.
 */
export function resolveUpdateMask<F extends string>(mask: FieldMask | undefined, rules: MaskRules<F>): F[] {
  const paths = mask?.paths ?? [];
  if (paths.length === 0) return rules.mutable.filter((field) => rules.isSet(field));
  if (paths.includes('*')) {
    if (paths.length > 1) throw maskError('"*" already names every field; send it alone, or list the fields without it.');
    return [...rules.mutable];
  }

  const violations: FieldViolation[] = [];
  for (const path of paths) {
    const problem = pathProblem(path, rules);
    if (problem) violations.push({ field: 'update_mask', reason: 'INVALID_FIELD_MASK', description: problem });
  }
  if (violations.length > 0) throw invalidArgument(violations);
  return [...new Set(paths)] as F[];
}

function pathProblem<F extends string>(path: string, rules: MaskRules<F>): string | undefined {
  if ((rules.mutable as readonly string[]).includes(path)) return undefined;
  const choices = rules.mutable.map((field) => `"${field}"`).join(', ');
  if (rules.outputOnly.includes(path)) return `update_mask names "${path}", which the server sets; it cannot be changed. Use ${choices}.`;
  const [head, ...rest] = path.split('.');
  if (rest.length > 0 && (rules.mutable as readonly string[]).includes(rest.join('.'))) {
    return `update_mask paths are relative to the resource: write "${rest.join('.')}", not "${path}".`;
  }
  return `update_mask names "${path}", which is not a field${head === path ? '' : ' path'} of the resource. Use ${choices}.`;
}

function maskError(description: string) {
  return invalidArgument([{ field: 'update_mask', reason: 'INVALID_FIELD_MASK', description }]);
}
