import { create } from '@bufbuild/protobuf';
import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/index';
import { GetUserRequestSchema, ListUsersRequestSchema, UserSchema } from '../../sandbox/grpc/gen/user/v1/user_pb';
import { createConsoleTransport, describeFailure, sendCall, type ReceivedMessage, type WireCodec, type WireProtocol } from '../../src/explorer/grpc-console-call';
import { consoleMethod, consoleMethods } from '../../src/explorer/grpc-console-methods';
import { binaryShare, messageSizes, parseRequest, sumSizes } from '../../src/explorer/grpc-console-sizes';

// The console's transport, with fetch pointed at a sandbox in this process instead of the service worker.
function transportTo(sandbox: Sandbox, protocol: WireProtocol, codec: WireCodec) {
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => sandbox.fetch(new Request(input, init))) as typeof fetch;
  return createConsoleTransport(protocol, codec, 'http://sandbox.local', fetchImpl);
}

async function call(sandbox: Sandbox, name: string, json: string, options: { protocol?: WireProtocol; codec?: WireCodec; withToken?: boolean; signal?: AbortSignal } = {}) {
  const method = consoleMethod(name);
  const parsed = parseRequest(method.descriptor.input, json);
  if (!parsed.ok) throw new Error(parsed.error);
  const messages: ReceivedMessage[] = [];
  const result = await sendCall({
    transport: transportTo(sandbox, options.protocol ?? 'connect', options.codec ?? 'proto'),
    method,
    request: parsed.message,
    withToken: options.withToken ?? false,
    signal: options.signal ?? new AbortController().signal,
    onMessage: (message) => messages.push(message),
  });
  return { result, messages };
}

describe('the console’s methods', () => {
  it('lists every UserService method from the descriptor, marking the stream and the changes', () => {
    expect(consoleMethods.map((m) => m.name)).toEqual(['GetUser', 'ListUsers', 'CreateUser', 'UpdateUser', 'DeleteUser', 'StreamUsers']);
    expect(consoleMethods.filter((m) => m.streaming).map((m) => m.name)).toEqual(['StreamUsers']);
    expect(consoleMethods.filter((m) => m.needsToken).map((m) => m.name)).toEqual(['CreateUser', 'UpdateUser', 'DeleteUser']);
    expect(consoleMethod('GetUser').procedure).toBe('/user.v1.UserService/GetUser');
  });

  it('gives every method an example its request type accepts', () => {
    for (const method of consoleMethods) expect(parseRequest(method.descriptor.input, method.example).ok, method.name).toBe(true);
  });

  it('names the methods that exist when asked for one that does not', () => {
    expect(() => consoleMethod('GetUsers')).toThrow(/no method "GetUsers".*GetUser, ListUsers/);
  });
});

describe('message sizes', () => {
  it('measures the binary form with toBinary and the JSON form as UTF-8 text', () => {
    const user = create(UserSchema, { id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com' });
    const sizes = messageSizes(UserSchema, user);
    // Each string field: 1 tag byte + 1 length byte + the text.
    expect(sizes.binary).toBe(2 + 5 + 2 + 12 + 2 + 15);
    expect(sizes.json).toBe('{"id":"usr_1","name":"Ada Lovelace","email":"ada@example.com"}'.length);
  });

  it('adds up a stream’s sizes and words the share', () => {
    expect(sumSizes([{ binary: 10, json: 30 }, { binary: 5, json: 20 }])).toEqual({ binary: 15, json: 50 });
    expect(binaryShare({ binary: 15, json: 50 })).toBe('binary is 30 % of JSON');
    expect(binaryShare({ binary: 0, json: 0 })).toBe('both empty');
  });
});

describe('reading the request text', () => {
  it('accepts JSON names and .proto names, and an empty text as the empty message', () => {
    const camel = parseRequest(ListUsersRequestSchema, '{"pageSize": 2}');
    const snake = parseRequest(ListUsersRequestSchema, '{"page_size": 2}');
    expect(camel.ok && camel.message.pageSize).toBe(2);
    expect(snake.ok && snake.message.pageSize).toBe(2);
    expect(parseRequest(GetUserRequestSchema, '  ').ok).toBe(true);
  });

  it('says what is wrong with text that is not JSON', () => {
    const parsed = parseRequest(GetUserRequestSchema, '{id: usr_1}');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^The request is not valid JSON .*Write an object such as/);
  });

  it('names the fields of the message when a key is unknown', () => {
    const parsed = parseRequest(ListUsersRequestSchema, '{"limit": 2}');
    expect(!parsed.ok && parsed.error).toMatch(/"limit".*user\.v1\.ListUsersRequest has the fields: pageSize, pageToken\./);
  });
});

describe('sending calls', () => {
  it('gets a user over each protocol and codec, with the same message every time', async () => {
    const sandbox = createSandbox();
    for (const protocol of ['connect', 'grpc-web'] as const) {
      for (const codec of ['proto', 'json'] as const) {
        const { result, messages } = await call(sandbox, 'GetUser', '{"id":"usr_1"}', { protocol, codec });
        expect(result.ok, `${protocol}/${codec}`).toBe(true);
        expect(messages).toHaveLength(1);
        expect(messages[0]!.json).toMatchObject({ id: 'usr_1', email: 'ada@example.com' });
        expect(messages[0]!.sizes.binary).toBeLessThan(messages[0]!.sizes.json);
      }
    }
    const log = await (await sandbox.fetch(new Request('http://sandbox.local/api/v1/sandbox/grpc-calls'))).json();
    expect(log.data.map((c: { protocol: string; codec: string }) => `${c.protocol}/${c.codec}`)).toEqual(['grpc-web/json', 'grpc-web/proto', 'connect/json', 'connect/proto']);
  });

  it('hands on each streamed user as its own message', async () => {
    const { result, messages } = await call(createSandbox(), 'StreamUsers', '{}', { protocol: 'grpc-web' });
    expect(result.ok).toBe(true);
    expect(messages.map((m) => (m.json as { id: string }).id)).toEqual(['usr_1', 'usr_2', 'usr_3']);
  });

  it('reports a stream aborted before it starts as canceled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { result, messages } = await call(createSandbox(), 'StreamUsers', '{}', { signal: controller.signal });
    expect(messages).toEqual([]);
    expect(!result.ok && result.failure.code).toBe('canceled');
  });

  it('reads google.rpc.BadRequest details into field violations', async () => {
    const { result } = await call(createSandbox(), 'CreateUser', '{"user":{"name":"","email":"nope"}}', { withToken: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.code).toBe('invalid_argument');
    expect(result.failure.violations.map((v) => v.field)).toEqual(['user.name', 'user.email']);
  });

  it('sends the demo token only when asked, so changes without it are unauthenticated', async () => {
    const sandbox = createSandbox();
    const refused = await call(sandbox, 'DeleteUser', '{"id":"usr_3"}');
    expect(!refused.result.ok && refused.result.failure).toMatchObject({ code: 'unauthenticated', violations: [] });
    const deleted = await call(sandbox, 'DeleteUser', '{"id":"usr_3"}', { withToken: true });
    expect(deleted.result.ok).toBe(true);
    const missing = await call(sandbox, 'GetUser', '{"id":"usr_3"}', { codec: 'json' });
    expect(!missing.result.ok && missing.result.failure.code).toBe('not_found');
  });

  it('describes anything thrown as a status, unknown when it is not a ConnectError', () => {
    expect(describeFailure(new Error('boom'))).toEqual({ code: 'unknown', message: 'boom', violations: [] });
  });
});
