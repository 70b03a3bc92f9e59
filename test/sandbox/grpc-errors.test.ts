import { Code } from '@connectrpc/connect';
import { describe, expect, it } from 'vitest';
import { BadRequestSchema } from '../../sandbox/grpc/gen/google/rpc/error_details_pb';
import { createGrpcHandler } from '../../sandbox/grpc/handler';
import { CallLog } from '../../sandbox/grpc/call-log';
import { createManualClock } from '../../sandbox/index';
import { createStore } from '../../sandbox/store/store';
import { AUTH, GRPC_BASE_URL, rejection, userClient, WIRES } from './grpc-support';
import { START, testSandbox } from './support';

const violations = (error: Awaited<ReturnType<typeof rejection>>) => error.findDetails(BadRequestSchema).flatMap((detail) => detail.fieldViolations);

describe.each(WIRES)('error codes over $name', (wire) => {
  it('returns INVALID_ARGUMENT with a BadRequest detail naming every bad field', async () => {
    const error = await rejection(userClient(testSandbox(), wire).createUser({ user: { name: '', email: 'ada' } }, AUTH));
    expect(error.code).toBe(Code.InvalidArgument);
    expect(error.rawMessage).toMatch(/^2 fields are invalid/);
    expect(violations(error)).toEqual([
      { $typeName: 'google.rpc.BadRequest.FieldViolation', field: 'user.name', reason: 'TOO_SMALL', description: 'user.name must not be empty.' },
      {
        $typeName: 'google.rpc.BadRequest.FieldViolation',
        field: 'user.email',
        reason: 'INVALID_FORMAT',
        description: 'user.email must be an email address such as ada@example.com, not "ada".',
      },
    ]);
  });

  it('returns NOT_FOUND for a well-formed id that names no user', async () => {
    const error = await rejection(userClient(testSandbox(), wire).getUser({ id: 'usr_99' }));
    expect(error.code).toBe(Code.NotFound);
    expect(error.rawMessage).toContain('usr_99');
    expect(error.findDetails(BadRequestSchema)).toEqual([]);
  });

  it('returns ALREADY_EXISTS when another user has the email, whatever its case', async () => {
    const error = await rejection(userClient(testSandbox(), wire).createUser({ user: { name: 'Ada Again', email: 'ADA@example.com' } }, AUTH));
    expect(error.code).toBe(Code.AlreadyExists);
    expect(error.rawMessage).toContain('ADA@example.com');
  });

  it('returns UNAUTHENTICATED for a change without a token', async () => {
    const error = await rejection(userClient(testSandbox(), wire).deleteUser({ id: 'usr_1' }));
    expect(error.code).toBe(Code.Unauthenticated);
    expect(error.rawMessage).toContain('authorization: Bearer demo-token');
  });
});

describe('INVALID_ARGUMENT for ids', () => {
  it('says an empty id is required and a malformed one must look like usr_1', async () => {
    const client = userClient(testSandbox());
    expect(violations(await rejection(client.getUser({ id: '' })))).toEqual([expect.objectContaining({ field: 'id', reason: 'REQUIRED' })]);
    const malformed = await rejection(client.deleteUser({ id: 'prd_1' }, AUTH));
    expect(malformed.code).toBe(Code.InvalidArgument);
    expect(violations(malformed)).toEqual([expect.objectContaining({ field: 'id', reason: 'INVALID_FORMAT', description: 'id must be a user id such as usr_1, not "prd_1".' })]);
  });
});

describe('requests the sandbox cannot read', () => {
  it('refuses a misspelt JSON field instead of dropping it silently', async () => {
    const response = await testSandbox().fetch(
      new Request(`${GRPC_BASE_URL}/user.v1.UserService/CreateUser`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', authorization: AUTH.headers.authorization },
        body: JSON.stringify({ user: { name: 'Ada', emial: 'ada2@example.com' } }),
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.code).toBe('invalid_argument');
    expect(body.message).toContain('emial');
  });

  it('answers an unknown method with UNIMPLEMENTED and the list of methods that exist', async () => {
    const response = await testSandbox().fetch(new Request(`${GRPC_BASE_URL}/user.v1.UserService/GetUsers`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.code).toBe('unimplemented');
    expect(body.message).toContain('/api/grpc/user.v1.UserService/GetUser');
  });
});

describe('INTERNAL', () => {
  it('hides what failed from the client and keeps it in the call log', async () => {
    const store = createStore(createManualClock(START));
    store.users.get = () => {
      throw new Error('disk on fire');
    };
    const log = new CallLog();
    const handler = createGrpcHandler({ store, clock: createManualClock(START), log, prefix: '/api/grpc' });

    for (const wire of WIRES) {
      const error = await rejection(userClient({ fetch: handler }, wire).getUser({ id: 'usr_1' }));
      expect(error.code, wire.name).toBe(Code.Internal);
      expect(error.rawMessage, wire.name).not.toContain('disk on fire');
      expect(error.rawMessage, wire.name).toContain('/api/v1/sandbox/grpc-calls');
    }
    expect(log.entries().map((entry) => [entry.code, entry.grpc_status, entry.cause])).toEqual(Array(4).fill(['internal', 13, 'disk on fire']));
  });

  it('also covers a stream that breaks after its first message', async () => {
    const store = createStore(createManualClock(START));
    const all = store.users.all.bind(store.users);
    store.users.all = () => {
      const rows = all();
      return [rows[0]!, new Proxy(rows[1]!, { get: () => { throw new Error('row 2 is corrupt'); } })];
    };
    const log = new CallLog();
    const handler = createGrpcHandler({ store, clock: createManualClock(START), log, prefix: '/api/grpc' });

    const received: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const user of userClient({ fetch: handler }).streamUsers({})) received.push(user.id);
      })(),
    );
    expect(received).toEqual(['usr_1']);
    expect(error.code).toBe(Code.Internal);
    expect(log.entries()[0]).toMatchObject({ procedure: '/user.v1.UserService/StreamUsers', code: 'internal', cause: 'row 2 is corrupt', response_messages: 1 });
  });
});
