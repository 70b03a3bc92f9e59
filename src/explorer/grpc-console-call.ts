/**
 * Sends the console's calls with connect-es, the way any browser client would:
 * a Connect or gRPC-Web transport over fetch (which the sandbox's service worker
 * answers), in binary or JSON. Only the gRPC console imports this module, so the
 * Connect and protobuf runtimes stay out of every other page's JavaScript.
 */
import { toJson, type DescMessage, type DescMethodStreaming, type DescMethodUnary, type JsonValue, type MessageShape } from '@bufbuild/protobuf';
import { Code, ConnectError, type Transport } from '@connectrpc/connect';
import { createConnectTransport, createGrpcWebTransport } from '@connectrpc/connect-web';
import { BadRequestSchema } from '../../sandbox/grpc/gen/google/rpc/error_details_pb';
import type { ConsoleMethod } from './grpc-console-methods';
import { messageSizes, type MessageSizes } from './grpc-console-sizes';

export type WireProtocol = 'connect' | 'grpc-web';
export type WireCodec = 'proto' | 'json';

/** The header the sandbox wants on methods that change data. */
export const DEMO_AUTHORIZATION = 'Bearer demo-token';

/** A transport to the sandbox's gRPC door at `<origin>/api/grpc`; `fetchImpl` lets tests call a sandbox directly. */
export function createConsoleTransport(protocol: WireProtocol, codec: WireCodec, origin: string, fetchImpl?: typeof fetch): Transport {
  const options = { baseUrl: `${origin}/api/grpc`, useBinaryFormat: codec === 'proto', ...(fetchImpl && { fetch: fetchImpl }) };
  return protocol === 'connect' ? createConnectTransport(options) : createGrpcWebTransport(options);
}

/** One response message as the console shows it. */
export interface ReceivedMessage {
  json: JsonValue;
  sizes: MessageSizes;
  /** Milliseconds since the call was sent. */
  at: number;
}

/** A failed call, read for people: the code, the message, and any field violations. */
export interface CallFailure {
  /** `not_found`, `invalid_argument`, ... as the Connect protocol spells it. */
  code: string;
  message: string;
  violations: { field: string; description: string }[];
}

/** How a call ended: with a response (or the whole stream), or with a status. */
export type CallResult = { ok: true; ms: number } | { ok: false; ms: number; failure: CallFailure };

interface CallOptions {
  transport: Transport;
  method: ConsoleMethod;
  request: MessageShape<DescMessage>;
  withToken: boolean;
  signal: AbortSignal;
  /** Called once per response message, as it arrives. */
  onMessage: (message: ReceivedMessage) => void;
}

/** Sends one call (unary or server-streaming) and reports each response message as it arrives. */
export async function sendCall({ transport, method, request, withToken, signal, onMessage }: CallOptions): Promise<CallResult> {
  const started = performance.now();
  const since = () => Math.round((performance.now() - started) * 10) / 10;
  const header = withToken ? { authorization: DEMO_AUTHORIZATION } : undefined;
  const descriptor = method.descriptor;
  const output = descriptor.output;
  const receive = (message: MessageShape<DescMessage>) => onMessage({ json: toJson(output, message), sizes: messageSizes(output, message), at: since() });
  try {
    // DescMethod is not a union on methodKind, so each branch casts to the kind it just checked.
    if (descriptor.methodKind === 'server_streaming') {
      const response = await transport.stream(descriptor as DescMethodStreaming, signal, undefined, header, singleMessage(request), undefined);
      // Each message is handed on as soon as it is decoded, not when the stream ends.
      for await (const message of response.message) receive(message);
    } else if (descriptor.methodKind === 'unary') {
      const response = await transport.unary(descriptor as DescMethodUnary, signal, undefined, header, request, undefined);
      receive(response.message);
    } else {
      throw new Error(`${method.name} is a ${descriptor.methodKind} method; browsers can only make unary and server-streaming calls.`);
    }
    return { ok: true, ms: since() };
  } catch (error) {
    return { ok: false, ms: since(), failure: describeFailure(error) };
  }
}

/** Reads any thrown value as a gRPC status; google.rpc.BadRequest details become field violations. */
export function describeFailure(error: unknown): CallFailure {
  const connectError = ConnectError.from(error);
  const violations = connectError
    .findDetails(BadRequestSchema)
    .flatMap((detail) => detail.fieldViolations.map(({ field, description }) => ({ field, description })));
  return { code: codeName(connectError.code), message: connectError.rawMessage, violations };
}

/** `Code.InvalidArgument` (3) → `invalid_argument`, as the Connect protocol and the call log spell it. */
export function codeName(code: Code): string {
  const name = Code[code] as string | undefined;
  return name ? name.replace(/[A-Z]/g, (letter, index: number) => (index === 0 ? '' : '_') + letter.toLowerCase()) : `code_${code}`;
}

async function* singleMessage<T>(message: T): AsyncIterable<T> {
  yield message;
}
