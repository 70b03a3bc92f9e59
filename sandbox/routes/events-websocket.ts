import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { ApiError } from '../patterns/errors';
import { REALTIME_PROTOCOL } from '../realtime/websocket-messages';
import { errorResponses } from '../schemas/error';

/**
 * GET /realtime without a WebSocket handshake. The doors take the handshake before the app
 * sees it (server.ts on the HTTP upgrade, handlers.ts through MSW's ws.link), so a request
 * that arrives here is plain HTTP: answer 426 and say how to connect instead of a bare 404.
 */

const connectRealtime = createRoute({
  method: 'get',
  path: '/realtime',
  tags: ['Events'],
  summary: 'Live events over a WebSocket',
  description: `A WebSocket endpoint (protocol ${REALTIME_PROTOCOL}): connect with new WebSocket('ws://<host>/api/v1/realtime'), send {"type":"subscribe","topics":["order.*"],"after":<last event id>} and receive {"type":"event","event":{…}} messages; {"type":"ping"} gets a pong. A plain HTTP GET answers 426.`,
  responses: { ...errorResponses('upgrade_required', 'internal_error') },
});

/** GET /realtime: the 426 for requests that are not a WebSocket handshake. */
export function realtimeRoutes() {
  return createRouter().openapi(connectRealtime, () => {
    throw new ApiError('upgrade_required', 'This is a WebSocket endpoint. Connect with a WebSocket client, e.g. new WebSocket("ws://localhost:4010/api/v1/realtime"), then send {"type":"subscribe","topics":["order.*"]}.', {
      headers: { Upgrade: 'websocket' }, // RFC 9110 §15.5.22: a 426 names the protocol to switch to
    });
  });
}
