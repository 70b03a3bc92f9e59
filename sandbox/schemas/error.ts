import { z } from '@hono/zod-openapi';
import { ERROR_CODES, type ErrorCode } from '../patterns/errors';

/** The error envelope and its RFC 9457 twin, as documented in /openapi.json. */

const codes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];
const groups = [...new Set(Object.values(ERROR_CODES).map((entry) => entry.type))] as [string, ...string[]];

const ErrorDetailSchema = z
  .object({
    field: z.string().openapi({ example: 'email' }),
    code: z.string().openapi({ example: 'invalid_format' }),
    message: z.string().openapi({ example: 'email must be an email address such as ada@example.com, not "ada".' }),
  })
  .openapi('ErrorDetail');

export const ErrorSchema = z
  .object({
    error: z.object({
      type: z.enum(groups).openapi({ description: 'The group the code belongs to.' }),
      code: z.enum(codes).openapi({ description: 'Stable machine-readable code: branch on this, never on the message.' }),
      message: z.string().openapi({ description: 'What went wrong and how to fix it, for people.' }),
      param: z.string().optional().openapi({ description: 'The first offending field, parameter or header.' }),
      details: z.array(ErrorDetailSchema).optional().openapi({ description: 'Every invalid field, not only the first.' }),
      doc_url: z.string().openapi({ example: '/errors/validation_failed' }),
      request_id: z.string().openapi({ description: 'Same as the X-Request-Id header.', example: 'req_000042' }),
    }),
  })
  .openapi('Error');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/errors/validation_failed' }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().openapi({ description: 'The path of the request that failed.' }),
    code: z.enum(codes),
    param: z.string().optional(),
    errors: z.array(ErrorDetailSchema).optional(),
    request_id: z.string(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details, sent instead of Error when the request has Accept: application/problem+json.' });

type StatusOf<C extends ErrorCode> = (typeof ERROR_CODES)[C]['status'];

/** The error responses of an operation, one per status, each naming the codes it can carry. */
export function errorResponses<C extends ErrorCode>(...errorCodes: C[]) {
  const responses = {} as Record<StatusOf<C>, { description: string; content: Record<string, { schema: z.ZodType }> }>;
  for (const code of errorCodes) {
    const status = ERROR_CODES[code].status as StatusOf<C>;
    const line = `${ERROR_CODES[code].title} (\`${code}\`)`;
    const previous = responses[status]?.description;
    responses[status] = {
      description: previous ? `${previous}; ${line}` : line,
      content: { 'application/json': { schema: ErrorSchema }, 'application/problem+json': { schema: ProblemSchema } },
    };
  }
  return responses;
}
