import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { runBatch, stagedTable, type OperationSuccess, type Table } from '../patterns/batch';
import { ApiError, resourceNotFound, type ErrorDetail } from '../patterns/errors';
import { IDEMPOTENCY_ERRORS, idempotencyKeyHeader } from '../patterns/idempotency';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { describeIssues, validationFailed } from '../patterns/validation';
import { BatchRequestSchema, BatchResponseSchema } from '../schemas/batch';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { UserCreateSchema, UserUpdateSchema } from '../schemas/user';
import type { Clock } from '../store/clock';
import { isEmailTaken } from '../store/email';
import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';

/**
 * POST /api/v1/batch: create, update and delete users in one request. Each operation is
 * checked by the same zod schemas and the same email rule as POST and PATCH /users, and
 * reports the status and error body the single request would have answered.
 *
 * Too many operations is a 422 for the whole batch, not a 413: 413 Content Too Large is
 * about bytes a server will not read (RFC 9110 §15.5.14); 50 operations is a rule about
 * what the body says, like any other field limit, and the 422 names the field.
 */

type BatchRequest = z.infer<typeof BatchRequestSchema>;
type Operation = BatchRequest['operations'][number];

const runBatchRoute = createRoute({
  method: 'post',
  path: '/batch',
  tags: ['Users'],
  summary: 'Create, update and delete users in one request',
  description:
    'Runs up to 50 operations in order and answers 200 with one result per operation (its status, and the user or the error) and a summary. ' +
    'With atomic: true, either every operation is applied or none is. Send an Idempotency-Key to retry a batch safely.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(BatchRequestSchema), headers: idempotencyKeyHeader },
  responses: {
    200: jsonContent(BatchResponseSchema, 'The batch was processed: see each result’s outcome and the summary.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error', ...IDEMPOTENCY_ERRORS),
  },
});

/** Problems with an operation's own shape: which fields its method needs. */
function shapeProblems(operation: Operation, index: number): ErrorDetail[] {
  const at = `operations[${index}]`;
  const problems: ErrorDetail[] = [];
  const needsId = operation.method !== 'create';
  if (needsId && operation.id === undefined) problems.push({ field: `${at}.id`, code: 'required', message: `${at}.id is required: ${operation.method} needs the id of the user.` });
  if (!needsId && operation.id !== undefined) problems.push({ field: `${at}.id`, code: 'not_allowed', message: `${at}.id must not be sent with create: the server assigns ids.` });
  const needsData = operation.method !== 'delete';
  if (needsData && operation.data === undefined) problems.push({ field: `${at}.data`, code: 'required', message: `${at}.data is required: ${operation.method} needs the user's fields.` });
  if (!needsData && operation.data !== undefined) problems.push({ field: `${at}.data`, code: 'not_allowed', message: `${at}.data must not be sent with delete.` });
  return problems;
}

/** Validates `data` with a users schema; issues are named by their full path in the batch. */
function parseData<T>(schema: z.ZodType<T>, operation: Operation, index: number): T {
  const result = schema.safeParse(operation.data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ ...issue, path: ['operations', index, 'data', ...issue.path] }));
  const body = { operations: Object.assign([], { [index]: operation }) };
  throw validationFailed(describeIssues(issues, body, 'json'));
}

/** The batch endpoint over the users collection. */
export function batchRoutes(store: Store, clock: Clock) {
  const assertEmailFree = (users: Table<UserRecord>, email: string, index: number, ownerId?: string) => {
    if (isEmailTaken(users.all(), email, ownerId)) {
      throw new ApiError('email_taken', `Another user already has the email ${email} (operations[${index}].data.email). Use a different address, or update that user instead.`, {
        param: `operations[${index}].data.email`,
      });
    }
  };

  const find = (users: Table<UserRecord>, id: string) => {
    const user = users.get(id);
    if (!user) throw resourceNotFound('user', id, resourcePath('users'));
    return user;
  };

  // One operation, as the users routes would do it, on whichever table the batch hands over.
  const run = (users: Table<UserRecord>, operation: Operation, index: number): OperationSuccess => {
    const problems = shapeProblems(operation, index);
    if (problems.length > 0) throw validationFailed(problems);
    switch (operation.method) {
      case 'create': {
        const input = parseData(UserCreateSchema, operation, index);
        assertEmailFree(users, input.email, index);
        return { status: 201, data: users.insert({ ...input, created_at: new Date(clock.now()).toISOString() }) };
      }
      case 'update': {
        const changes = parseData(UserUpdateSchema, operation, index);
        find(users, operation.id!);
        if (changes.email !== undefined) assertEmailFree(users, changes.email, index, operation.id);
        return { status: 200, data: users.update(operation.id!, changes) };
      }
      case 'delete':
        find(users, operation.id!);
        users.remove(operation.id!);
        return { status: 204 };
    }
  };

  return createRouter().openapi(runBatchRoute, (c) => {
    const { operations, atomic = false } = c.req.valid('json');
    const { results, summary } = runBatch({
      operations,
      atomic,
      table: store.users,
      stage: () => stagedTable(store.users.all()),
      run,
      requestId: c.get('requestId'),
    });
    return c.json({ atomic, results, summary }, 200);
  });
}
