import { toBinary, toJsonString, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { Code, ConnectError, type Interceptor, type StreamRequest, type StreamResponse, type UnaryRequest } from '@connectrpc/connect';
import type { Clock } from '../../store/clock';
import type { CallLog, CallLogEntry } from '../call-log';

/**
 * The logging interceptor: wraps every call and writes one entry to the call log
 * when the call ends — which method, over which protocol and codec, the status
 * code, how long it took, and how big the messages were. It is the outermost
 * interceptor, so it also sees the calls that auth refuses.
 */

type Codec = CallLogEntry['codec'];

/** An interceptor that records each call in `log`, stamped with `clock`'s time. */
export function loggingInterceptor(log: CallLog, clock: Clock): Interceptor {
  return (next) => async (req) => {
    const started = performance.now();
    const wire = wireFormat(req);
    const base = { time: new Date(clock.now()).toISOString(), procedure: `/${req.service.typeName}/${req.method.name}`, ...wire };
    const sizes = { request_bytes: 0, response_bytes: 0, response_messages: 0 };
    let finished = false;
    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      log.record({ ...base, ...outcome(error), duration_ms: elapsed(started), ...sizes });
    };

    try {
      if (!req.stream) {
        sizes.request_bytes = messageSize(req.method.input, req.message, wire.codec);
        const res = await next(req);
        if (!res.stream) {
          sizes.response_bytes = messageSize(res.method.output, res.message, wire.codec);
          sizes.response_messages = 1;
        }
        finish();
        return res;
      }
      const counted: StreamRequest = { ...req, message: countInput(req, wire.codec, sizes) };
      const res = (await next(counted)) as StreamResponse;
      // A stream's outcome is known only after its last message, so the entry is written then,
      // or when the client goes away first (the call's signal aborts; the stream never resumes).
      req.signal.addEventListener('abort', () => finish(new ConnectError('The client stopped reading before the stream ended.', Code.Canceled)), { once: true });
      return { ...res, message: countOutput(res, wire.codec, sizes, finish) };
    } catch (error) {
      finish(error);
      throw error;
    }
  };
}

/** Which protocol and codec the client chose, from the request's Content-Type (or, for Connect GET, the query). */
export function wireFormat(req: UnaryRequest | StreamRequest): { protocol: string; codec: Codec } {
  if (req.requestMethod === 'GET') {
    return { protocol: 'connect', codec: new URL(req.url).searchParams.get('encoding') === 'json' ? 'json' : 'proto' };
  }
  const type = req.header.get('content-type') ?? '';
  const protocol = type.startsWith('application/grpc-web') ? 'grpc-web' : type.startsWith('application/grpc') ? 'grpc' : 'connect';
  return { protocol, codec: /json/.test(type) ? 'json' : 'proto' };
}

function outcome(error: unknown): Pick<CallLogEntry, 'code' | 'grpc_status' | 'message' | 'cause'> {
  if (error === undefined) return { code: 'ok', grpc_status: 0 };
  const connectError = ConnectError.from(error);
  const cause = connectError.code === Code.Internal && connectError.cause instanceof Error ? connectError.cause.message : undefined;
  return { code: codeName(connectError.code), grpc_status: connectError.code, message: connectError.rawMessage, ...(cause && { cause }) };
}

/** `Code.InvalidArgument` → `invalid_argument`, as the Connect protocol spells it. */
export function codeName(code: Code): string {
  return Code[code]!.replace(/[A-Z]/g, (letter, index: number) => (index === 0 ? '' : '_') + letter.toLowerCase());
}

function messageSize<D extends DescMessage>(schema: D, message: MessageShape<D>, codec: Codec): number {
  return codec === 'json' ? new TextEncoder().encode(toJsonString(schema, message)).byteLength : toBinary(schema, message).byteLength;
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

async function* countInput(req: StreamRequest, codec: Codec, sizes: { request_bytes: number }) {
  for await (const message of req.message) {
    sizes.request_bytes += messageSize(req.method.input, message, codec);
    yield message;
  }
}

async function* countOutput(res: StreamResponse, codec: Codec, sizes: { response_bytes: number; response_messages: number }, finish: (error?: unknown) => void) {
  let failure: unknown = new ConnectError('The stream ended before its last message.', Code.Canceled);
  try {
    for await (const message of res.message) {
      sizes.response_bytes += messageSize(res.method.output, message, codec);
      sizes.response_messages += 1;
      yield message;
    }
    failure = undefined;
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // Reached on success, on error, and when the stream is closed early (return()).
    finish(failure);
  }
}
