/**
 * Checks on whole-request errors: too many operations, a body that is not JSON, and a
 * body without operations. Each is refused with an error body before anything runs.
 */
import { send, setUp, type CreateBatchHandler, type Sent } from './requests';
import { describeCalls } from './user-store';

const createOp = (i: number) => ({ op: 'create', data: { name: `User ${i}`, email: `user${i}@example.com` } });
const operations = (n: number) => Array.from({ length: n }, (_, i) => createOp(i));

function errorBodyProblem(sent: Sent): string | null {
  const error = (sent.json as { error?: Partial<BatchError> } | undefined)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string'
    ? null
    : `${sent.label} answered ${sent.status} with ${JSON.stringify(sent.text.slice(0, 120))}; a refused request carries { "error": { "code", "message" } } so the client can tell what to fix.`;
}

/** More than 50 operations are refused whole; exactly 50 are processed. */
export async function sizeLimitProblems(create: CreateBatchHandler): Promise<string[]> {
  const over = setUp(create);
  const tooMany = await send(over.handler, { body: { operations: operations(51) } });
  if (tooMany.status !== 413 && tooMany.status !== 422) {
    return [`${tooMany.label} answered ${tooMany.status}; expected 413 or 422: refuse a batch of more than 50 operations as a whole, so the client splits it instead of losing the rest.`];
  }
  if (over.store.calls.length > 0) {
    return [`${tooMany.label} was refused, but only after the store was called (${over.store.calls.length} call(s)). Check the size before running any operation.`];
  }
  const bodyProblem = errorBodyProblem(tooMany);
  if (bodyProblem) return [bodyProblem];
  const full = setUp(create);
  const fifty = await send(full.handler, { body: { operations: operations(50) } });
  const results = (fifty.json as { results?: unknown[] } | undefined)?.results;
  return fifty.status === 200 && results?.length === 50
    ? []
    : [`${fifty.label} answered ${fifty.status} with ${results?.length ?? 'no'} results; 50 operations is the limit, not over it: process them all (refuse only more than 50).`];
}

/** A body that is not JSON gets 400 and an error body. */
export async function malformedJsonProblems(create: CreateBatchHandler): Promise<string[]> {
  const { store, handler } = setUp(create);
  const sent = await send(handler, { body: '{"operations": [{"op": "create",' });
  if (sent.status !== 400) return [`${sent.label} answered ${sent.status}; expected 400: a body that is not JSON is a malformed request. Wrap JSON.parse in try/catch.`];
  if (store.calls.length > 0) return [`${sent.label} reached the store (${describeCalls(store.calls)}); refuse it before running anything.`];
  const bodyProblem = errorBodyProblem(sent);
  return bodyProblem ? [bodyProblem] : [];
}

/** A body without a non-empty operations array is refused. */
export async function missingOperationsProblems(create: CreateBatchHandler): Promise<string[]> {
  const bodies: unknown[] = [{}, { operations: 'all of them' }, { operations: [] }, [createOp(1)]];
  const problems: string[] = [];
  for (const body of bodies) {
    const { store, handler } = setUp(create);
    const sent = await send(handler, { body });
    if (sent.status !== 400 && sent.status !== 422) {
      problems.push(`${sent.label} answered ${sent.status}; expected 400 or 422: the body must be an object whose operations is an array of 1 to 50 operations.`);
    } else if (store.calls.length > 0) {
      problems.push(`${sent.label} was refused after reaching the store (${describeCalls(store.calls)}); check the body first.`);
    } else {
      const bodyProblem = errorBodyProblem(sent);
      if (bodyProblem) problems.push(bodyProblem);
    }
  }
  return problems;
}
