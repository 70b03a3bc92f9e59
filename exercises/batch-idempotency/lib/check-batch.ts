/**
 * Checks on one processed batch: a result per operation in order, the status of each,
 * the data and errors they carry, the summary, and that failures neither stop the batch
 * nor reach the store when the operation is invalid.
 */
import { batchBody, send, setUp, type CreateBatchHandler } from './requests';
import { describeCalls } from './user-store';

const grace = { name: 'Grace Hopper', email: 'grace@example.com' };
const mary = { name: 'Mary Jackson', email: 'mary@example.com' };

/** A batch with every kind of outcome, and why each has its status. */
export const MIXED: { operation: unknown; status: number; why: string }[] = [
  { operation: { op: 'create', data: grace }, status: 201, why: 'a valid create answers 201 with the new user' },
  { operation: { op: 'update', id: 'usr_1', data: { email: 'ada@example.org' } }, status: 200, why: 'a valid update answers 200 with the updated user' },
  { operation: { op: 'delete', id: 'usr_2' }, status: 204, why: 'a delete answers 204' },
  { operation: { op: 'update', id: 'usr_404', data: { name: 'Nobody' } }, status: 404, why: 'there is no user usr_404 (the store returned null)' },
  { operation: { op: 'create', data: { name: 'Bad Email', email: 'not-an-email' } }, status: 422, why: 'the email has no "@"' },
  { operation: { op: 'delete', id: 'usr_2' }, status: 404, why: 'operation 2 already deleted usr_2 (operations run in order)' },
  { operation: { op: 'upsert', id: 'usr_3' }, status: 422, why: '"upsert" is not an operation (create, update or delete)' },
  { operation: { op: 'create', data: mary }, status: 201, why: 'a failure earlier in the batch does not stop later operations' },
];

const mixedBody = () => ({ operations: MIXED.map((entry) => entry.operation) });

async function sendMixed(create: CreateBatchHandler) {
  const { store, handler } = setUp(create);
  const sent = await send(handler, { body: mixedBody() });
  return { store, sent, body: batchBody(sent) };
}

/** 200, JSON, one result per operation, in order, each with its index. */
export async function shapeProblems(create: CreateBatchHandler): Promise<string[]> {
  const { sent, body } = await sendMixed(create);
  const type = sent.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return [`${sent.label} answered with Content-Type ${JSON.stringify(type)}; send application/json.`];
  if (body.results.length !== MIXED.length) return [`${sent.label} answered ${body.results.length} results; expected ${MIXED.length}, one per operation, failed ones included.`];
  const misplaced = body.results.findIndex((result, i) => result?.index !== i);
  return misplaced === -1
    ? []
    : [`results[${misplaced}] has index ${JSON.stringify(body.results[misplaced]?.index)}; expected ${misplaced}. Keep results in the order of the operations, each with index set to its position in the request.`];
}

/** Every operation gets the status its outcome calls for. */
export async function statusProblems(create: CreateBatchHandler): Promise<string[]> {
  const { sent, body } = await sendMixed(create);
  return MIXED.flatMap((entry, i) => {
    const got = body.results[i]?.status;
    return got === entry.status
      ? []
      : [`${sent.label}: operation ${i} ${JSON.stringify(entry.operation)} got status ${JSON.stringify(got)}; expected ${entry.status}, because ${entry.why}.`];
  });
}

/** Successes carry the store's user; failures carry { code, message }. */
export async function payloadProblems(create: CreateBatchHandler): Promise<string[]> {
  const { sent, body, store } = await sendMixed(create);
  const users = store.snapshot();
  return MIXED.flatMap(({ status }, i) => {
    const result = body.results[i];
    if (result === undefined) return [`${sent.label}: results[${i}] is missing; every operation, failed or not, has a result.`];
    if (status === 201 || status === 200) {
      const data = (result as { data?: BatchUser }).data;
      const stored = data?.id ? users.get(data.id) : undefined;
      if (!stored || JSON.stringify(data) !== JSON.stringify(stored)) {
        return [`${sent.label}: results[${i}].data is ${JSON.stringify(data)}; expected the user the store returned, e.g. ${JSON.stringify(stored ?? [...users.values()].at(-1))}. Put what deps.users.${status === 201 ? 'create' : 'update'} resolved to in data.`];
      }
      return [];
    }
    if (status === 404 || status === 422) {
      const error = (result as { error?: Partial<BatchError> }).error;
      if (typeof error?.code !== 'string' || typeof error.message !== 'string' || !error.message.trim()) {
        return [`${sent.label}: results[${i}] failed with ${JSON.stringify(result)}; a failed operation carries error: { code, message }, e.g. { code: "not_found", message: "No user usr_404 to update." }.`];
      }
    }
    return [];
  });
}

/** The summary adds up. */
export async function summaryProblems(create: CreateBatchHandler): Promise<string[]> {
  const { sent, body } = await sendMixed(create);
  const succeeded = MIXED.filter((entry) => entry.status < 300).length;
  const expected = { total: MIXED.length, succeeded, failed: MIXED.length - succeeded };
  const got = body.summary as Partial<typeof expected> | undefined;
  const same = got && got.total === expected.total && got.succeeded === expected.succeeded && got.failed === expected.failed;
  return same ? [] : [`${sent.label} gave summary ${JSON.stringify(got)}; expected ${JSON.stringify(expected)}: count the results by status (2xx succeeded, the rest failed).`];
}

/** A failed operation leaves the batch running: it is not atomic. */
export async function nonAtomicProblems(create: CreateBatchHandler): Promise<string[]> {
  const { store, handler } = setUp(create);
  const sent = await send(handler, { body: { operations: [{ op: 'update', id: 'usr_404', data: { name: 'Nobody' } }, { op: 'create', data: grace }] } });
  if (sent.status !== 200) {
    return [`${sent.label} (a missing user, then a valid create) answered ${sent.status}; expected 200 with a 404 result for the first operation and 201 for the second. One failed operation must not fail the whole batch: record its error and go on.`];
  }
  const created = store.calls.some((call) => call.method === 'create');
  return created ? [] : [`${sent.label} (a missing user, then a valid create) never called deps.users.create. Run every operation; a failure earlier in the batch does not stop the later ones.`];
}

const INVALID: { operation: unknown; why: string }[] = [
  { operation: { op: 'create', data: { name: 'No Email' } }, why: 'the email is missing' },
  { operation: { op: 'create', data: { name: '', email: 'empty@example.com' } }, why: 'the name is empty' },
  { operation: { op: 'create', data: { name: '   ', email: 'blank@example.com' } }, why: 'the name is only spaces' },
  { operation: { op: 'create', data: { name: 'x'.repeat(101), email: 'long@example.com' } }, why: 'the name is longer than 100 characters' },
  { operation: { op: 'create', data: { name: 'No Dot', email: 'nodot@localhost' } }, why: 'the email has no dot in its domain' },
  { operation: { op: 'create' }, why: 'there is no data' },
  { operation: { op: 'update', id: 'usr_1', data: {} }, why: 'the update changes nothing' },
  { operation: { op: 'update', id: 'usr_1', data: { email: 'nope' } }, why: 'the new email has no "@"' },
  { operation: { op: 'update', data: { name: 'Who' } }, why: 'the id is missing' },
  { operation: { op: 'delete' }, why: 'the id is missing' },
  { operation: { id: 'usr_1' }, why: 'there is no op' },
  { operation: 42, why: 'an operation must be an object' },
];

/** Invalid operations get 422 each and never reach the store. */
export async function validationProblems(create: CreateBatchHandler): Promise<string[]> {
  const { store, handler } = setUp(create);
  const sent = await send(handler, { body: { operations: INVALID.map((entry) => entry.operation) } });
  const body = batchBody(sent);
  const problems = INVALID.flatMap((entry, i) => {
    const result = body.results[i] as { status?: unknown; error?: Partial<BatchError> } | undefined;
    if (result?.status !== 422) {
      return [`${sent.label}: operation ${i} ${JSON.stringify(entry.operation).slice(0, 80)} got status ${JSON.stringify(result?.status)}; expected 422, because ${entry.why}. Validate each operation before running it.`];
    }
    return typeof result.error?.message === 'string' ? [] : [`${sent.label}: operation ${i} got 422 without error: { code, message }; say which field is wrong (${entry.why}).`];
  });
  if (store.calls.length > 0) {
    problems.push(`${sent.label} held only invalid operations, yet the store was called: ${describeCalls(store.calls)}. Check each operation before calling the store, so invalid data never reaches it.`);
  }
  return problems;
}
