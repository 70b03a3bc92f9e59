import type { ErrorDetail } from '../patterns/errors';
import { validationFailed } from '../patterns/validation';

/**
 * Ids inside a request body (an order's user_id, a loan's book_id) must point at
 * something that exists. Every reference is checked before anything changes, and all
 * the unknown ones are reported in one 422, like any other invalid field.
 */

/** One reference to check: the body field, the id sent, and whether it exists. */
export interface Reference {
  field: string;
  id: string | undefined;
  noun: string;
  /** Where to find valid ids, e.g. /api/v1/users. */
  listPath: string;
  exists: (id: string) => boolean;
}

/** Throws one 422 naming every reference whose id matches nothing; ids left out (undefined) are skipped. */
export function checkReferences(references: readonly Reference[]): void {
  const problems = references.filter((ref) => ref.id !== undefined && !ref.exists(ref.id)).map((ref) => unknownId(ref.field, ref.id!, ref.noun, ref.listPath));
  if (problems.length > 0) throw validationFailed(problems);
}

/** The detail for one id that points at nothing. */
export function unknownId(field: string, id: string, noun: string, listPath: string): ErrorDetail {
  return { field, code: 'not_found', message: `${field} ${JSON.stringify(id)} is not the id of any ${noun}; pick one from GET ${listPath}.` };
}
