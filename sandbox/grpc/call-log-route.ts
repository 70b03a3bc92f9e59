import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { CALL_LOG_CAPACITY, type CallLog } from './call-log';

/**
 * GET /api/v1/sandbox/grpc-calls: what the logging interceptor recorded, for the gRPC
 * console and for learners watching their calls. DELETE empties it. Under
 * /api/v1/sandbox/, so it is a control route: documented, not rate limited.
 */

const CallSchema = z
  .object({
    id: z.string().openapi({ example: 'call_7' }),
    time: z.iso.datetime().openapi({ description: 'When the call started, on the sandbox clock.' }),
    procedure: z.string().openapi({ example: '/user.v1.UserService/GetUser' }),
    protocol: z.enum(['connect', 'grpc-web', 'grpc']),
    codec: z.enum(['proto', 'json']).openapi({ description: 'proto is the binary encoding.' }),
    code: z.string().openapi({ description: 'ok, or the gRPC status in Connect’s spelling.', example: 'not_found' }),
    grpc_status: z.int().min(0).max(16).openapi({ description: 'The same status as gRPC’s number.', example: 5 }),
    message: z.string().optional().openapi({ description: 'The error message the client received.' }),
    cause: z.string().optional().openapi({ description: 'For internal errors: what failed. Never sent to the client.' }),
    duration_ms: z.number().min(0),
    request_bytes: z.int().min(0).openapi({ description: 'Request message size in the call’s codec, without envelope or headers.' }),
    response_bytes: z.int().min(0).openapi({ description: 'Response message size(s) in the call’s codec.' }),
    response_messages: z.int().min(0).openapi({ description: 'Messages sent back; more than 1 only for streams.' }),
  })
  .openapi('GrpcCall');

const CallListSchema = z
  .object({
    data: z.array(CallSchema).openapi({ description: 'Newest first.' }),
    meta: z.object({
      count: z.int().min(0),
      capacity: z.int().min(1).openapi({ description: 'How many calls are kept; older ones are dropped.', example: CALL_LOG_CAPACITY }),
    }),
  })
  .openapi('GrpcCallList');

const tags = ['Sandbox'];

const listCalls = createRoute({
  method: 'get',
  path: '/sandbox/grpc-calls',
  tags,
  summary: 'List recent gRPC calls',
  description: 'Every call to /api/grpc/*, as the logging interceptor recorded it. Not rate limited: this route controls the sandbox itself.',
  responses: { 200: jsonContent(CallListSchema, 'The most recent calls, newest first.'), ...errorResponses('internal_error') },
});

const clearCalls = createRoute({
  method: 'delete',
  path: '/sandbox/grpc-calls',
  tags,
  summary: 'Clear the gRPC call log',
  description: 'Empties the log of gRPC calls that the gRPC console shows. Call ids keep counting up, so an id is never reused.',
  responses: { 204: { description: 'The log is empty; call ids keep counting up.' }, ...errorResponses('internal_error') },
});

/** The call-log routes, to mount under /api/v1. */
export function grpcCallLogRoutes(log: CallLog) {
  return createRouter()
    .openapi(listCalls, (c) => {
      const data = log.entries();
      return c.json({ data, meta: { count: data.length, capacity: log.capacity } }, 200);
    })
    .openapi(clearCalls, (c) => {
      log.clear();
      return c.body(null, 204);
    });
}
