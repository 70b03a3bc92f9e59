import { Code, createClient } from '@connectrpc/connect';
import { createConnectTransport, createGrpcWebTransport } from '@connectrpc/connect-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestSchema } from '../../sandbox/grpc/gen/google/rpc/error_details_pb';
import { UserService } from '../../sandbox/grpc/gen/user/v1/user_pb';
import { startServer, type RunningServer } from '../../sandbox/server';
import { AUTH, collect, rejection } from './grpc-support';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(0);
});
afterAll(() => server.close());

// connect-node's transports use node:http, a different client stack from the in-process fetch ones.
const transports = {
  'Connect, binary': () => createConnectTransport({ baseUrl: `${server.url}/api/grpc`, httpVersion: '1.1', useBinaryFormat: true }),
  'gRPC-Web, JSON': () => createGrpcWebTransport({ baseUrl: `${server.url}/api/grpc`, httpVersion: '1.1', useBinaryFormat: false }),
};

describe.each(Object.entries(transports))('the HTTP door over %s', (name, transport) => {
  it('creates, streams and refuses over a real socket; REST sees the new user', async () => {
    const client = createClient(UserService, transport());
    const created = await client.createUser({ user: { name: 'Mary Jackson', email: `mary.${name.replace(/\W+/g, '-').toLowerCase()}@example.com` } }, AUTH);
    expect(created.id).toMatch(/^usr_\d+$/);

    const streamed = await collect(client.streamUsers({}));
    expect(streamed.map((user) => user.id)).toContain(created.id);

    const rest = await fetch(`${server.url}/api/v1/users/${created.id}`);
    expect(rest.status).toBe(200);
    expect((await rest.json()).data.name).toBe('Mary Jackson');

    const error = await rejection(client.createUser({ user: { name: 'x', email: 'nope' } }, AUTH));
    expect(error.code).toBe(Code.InvalidArgument);
    expect(error.findDetails(BadRequestSchema)[0]!.fieldViolations.map((violation) => violation.field)).toEqual(['user.email']);
  });
});

describe('the call log over HTTP', () => {
  it('lists the calls made through the server, with the protocol and codec each used', async () => {
    await fetch(`${server.url}/api/v1/sandbox/grpc-calls`, { method: 'DELETE' });
    for (const transport of Object.values(transports)) await createClient(UserService, transport()).getUser({ id: 'usr_1' });

    const response = await fetch(`${server.url}/api/v1/sandbox/grpc-calls`);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.map((entry: { protocol: string; codec: string; code: string }) => [entry.protocol, entry.codec, entry.code])).toEqual([
      ['grpc-web', 'json', 'ok'],
      ['connect', 'proto', 'ok'],
    ]);
  });
});
