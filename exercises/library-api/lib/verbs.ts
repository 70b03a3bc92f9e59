/**
 * Verbs that name library tasks (return, renew, reserve…), each with the
 * resource-shaped request that does the same job, for messages that show the way.
 */
import { crudVerbIn, splitWords } from '../../../src/grading/openapi-rules/words';

/** Library verbs, with the resource-shaped request that does the same thing. */
export const actionVerbs: Record<string, string> = {
  return: 'POST /loans/{loanId}/return, or PATCH /loans/{loanId} with a new status',
  renew: 'POST /loans/{loanId}/renewals, or PATCH /loans/{loanId} with a new due date',
  extend: 'POST /loans/{loanId}/renewals',
  reserve: 'POST /books/{bookId}/reservations',
  borrow: 'POST /loans with the book and the member in the body',
  lend: 'POST /loans with the book and the member in the body',
  checkout: 'POST /loans with the book and the member in the body',
  search: 'GET /books?q=…, a filtered list',
  cancel: 'DELETE /reservations/{reservationId}, or PATCH it with status "cancelled"',
  pay: 'POST /members/{memberId}/payments',
};

/** The library verb a name contains as a word (`returnBook` → return), else null. */
export function libraryVerbIn(text: string): string | null {
  return splitWords(text).find((word) => word in actionVerbs) ?? null;
}

/** True for names that hold a verb, CRUD or library: such a segment names an action, not a collection. */
export function isActionName(text: string): boolean {
  return libraryVerbIn(text) !== null || crudVerbIn(text) !== null;
}
