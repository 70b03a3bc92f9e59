import { ConnectError, createClient, type Client, type Transport } from '@connectrpc/connect';
import { createConnectTransport, createGrpcWebTransport } from '@connectrpc/connect-web';
import type { Sandbox } from '../../sandbox/index';
import { UserService } from '../../sandbox/grpc/gen/user/v1/user_pb';
import { DEMO_TOKEN } from '../../sandbox/grpc/interceptors/auth';
import { ORIGIN } from './support';

/**
 * Shared helpers for the gRPC tests: real Connect clients whose `fetch` hands each
 * request to the sandbox in-process, over every protocol and codec the sandbox speaks.
 */

export const GRPC_BASE_URL = `${ORIGIN}/api/grpc`;

/** Call options that carry the token mutating methods need. */
export const AUTH = { headers: { authorization: `Bearer ${DEMO_TOKEN}` } };

export interface Wire {
  name: string;
  protocol: 'connect' | 'grpc-web';
  codec: 'proto' | 'json';
  transport(fetch: typeof globalThis.fetch, baseUrl?: string): Transport;
}

/** The four ways a client can talk to the sandbox: Connect or gRPC-Web, binary or JSON. */
export const WIRES: Wire[] = [
  { name: 'Connect, binary', protocol: 'connect', codec: 'proto', transport: (fetch, baseUrl = GRPC_BASE_URL) => createConnectTransport({ baseUrl, fetch, useBinaryFormat: true }) },
  { name: 'Connect, JSON', protocol: 'connect', codec: 'json', transport: (fetch, baseUrl = GRPC_BASE_URL) => createConnectTransport({ baseUrl, fetch, useBinaryFormat: false }) },
  { name: 'gRPC-Web, binary', protocol: 'grpc-web', codec: 'proto', transport: (fetch, baseUrl = GRPC_BASE_URL) => createGrpcWebTransport({ baseUrl, fetch, useBinaryFormat: true }) },
  { name: 'gRPC-Web, JSON', protocol: 'grpc-web', codec: 'json', transport: (fetch, baseUrl = GRPC_BASE_URL) => createGrpcWebTransport({ baseUrl, fetch, useBinaryFormat: false }) },
];

/** A `fetch` that answers from the sandbox without any network. */
export function sandboxFetch(sandbox: Pick<Sandbox, 'fetch'>): typeof globalThis.fetch {
  return (input, init) => sandbox.fetch(new Request(input, init));
}

/** A UserService client over `wire`, talking to `sandbox` in-process. */
export function userClient(sandbox: Pick<Sandbox, 'fetch'>, wire: Wire = WIRES[0]!): Client<typeof UserService> {
  return createClient(UserService, wire.transport(sandboxFetch(sandbox)));
}

/** Collects a server stream into an array. */
export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

/** The ConnectError a call rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<ConnectError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConnectError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail with a ConnectError, but it succeeded.');
}
