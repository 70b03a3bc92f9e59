/**
 * Broken copies of the sandbox's error responses, each with one inconsistency a real API has
 * shipped: a request id missing from the body or different from the header, one route with
 * its own error shape, a validation error answered as a 500, and a type that does not match
 * the status. Each wraps the real sandbox and rewrites only error responses.
 */
import type { Sandbox } from '../../../sandbox/index';
import type { Breakage } from './broken-lists';
import { sandboxFetch } from './sandbox-fetch';

interface Envelope {
  error: Record<string, unknown> & { request_id: string; type: string; code: string; message: string };
}

interface Rewritten {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Wraps the sandbox so that every error response goes through `rewrite`. */
function rewritingErrors(rewrite: (answer: { status: number; headers: Headers; body: Envelope }) => Rewritten): (sandbox: Sandbox) => CheckFetch {
  return (sandbox) => {
    const real = sandboxFetch(sandbox);
    return async (input, init) => {
      const response = await real(input, init);
      if (response.status < 400) return response;
      const headers = new Headers(response.headers);
      headers.delete('content-length'); // the body changes size
      const changed = rewrite({ status: response.status, headers, body: (await response.json()) as Envelope });
      return Response.json(changed.body, { status: changed.status, headers: changed.headers });
    };
  };
}

export const BROKEN_ERRORS: readonly Breakage[] = [
  {
    what: 'error bodies leave out request_id (it is only in the X-Request-Id header)',
    wrap: rewritingErrors(({ status, headers, body }) => {
      const { request_id: _dropped, ...rest } = body.error;
      return { status, headers, body: { error: rest } };
    }),
  },
  {
    what: 'X-Request-Id header names another request than the body’s request_id',
    wrap: rewritingErrors(({ status, headers, body }) => {
      headers.set('X-Request-Id', body.error.request_id.replace(/\d+$/, (n) => String(Number(n) + 1).padStart(n.length, '0')));
      return { status, headers, body };
    }),
  },
  {
    what: '404s come in their own shape, { "message": …, "status": 404 }, without the error envelope',
    wrap: rewritingErrors(({ status, headers, body }) =>
      status === 404 ? { status, headers, body: { message: body.error.message, status: 404 } } : { status, headers, body },
    ),
  },
  {
    what: 'validation errors (422) are answered with status 500, the body unchanged',
    wrap: rewritingErrors(({ status, headers, body }) => ({ status: status === 422 ? 500 : status, headers, body })),
  },
  {
    what: '404s carry the type "validation_error", as if the client had sent bad input',
    wrap: rewritingErrors(({ status, headers, body }) => ({ status, headers, body: status === 404 ? { error: { ...body.error, type: 'validation_error' } } : body })),
  },
];
