import { Code } from '@connectrpc/connect';
import { describe, expect, it } from 'vitest';
import { CallLog } from '../../sandbox/grpc/call-log';
import { AUTH, collect, rejection, userClient, WIRES } from './grpc-support';
import { call, START, testSandbox } from './support';

const calls = async (sandbox: ReturnType<typeof testSandbox>) => {
  const res = await call(sandbox, 'GET', '/api/v1/sandbox/grpc-calls');
  expect(res.status).toBe(200);
  return res.body as { data: any[]; meta: { count: number; capacity: number } };
};

describe('the auth interceptor', () => {
  it('lets every read through without a token', async () => {
    const client = userClient(testSandbox());
    await expect(client.getUser({ id: 'usr_1' })).resolves.toMatchObject({ id: 'usr_1' });
    await expect(client.listUsers({})).resolves.toMatchObject({ totalSize: 3 });
    await expect(collect(client.streamUsers({}))).resolves.toHaveLength(3);
  });

  it('refuses every change without the demo token, and with a wrong one, leaving the data alone', async () => {
    const sandbox = testSandbox();
    const client = userClient(sandbox);
    const attempts = (options?: { headers: Record<string, string> }) => [
      client.createUser({ user: { name: 'Eve', email: 'eve@example.com' } }, options),
      client.updateUser({ user: { id: 'usr_1', name: 'Eve' }, updateMask: { paths: ['name'] } }, options),
      client.deleteUser({ id: 'usr_1' }, options),
    ];
    for (const options of [undefined, { headers: { authorization: 'Bearer wrong-token' } }, { headers: { authorization: 'Basic ZGVtbzpkZW1v' } }]) {
      for (const attempt of attempts(options)) {
        const error = await rejection(attempt);
        expect(error.code).toBe(Code.Unauthenticated);
        expect(error.rawMessage).toContain('Bearer demo-token');
      }
    }
    expect((await call(sandbox, 'GET', '/api/v1/users')).body.data.map((user: { name: string }) => user.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
  });

  it('accepts the scheme in any case, as HTTP auth schemes are case-insensitive', async () => {
    const client = userClient(testSandbox());
    await expect(client.deleteUser({ id: 'usr_3' }, { headers: { authorization: 'bearer demo-token' } })).resolves.toBeDefined();
  });
});

describe('the logging interceptor and GET /api/v1/sandbox/grpc-calls', () => {
  it('records method, protocol, codec, status, duration and sizes of every call, newest first', async () => {
    const sandbox = testSandbox();
    for (const wire of WIRES) await userClient(sandbox, wire).getUser({ id: 'usr_1' });
    await rejection(userClient(sandbox, WIRES[1]).createUser({ user: { name: 'Eve', email: 'eve@example.com' } }));

    const log = await calls(sandbox);
    expect(log.meta).toEqual({ count: 5, capacity: 100 });
    expect(log.data.map((entry) => [entry.id, entry.protocol, entry.codec, entry.code, entry.grpc_status])).toEqual([
      ['call_5', 'connect', 'json', 'unauthenticated', 16],
      ['call_4', 'grpc-web', 'json', 'ok', 0],
      ['call_3', 'grpc-web', 'proto', 'ok', 0],
      ['call_2', 'connect', 'json', 'ok', 0],
      ['call_1', 'connect', 'proto', 'ok', 0],
    ]);
    const [refused, , , json, binary] = log.data;
    expect(binary).toMatchObject({ procedure: '/user.v1.UserService/GetUser', time: START, response_messages: 1 });
    expect(binary.duration_ms).toBeGreaterThanOrEqual(0);
    // The same user, both encodings: the binary message is smaller than its JSON twin.
    expect(binary.request_bytes).toBeGreaterThan(0);
    expect(binary.response_bytes).toBeLessThan(json.response_bytes);
    expect(json.response_bytes).toBe(JSON.stringify({ id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com', createTime: '2026-01-05T09:00:00Z' }).length);
    expect(refused).toMatchObject({ procedure: '/user.v1.UserService/CreateUser', response_bytes: 0, response_messages: 0, message: expect.stringContaining('demo-token') });
  });

  it('records a stream once it ends, with every message counted', async () => {
    const sandbox = testSandbox();
    await collect(userClient(sandbox, WIRES[2]).streamUsers({}));
    const [entry] = (await calls(sandbox)).data;
    expect(entry).toMatchObject({ procedure: '/user.v1.UserService/StreamUsers', protocol: 'grpc-web', code: 'ok', response_messages: 3 });
    expect(entry.response_bytes).toBeGreaterThan(3 * 20);
  });

  it('records a stream the client cancels as canceled, with the messages sent so far', async () => {
    const sandbox = testSandbox();
    const client = userClient(sandbox);
    for (let n = 1; n <= 30; n++) await client.createUser({ user: { name: `User ${n}`, email: `user${n}@example.com` } }, AUTH);
    await call(sandbox, 'DELETE', '/api/v1/sandbox/grpc-calls');

    // A Connect client cancels a stream through its signal (leaving a for-await loop does not).
    const stop = new AbortController();
    const error = await rejection(
      (async () => {
        for await (const user of client.streamUsers({}, { signal: stop.signal })) if (user.id === 'usr_1') stop.abort();
      })(),
    );
    expect(error.code).toBe(Code.Canceled);
    const [entry] = await eventually(sandbox);
    expect(entry).toMatchObject({ procedure: '/user.v1.UserService/StreamUsers', code: 'canceled', grpc_status: 1 });
    expect(entry.response_messages).toBeGreaterThan(0);
    expect(entry.response_messages).toBeLessThan(33);
  });

  it('also hears of a stream whose reader simply cancels the response body', async () => {
    const sandbox = testSandbox();
    const client = userClient(sandbox);
    for (let n = 1; n <= 30; n++) await client.createUser({ user: { name: `User ${n}`, email: `user${n}@example.com` } }, AUTH);
    await call(sandbox, 'DELETE', '/api/v1/sandbox/grpc-calls');

    const frame = new Uint8Array([0, 0, 0, 0, 0]); // one empty StreamUsersRequest in a Connect envelope
    const response = await sandbox.fetch(
      new Request('http://sandbox.local/api/grpc/user.v1.UserService/StreamUsers', { method: 'POST', headers: { 'Content-Type': 'application/connect+proto' }, body: frame }),
    );
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    const [entry] = await eventually(sandbox);
    expect(entry).toMatchObject({ procedure: '/user.v1.UserService/StreamUsers', code: 'canceled' });
  });

  it('empties on DELETE, and keeps numbering so an id never means two calls', async () => {
    const sandbox = testSandbox();
    const client = userClient(sandbox);
    await client.getUser({ id: 'usr_1' });
    expect((await call(sandbox, 'DELETE', '/api/v1/sandbox/grpc-calls')).status).toBe(204);
    expect((await calls(sandbox)).data).toEqual([]);
    await client.getUser({ id: 'usr_2' });
    expect((await calls(sandbox)).data.map((entry) => entry.id)).toEqual(['call_2']);
  });

  it('is not touched by REST calls or by requests that never reach a method', async () => {
    const sandbox = testSandbox();
    await call(sandbox, 'GET', '/api/v1/users');
    await sandbox.fetch(new Request('http://sandbox.local/api/grpc/user.v1.UserService/Nope', { method: 'POST' }));
    expect((await calls(sandbox)).meta.count).toBe(0);
  });
});

/** The call log once it has an entry; the server hears of a cancellation a few event-loop turns later. */
async function eventually(sandbox: ReturnType<typeof testSandbox>): Promise<any[]> {
  for (let turn = 0; turn < 100; turn++) {
    const { data } = await calls(sandbox);
    if (data.length > 0) return data;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error('The call log stayed empty: the cancelled stream was never recorded.');
}

describe('CallLog', () => {
  it('keeps only the newest `capacity` calls', () => {
    const log = new CallLog(2);
    const entry = { time: START, procedure: '/p', protocol: 'connect', codec: 'proto' as const, code: 'ok', grpc_status: 0, duration_ms: 1, request_bytes: 0, response_bytes: 0, response_messages: 1 };
    for (let n = 0; n < 3; n++) log.record(entry);
    expect(log.entries().map((kept) => kept.id)).toEqual(['call_3', 'call_2']);
  });
});

describe('AUTH helper', () => {
  it('is the header the README documents', () => {
    expect(AUTH.headers.authorization).toBe('Bearer demo-token');
  });
});
