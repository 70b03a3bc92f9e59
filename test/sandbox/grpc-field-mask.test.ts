import { Code } from '@connectrpc/connect';
import { describe, expect, it } from 'vitest';
import { BadRequestSchema } from '../../sandbox/grpc/gen/google/rpc/error_details_pb';
import { AUTH, rejection, userClient, WIRES } from './grpc-support';
import { call, testSandbox } from './support';

const fieldViolations = (error: Awaited<ReturnType<typeof rejection>>) =>
  error.findDetails(BadRequestSchema).flatMap((detail) => detail.fieldViolations.map(({ field, description }) => ({ field, description })));

describe.each(WIRES)('UpdateUser field masks over $name', (wire) => {
  it('changes only the masked field, even when the request carries others', async () => {
    const sandbox = testSandbox();
    const updated = await userClient(sandbox, wire).updateUser(
      { user: { id: 'usr_1', name: 'Augusta Ada King', email: 'ignored@example.com' }, updateMask: { paths: ['name'] } },
      AUTH,
    );
    expect(updated).toMatchObject({ id: 'usr_1', name: 'Augusta Ada King', email: 'ada@example.com' });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_1')).body.data.email).toBe('ada@example.com');
  });

  it('refuses an unknown path with INVALID_ARGUMENT and changes nothing', async () => {
    const sandbox = testSandbox();
    const error = await rejection(userClient(sandbox, wire).updateUser({ user: { id: 'usr_1', name: 'X' }, updateMask: { paths: ['name', 'nickname'] } }, AUTH));
    expect(error.code).toBe(Code.InvalidArgument);
    expect(fieldViolations(error)).toEqual([
      { field: 'update_mask', description: 'update_mask names "nickname", which is not a field of the resource. Use "name", "email".' },
    ]);
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_1')).body.data.name).toBe('Ada Lovelace');
  });
});

describe('UpdateUser field mask rules', () => {
  const update = (paths: string[] | undefined, user: { name?: string; email?: string }, id = 'usr_1') => {
    const sandbox = testSandbox();
    return { sandbox, result: userClient(sandbox).updateUser({ user: { id, ...user }, ...(paths && { updateMask: { paths } }) }, AUTH) };
  };

  it('checks only the masked fields: a bad email outside the mask is not an error', async () => {
    const updated = await update(['name'], { name: 'Ada', email: 'not an email' }).result;
    expect(updated.email).toBe('ada@example.com');
  });

  it('treats an empty mask as "every field that is set"', async () => {
    const updated = await update(undefined, { email: 'countess@example.com' }).result;
    expect(updated).toMatchObject({ name: 'Ada Lovelace', email: 'countess@example.com' });
  });

  it('refuses an empty mask with nothing set: an update that changes nothing is a mistake', async () => {
    const error = await rejection(update([], {}).result);
    expect(error.code).toBe(Code.InvalidArgument);
    expect(fieldViolations(error)[0]!.field).toBe('update_mask');
  });

  it('treats "*" as a full replacement, so an empty name is then an error', async () => {
    const error = await rejection(update(['*'], { email: 'ada@example.org' }).result);
    expect(fieldViolations(error)).toEqual([{ field: 'user.name', description: 'user.name must not be empty.' }]);
    expect(await update(['*'], { name: 'Ada', email: 'ada@example.org' }).result).toMatchObject({ name: 'Ada', email: 'ada@example.org' });
  });

  it('refuses output-only and nested paths with a hint, reporting all of them', async () => {
    const error = await rejection(update(['id', 'user.email', 'create_time'], { email: 'x@example.com' }).result);
    expect(fieldViolations(error).map((violation) => violation.description)).toEqual([
      'update_mask names "id", which the server sets; it cannot be changed. Use "name", "email".',
      'update_mask paths are relative to the resource: write "email", not "user.email".',
      'update_mask names "create_time", which the server sets; it cannot be changed. Use "name", "email".',
    ]);
  });

  it('validates a masked value with the REST rules', async () => {
    const error = await rejection(update(['email'], { email: 'nope' }).result);
    expect(fieldViolations(error)).toEqual([{ field: 'user.email', description: 'user.email must be an email address such as ada@example.com, not "nope".' }]);
  });

  it('returns ALREADY_EXISTS when the masked email belongs to someone else, but not for the user’s own email', async () => {
    expect((await rejection(update(['email'], { email: 'Grace@example.com' }).result)).code).toBe(Code.AlreadyExists);
    expect((await update(['email'], { email: 'ADA@example.com' }).result).email).toBe('ADA@example.com');
  });

  it('says which user is missing: user.id must name an existing user', async () => {
    expect((await rejection(update(['name'], { name: 'X' }, 'usr_42').result)).code).toBe(Code.NotFound);
    const error = await rejection(update(['name'], { name: 'X' }, '').result);
    expect(fieldViolations(error)).toEqual([{ field: 'user.id', description: 'user.id is required: the id of a user, such as usr_1.' }]);
  });
});
