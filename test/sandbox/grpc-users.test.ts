import { timestampDate } from '@bufbuild/protobuf/wkt';
import { Code } from '@connectrpc/connect';
import { describe, expect, it } from 'vitest';
import { AUTH, collect, rejection, userClient, WIRES } from './grpc-support';
import { call, testSandbox } from './support';

describe.each(WIRES)('UserService over $name', (wire) => {
  it('returns a seed user with its creation time as a Timestamp', async () => {
    const user = await userClient(testSandbox(), wire).getUser({ id: 'usr_1' });
    expect(user).toMatchObject({ id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(timestampDate(user.createTime!).toISOString()).toBe('2026-01-05T09:00:00.000Z');
  });

  it('creates a user that the REST API then lists, stamped with the sandbox clock', async () => {
    const sandbox = testSandbox();
    const created = await userClient(sandbox, wire).createUser({ user: { name: '  Katherine Johnson ', email: 'katherine@example.com' } }, AUTH);
    expect(created).toMatchObject({ id: 'usr_4', name: 'Katherine Johnson', email: 'katherine@example.com' });
    expect(timestampDate(created.createTime!).toISOString()).toBe('2026-03-01T12:00:00.000Z');

    const rest = await call(sandbox, 'GET', '/api/v1/users/usr_4');
    expect(rest.status).toBe(200);
    expect(rest.body.data).toEqual({ id: 'usr_4', name: 'Katherine Johnson', email: 'katherine@example.com', created_at: '2026-03-01T12:00:00.000Z' });
  });

  it('sees a change made over REST, and REST sees a change made over gRPC', async () => {
    const sandbox = testSandbox();
    const client = userClient(sandbox, wire);
    await call(sandbox, 'PATCH', '/api/v1/users/usr_2', { json: { name: 'Rear Admiral Hopper' } });
    expect((await client.getUser({ id: 'usr_2' })).name).toBe('Rear Admiral Hopper');

    await client.updateUser({ user: { id: 'usr_2', email: 'grace@navy.example' }, updateMask: { paths: ['email'] } }, AUTH);
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_2')).body.data).toMatchObject({ name: 'Rear Admiral Hopper', email: 'grace@navy.example' });
  });

  it('deletes a user for both APIs', async () => {
    const sandbox = testSandbox();
    const client = userClient(sandbox, wire);
    await client.deleteUser({ id: 'usr_3' }, AUTH);
    expect((await rejection(client.getUser({ id: 'usr_3' }))).code).toBe(Code.NotFound);
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_3')).status).toBe(404);
  });

  it('lists a page with a next_page_token and the total size', async () => {
    const page = await userClient(testSandbox(), wire).listUsers({ pageSize: 2 });
    expect(page.users.map((user) => user.id)).toEqual(['usr_1', 'usr_2']);
    expect(page.nextPageToken).not.toBe('');
    expect(page.totalSize).toBe(3);
  });

  it('streams every user, one message each, oldest first', async () => {
    const sandbox = testSandbox();
    await userClient(sandbox, wire).createUser({ user: { name: 'Katherine Johnson', email: 'katherine@example.com' } }, AUTH);
    const users = await collect(userClient(sandbox, wire).streamUsers({}));
    expect(users.map((user) => user.id)).toEqual(['usr_1', 'usr_2', 'usr_3', 'usr_4']);
    expect(users[3]!.email).toBe('katherine@example.com');
  });
});

describe('the gRPC door without a generated client', () => {
  it('answers a hand-written Connect JSON POST, as curl would send it', async () => {
    const response = await testSandbox().fetch(
      new Request('http://sandbox.local/api/grpc/user.v1.UserService/GetUser', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: 'usr_2' }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({ id: 'usr_2', name: 'Grace Hopper', email: 'grace@example.com', createTime: '2026-01-06T10:30:00Z' });
  });

  it('takes a field mask as a comma-separated string in JSON, as the README shows', async () => {
    const response = await testSandbox().fetch(
      new Request('http://sandbox.local/api/grpc/user.v1.UserService/UpdateUser', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer demo-token' },
        body: JSON.stringify({ user: { id: 'usr_1', name: 'Augusta Ada King', email: 'ignored@example.com' }, updateMask: 'name' }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Augusta Ada King', email: 'ada@example.com' });
  });

  it('answers a Connect GET for a read marked NO_SIDE_EFFECTS', async () => {
    const message = encodeURIComponent(JSON.stringify({ id: 'usr_3' }));
    const response = await testSandbox().fetch(new Request(`http://sandbox.local/api/grpc/user.v1.UserService/GetUser?encoding=json&message=${message}`));
    expect(response.status).toBe(200);
    expect((await response.json()).name).toBe('Alan Turing');
  });

  it('refuses the native gRPC protocol, which needs HTTP trailers a Fetch Response cannot send', async () => {
    const response = await testSandbox().fetch(
      new Request('http://sandbox.local/api/grpc/user.v1.UserService/GetUser', {
        method: 'POST',
        headers: { 'Content-Type': 'application/grpc+proto' },
        body: new Uint8Array([0, 0, 0, 0, 0]),
      }),
    );
    expect(response.status).toBe(415);
  });
});
