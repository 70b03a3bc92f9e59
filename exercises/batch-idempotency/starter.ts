// POST /batch: up to 50 user operations in one request, safe to retry with an Idempotency-Key.
// The types BatchHandlerDeps, BatchOperation, BatchResponseBody and friends are known to the editor.

/** Builds the handler of POST /batch on the given user store. */
export function createBatchHandler(deps: BatchHandlerDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    // TODO: read the body, validate, run each operation, answer with results and a summary,
    // and replay the kept response when the Idempotency-Key was seen before.
    return new Response(JSON.stringify({ results: [], summary: { total: 0, succeeded: 0, failed: 0 } }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}
