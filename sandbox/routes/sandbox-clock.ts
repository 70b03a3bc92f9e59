import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import type { ApiError } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { validationFailed } from '../patterns/validation';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import type { Clock } from '../store/clock';
import type { SandboxTime } from '../versioning/sandbox-time';

/**
 * The sandbox clock, under /api/v1/sandbox/: read it, and move it to see what time does
 * to the API (deprecation and sunset dates, token expiry, loans falling due, webhook
 * retries). POST /api/v1/sandbox/reset puts it back. Not rate limited, like every control route.
 */

const tags = ['Sandbox'];
const clockPath = resourcePath('sandbox', 'clock');
const DAY_S = 24 * 60 * 60;
/** The farthest one move may go, and the farthest from the start the clock may stand. */
const MAX_MOVE_S = 400 * DAY_S;
const MAX_FROM_START_MS = 10 * 365 * DAY_S * 1000;

const ClockSchema = z
  .object({
    now: z.iso.datetime().openapi({ description: 'The sandbox’s current time.', example: '2026-04-01T12:00:00.000Z' }),
    offset_ms: z.int().openapi({ description: 'How far the clock has been moved through this route since the start (or last reset), in ms.', example: 2_592_000_000 }),
    started_at: z.iso.datetime().openapi({ description: 'When the sandbox started or was last reset; schedules such as GET /api/v1/sandbox/versions count from here.' }),
    links: z.object({ self: z.string().openapi({ example: clockPath }), versions: z.string().openapi({ example: resourcePath('sandbox', 'versions') }) }),
  })
  .openapi('SandboxClock');

const ClockMoveSchema = z
  .strictObject({
    now: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Set the clock to this instant (ISO 8601), not before started_at.', example: '2026-06-01T00:00:00Z' }),
    advance_seconds: z
      .int()
      .min(-MAX_MOVE_S)
      .max(MAX_MOVE_S)
      .optional()
      .openapi({ description: `Move the clock by this many seconds (negative goes back), at most ${MAX_MOVE_S / DAY_S} days either way. 86400 is a day.`, example: 2_678_400 }),
  })
  .openapi('SandboxClockMove', { description: 'Send exactly one of now and advance_seconds.' });

const noRateLimit = 'Not rate limited: this route controls the sandbox itself.';

const getClock = createRoute({
  method: 'get',
  path: '/sandbox/clock',
  tags,
  summary: 'Show the sandbox clock',
  description: noRateLimit,
  responses: { 200: jsonContent(ClockSchema, 'The sandbox’s time and how far it has been moved.'), ...errorResponses('internal_error') },
});

const putClock = createRoute({
  method: 'put',
  path: '/sandbox/clock',
  tags,
  summary: 'Move the sandbox clock',
  description: `Sets the time ({"now": "..."}) or moves it ({"advance_seconds": 86400}). Records already stamped keep their times. ${noRateLimit}`,
  middleware: [jsonBody()] as const,
  request: { body: requestBody(ClockMoveSchema) },
  responses: {
    200: jsonContent(ClockSchema, 'The clock after the move.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

function invalidMove(field: string, message: string): ApiError {
  return validationFailed([{ field, code: 'invalid_value', message }]);
}

/** GET and PUT /sandbox/clock. */
export function sandboxClockRoutes(clock: Clock, time: SandboxTime) {
  const show = () => ({
    now: new Date(clock.now()).toISOString(),
    offset_ms: time.offsetMs(),
    started_at: new Date(time.startedAt()).toISOString(),
    links: { self: clockPath, versions: resourcePath('sandbox', 'versions') },
  });

  return createRouter()
    .openapi(getClock, (c) => c.json(show(), 200))
    .openapi(putClock, (c) => {
      const move = c.req.valid('json');
      if ((move.now === undefined) === (move.advance_seconds === undefined)) {
        throw invalidMove('body', 'Send exactly one of now (an ISO 8601 time) and advance_seconds (a whole number), e.g. {"advance_seconds": 86400} for one day.');
      }
      const field = move.now !== undefined ? 'now' : 'advance_seconds';
      const target = move.now !== undefined ? Date.parse(move.now) : clock.now() + move.advance_seconds! * 1000;
      if (target < time.startedAt()) {
        throw invalidMove(field, `${field} would put the clock at ${new Date(target).toISOString()}, before the sandbox started (${new Date(time.startedAt()).toISOString()}); the seed data is dated from there. Pick a later time, or POST /api/v1/sandbox/reset to start again.`);
      }
      if (target - time.startedAt() > MAX_FROM_START_MS) {
        throw invalidMove(field, `${field} would put the clock more than 10 years after the sandbox started; pick a time before ${new Date(time.startedAt() + MAX_FROM_START_MS).toISOString()}.`);
      }
      time.advance(target - clock.now());
      return c.json(show(), 200);
    });
}
