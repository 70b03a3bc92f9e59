/**
 * A live channel for the ride: Server-Sent Events (a response of `text/event-stream`) or
 * a WebSocket, which OpenAPI cannot model directly and so is documented as the `101
 * Switching Protocols` answer to the upgrade request.
 */
import { isObject, operationsOf, responsesOf, type Json } from '../../../src/grading/openapi-rules/openapi';

/** Empty when some operation streams events over SSE or documents a WebSocket upgrade. */
export function realtimeProblems(doc: Json): string[] {
  const live = operationsOf(doc).some((operation) =>
    responsesOf(doc, operation).some(({ status, response }) => {
      const content = isObject(response.content) ? response.content : {};
      return status === '101' || Object.keys(content).some((type) => /^text\/event-stream/i.test(type));
    }),
  );
  return live
    ? []
    : [
        'No operation lets a rider follow the ride live. Add a GET whose 200 response is `text/event-stream` (Server-Sent Events), ' +
          'or document a WebSocket endpoint with a `101` (Switching Protocols) response.',
      ];
}
