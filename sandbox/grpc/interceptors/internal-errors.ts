import { Code, ConnectError, type Interceptor, type StreamResponse } from '@connectrpc/connect';

/**
 * Turns anything a method throws that is not a ConnectError — a bug, a broken
 * store — into INTERNAL with a message that gives nothing away. Left alone,
 * Connect would send the raw error text as UNKNOWN, which may leak internals.
 * The original error stays on `cause`, where the logging interceptor finds it.
 */
export function internalErrorInterceptor(): Interceptor {
  return (next) => async (req) => {
    try {
      const res = await next(req);
      return res.stream ? { ...res, message: hideStreamErrors(res, req.method.name) } : res;
    } catch (error) {
      throw toInternal(error, req.method.name);
    }
  };
}

/** A ConnectError unchanged; anything else as INTERNAL, keeping the original as `cause`. */
export function toInternal(error: unknown, method: string): ConnectError {
  if (error instanceof ConnectError) return error;
  // A call the client abandoned (an aborted signal) is CANCELED, not a fault.
  const converted = ConnectError.from(error);
  if (converted.code === Code.Canceled) return converted;
  return new ConnectError(
    `The sandbox failed while answering ${method}. This is a fault in the sandbox, not in your request; the call log (GET /api/v1/sandbox/grpc-calls) shows the cause.`,
    Code.Internal,
    undefined,
    undefined,
    error,
  );
}

async function* hideStreamErrors(res: StreamResponse, method: string) {
  try {
    yield* res.message;
  } catch (error) {
    throw toInternal(error, method);
  }
}
