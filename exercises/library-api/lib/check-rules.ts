/**
 * Checks on outcomes: 201 when one of the five resources is created, 409 when a
 * library rule refuses a loan or a renewal, and late fees that clients can read.
 */
import { isSuccess, operationsOf, responsesOf, schemaRoots, walkProperties, type Json, type Operation } from '../../../src/grading/openapi-rules/openapi';
import { segmentsOf } from '../../../src/grading/openapi-rules/paths';
import { listOf, namesOf } from '../../../src/grading/openapi-rules/message';
import { splitWords } from '../../../src/grading/openapi-rules/words';
import { borrowOperations, renewalOperations } from './check-actions';
import { collectionPaths, concepts } from './concepts';

/** POSTs to a collection of the five resources that do not answer 201 with a body. */
export function creationProblems(doc: Json): string[] {
  const paths = new Set(concepts.flatMap((concept) => collectionPaths(doc, concept)));
  const posts = operationsOf(doc).filter((o) => o.method === 'post' && paths.has(o.path));
  const reserving = posts.filter((o) => collectionPaths(doc, 'reservations').includes(o.path));
  const problems: string[] = [];
  if (reserving.length === 0) {
    problems.push('Nothing creates a reservation. Reserving a book adds a reservation, so POST to a reservations collection (e.g. POST /books/{bookId}/reservations) and answer 201.');
  }
  const items = posts.flatMap((operation) => {
    const responses = responsesOf(doc, operation);
    const created = responses.find((r) => r.status === '201');
    if (created) return created.schemas.length ? [] : [`${operation.label} answers 201 without a body schema`];
    const success = responses.filter((r) => isSuccess(r.status)).map((r) => r.status);
    return [`${operation.label} ${success.length ? `answers ${success.join(' or ')}` : 'declares no success response'}`];
  });
  if (items.length) {
    problems.push(
      `${listOf(items)}. Creating a resource answers 201 Created with the new resource as the body, so the client ` +
        'learns its id and server-set fields (a due date, a place in the queue) at once.',
    );
  }
  return problems;
}

const declares409 = (doc: Json, operation: Operation) => responsesOf(doc, operation).some((r) => r.status === '409');

/** Renewals and loans that cannot say "this breaks a rule" with 409 Conflict. */
export function missingConflicts(doc: Json): string[] {
  const renewals = renewalOperations(doc);
  const borrows = borrowOperations(doc);
  const lacking = [
    ...(renewals.length && !renewals.some((o) => declares409(doc, o)) ? [`${renewals[0]!.label} (renewing an overdue loan, or a book someone reserved)`] : []),
    ...borrows.filter((o) => !declares409(doc, o)).map((o) => `${o.label} (lending a book with no copy on the shelf)`),
  ];
  if (renewals.length === 0 && borrows.length === 0) {
    return ['Neither renewing nor borrowing is modelled yet, so no operation can refuse one with 409 Conflict. Model them first (see the checks on actions).'];
  }
  if (lacking.length === 0) return [];
  return [
    `${namesOf(lacking)} ${lacking.length === 1 ? 'declares' : 'declare'} no 409. When a request is well-formed but the ` +
      "library's current state forbids it, answer 409 Conflict with the shared error body, so the client knows that " +
      'fixing the input will not help and the state must change first.',
  ];
}

const feeWords = ['fee', 'fees', 'fine', 'fines', 'penalty', 'penalties', 'charge', 'charges', 'balance', 'arrears', 'owed', 'owing'];
const isFeeName = (name: string) => splitWords(name).some((word) => feeWords.includes(word));

/** No property or path for late fees. */
export function missingLateFees(doc: Json): string[] {
  const inPaths = operationsOf(doc).some((o) => segmentsOf(o.path).some((s) => !s.param && isFeeName(s.text)));
  let inSchemas = false;
  for (const { schema, where } of schemaRoots(doc)) {
    walkProperties(doc, schema, where, ({ name }) => {
      if (isFeeName(name)) inSchemas = true;
    });
  }
  if (inPaths || inSchemas) return [];
  return [
    'Nothing in the design shows late fees. Add a field such as late_fee (an amount and a currency) to Loan, or ' +
      'outstanding_fees to Member, or a sub-resource such as GET /members/{memberId}/fees.',
  ];
}
