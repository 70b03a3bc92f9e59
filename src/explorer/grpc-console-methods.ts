/**
 * The methods the gRPC console offers, read from the generated service descriptor,
 * so a method added to user.proto shows up here after `generate.ts` with no edit.
 */
import type { DescMethod } from '@bufbuild/protobuf';
import { MethodOptions_IdempotencyLevel } from '@bufbuild/protobuf/wkt';
import { UserService } from '../../sandbox/grpc/gen/user/v1/user_pb';

/** One RPC as the console shows it. */
export interface ConsoleMethod {
  /** `GetUser`, as in the .proto. */
  name: string;
  /** `/user.v1.UserService/GetUser`, as the call log spells it. */
  procedure: string;
  descriptor: DescMethod;
  /** True for server-streaming methods (StreamUsers): the answer is many messages. */
  streaming: boolean;
  /** True when the .proto does not mark it NO_SIDE_EFFECTS, so the sandbox wants the demo token. */
  needsToken: boolean;
  /** A request that succeeds against the seed data, as protobuf JSON. */
  example: string;
}

// Example requests per method; a method without one starts from `{}`, which is always valid JSON.
const examples: Record<string, unknown> = {
  GetUser: { id: 'usr_1' },
  ListUsers: { pageSize: 2 },
  CreateUser: { user: { name: 'Katherine Johnson', email: 'katherine@example.com' } },
  UpdateUser: { user: { id: 'usr_1', name: 'Augusta Ada King' }, updateMask: 'name' },
  DeleteUser: { id: 'usr_3' },
  StreamUsers: {},
};

/** Every method of user.v1.UserService, in .proto order. */
export const consoleMethods: ConsoleMethod[] = UserService.methods.map((descriptor) => ({
  name: descriptor.name,
  procedure: `/${UserService.typeName}/${descriptor.name}`,
  descriptor,
  streaming: descriptor.methodKind === 'server_streaming',
  needsToken: descriptor.idempotency !== MethodOptions_IdempotencyLevel.NO_SIDE_EFFECTS,
  example: JSON.stringify(examples[descriptor.name] ?? {}, null, 2),
}));

/** The console method called `name`; throws naming the methods that exist. */
export function consoleMethod(name: string): ConsoleMethod {
  const found = consoleMethods.find((method) => method.name === name);
  if (!found) throw new Error(`user.v1.UserService has no method "${name}". Pick one of ${consoleMethods.map((m) => m.name).join(', ')}.`);
  return found;
}
