import { z } from '@hono/zod-openapi';
import { MAX_BATCH_OPERATIONS } from '../patterns/batch';
import { ErrorSchema } from './error';
import { UserSchema } from './user';

/** POST /api/v1/batch: the request, each operation's result, and the summary. */

export const BATCH_METHODS = ['create', 'update', 'delete'] as const;
export const BATCH_RESOURCES = ['users'] as const;

export const BatchOperationSchema = z
  .strictObject({
    method: z.enum(BATCH_METHODS).openapi({ description: 'create (like POST /users), update (like PATCH /users/{id}) or delete (like DELETE /users/{id}).' }),
    resource: z.enum(BATCH_RESOURCES).openapi({ description: 'The collection the operation acts on.' }),
    id: z.string().optional().openapi({ description: 'The user to update or delete. Not sent with create: the server assigns ids.', example: 'usr_2' }),
    data: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({
        description: 'create: a UserCreate (name and email); update: a UserUpdate (the fields to change). Checked by the same rules as POST and PATCH /users, per operation.',
        example: { name: 'Katherine Johnson', email: 'katherine@example.com' },
      }),
  })
  .openapi('BatchOperation');

export const BatchRequestSchema = z
  .strictObject({
    operations: z
      .array(BatchOperationSchema)
      .min(1)
      .max(MAX_BATCH_OPERATIONS)
      .openapi({ description: `1 to ${MAX_BATCH_OPERATIONS} operations, run in order. A longer list is refused as a whole with 422.` }),
    atomic: z.boolean().optional().openapi({
      description: 'true: apply all operations or none (if any fails, none is applied and the others say rolled_back). false (the default): apply each one that succeeds.',
    }),
  })
  .openapi('BatchRequest');

const ErrorObjectSchema = ErrorSchema.shape.error;

export const BatchResultSchema = z
  .discriminatedUnion('outcome', [
    z.object({
      index: z.int().min(0),
      outcome: z.literal('succeeded'),
      status: z.int().openapi({ description: 'The status the single request would have answered: 201 create, 200 update, 204 delete.', example: 201 }),
      data: UserSchema.optional().openapi({ description: 'The user as created or updated; absent for delete.' }),
    }),
    z.object({
      index: z.int().min(0),
      outcome: z.literal('failed'),
      status: z.int().openapi({ description: 'The status the single request would have answered, e.g. 404, 409, 422.', example: 422 }),
      error: ErrorObjectSchema,
    }),
    z.object({
      index: z.int().min(0),
      outcome: z.literal('rolled_back'),
      status: z.literal(424).openapi({ description: '424 Failed Dependency: it would have succeeded, but another operation of the atomic batch failed.' }),
      message: z.string(),
    }),
  ])
  .openapi('BatchResult');

export const BatchResponseSchema = z
  .object({
    atomic: z.boolean(),
    results: z.array(BatchResultSchema).openapi({ description: 'One result per operation, in the order sent; index is the operation’s position.' }),
    summary: z.object({
      total: z.int().min(0),
      succeeded: z.int().min(0),
      failed: z.int().min(0),
      rolled_back: z.int().min(0).openapi({ description: 'Only in atomic mode: operations not applied because another one failed.' }),
    }),
  })
  .openapi('BatchResponse');
