// POST /batch: up to 50 user operations, each with its own result, safe to retry with an
// Idempotency-Key (the first response is kept and replayed; the batch never runs twice).

const MAX_OPERATIONS = 50;
const MAX_NAME_LENGTH = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Kept {
  status: number;
  text: string;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

const refuse = (status: number, code: string, message: string): Kept => ({ status, text: JSON.stringify({ error: { code, message } }) });

const fail = (index: number, status: 404 | 422, code: string, message: string): BatchOperationResult => ({ index, status, error: { code, message } });

/** The problem with a name or email that is present, or null. */
function fieldProblem(data: Record<string, unknown>, field: 'name' | 'email'): string | null {
  const value = data[field];
  if (field === 'name') {
    return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_NAME_LENGTH ? null : `name must be 1 to ${MAX_NAME_LENGTH} characters, not only spaces.`;
  }
  return typeof value === 'string' && EMAIL.test(value) ? null : 'email must look like ada@example.com.';
}

/** Why an operation is invalid, or null when it may run. */
function invalidReason(operation: unknown): string | null {
  if (typeof operation !== 'object' || operation === null) return 'Each operation must be an object with an op.';
  const { op, id, data } = operation as { op?: unknown; id?: unknown; data?: unknown };
  if (op !== 'create' && op !== 'update' && op !== 'delete') return 'op must be "create", "update" or "delete".';
  if (op !== 'create' && (typeof id !== 'string' || id === '')) return `${op} needs the id of the user.`;
  if (op === 'delete') return null;
  if (typeof data !== 'object' || data === null) return `${op} needs data with the user's fields.`;
  const fields = data as Record<string, unknown>;
  if (op === 'create') return fieldProblem(fields, 'name') ?? fieldProblem(fields, 'email');
  const given = (['name', 'email'] as const).filter((field) => field in fields);
  if (given.length === 0) return 'update needs at least one of name and email.';
  for (const field of given) {
    const problem = fieldProblem(fields, field);
    if (problem) return problem;
  }
  return null;
}

async function runOperation(users: BatchUserStore, operation: BatchOperation, index: number): Promise<BatchOperationResult> {
  switch (operation.op) {
    case 'create':
      return { index, status: 201, data: await users.create({ name: operation.data.name, email: operation.data.email }) };
    case 'update': {
      const changes: Partial<BatchUserFields> = {};
      if (operation.data.name !== undefined) changes.name = operation.data.name;
      if (operation.data.email !== undefined) changes.email = operation.data.email;
      const user = await users.update(operation.id, changes);
      return user ? { index, status: 200, data: user } : fail(index, 404, 'not_found', `No user ${operation.id} to update.`);
    }
    case 'delete':
      return (await users.remove(operation.id)) ? { index, status: 204 } : fail(index, 404, 'not_found', `No user ${operation.id} to delete.`);
  }
}

/** Runs a batch from its raw body text. Never throws for bad input. */
async function processBatch(users: BatchUserStore, text: string): Promise<Kept> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const operations = (body as { operations?: unknown } | null)?.operations;
  if (!Array.isArray(operations) || operations.length === 0) {
    return refuse(422, 'validation_failed', 'Send { "operations": [...] } with at least one operation.');
  }
  if (operations.length > MAX_OPERATIONS) {
    return refuse(413, 'batch_too_large', `A batch holds at most ${MAX_OPERATIONS} operations; this one has ${operations.length}. Split it.`);
  }
  const results: BatchOperationResult[] = [];
  // One after another: later operations may depend on earlier ones (delete, then update).
  for (const [index, operation] of operations.entries()) {
    const reason = invalidReason(operation);
    results.push(reason ? fail(index, 422, 'validation_failed', reason) : await runOperation(users, operation as BatchOperation, index));
  }
  const succeeded = results.filter((result) => result.status < 300).length;
  const response: BatchResponseBody = { results, summary: { total: results.length, succeeded, failed: results.length - succeeded } };
  return { status: 200, text: JSON.stringify(response) };
}

/** Builds the handler of POST /batch on the given user store. */
export function createBatchHandler(deps: BatchHandlerDeps): (request: Request) => Promise<Response> {
  const keys = new Map<string, { body: string; response: Promise<Kept> }>();

  return async (request) => {
    const text = await request.text();
    const key = request.headers.get('idempotency-key');
    const send = (kept: Kept, headers: Record<string, string> = {}) =>
      new Response(kept.text, { status: kept.status, headers: { 'content-type': 'application/json', ...headers } });
    if (!key) return send(await processBatch(deps.users, text));

    const entry = keys.get(key);
    if (entry) {
      if (entry.body !== text) {
        return json(422, { error: { code: 'idempotency_key_reused', message: `Idempotency-Key ${key} was used for a different body; use a new key for a new batch.` } });
      }
      return send(await entry.response, { 'Idempotency-Replayed': 'true' });
    }
    // Stored before any await, so a duplicate arriving while this runs finds it and waits.
    const response = processBatch(deps.users, text);
    keys.set(key, { body: text, response });
    return send(await response);
  };
}
