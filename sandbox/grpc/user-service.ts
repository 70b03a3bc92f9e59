import type { ServiceImpl } from '@connectrpc/connect';
import { DEFAULT_LIMIT, MAX_LIMIT, paginate } from '../patterns/pagination';
import type { Clock } from '../store/clock';
import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { invalidArgument, userNotFound } from './errors';
import { resolveUpdateMask } from './field-mask';
import { UserService } from './gen/user/v1/user_pb';
import { decodePageToken, encodePageToken } from './page-token';
import { assertEmailFree, checkId, MUTABLE_USER_FIELDS, OUTPUT_ONLY_USER_FIELDS, parseUserFields, toUserMessage } from './user-fields';

/**
 * user.v1.UserService over the sandbox's store: the same rows /api/v1/users serves.
 * Methods validate, then throw a ConnectError with the gRPC code that says what
 * went wrong; logging, auth and hiding internal errors are interceptors (handler.ts).
 */
export function createUserService(store: Store, clock: Clock): ServiceImpl<typeof UserService> {
  const find = (id: string, field = 'id'): UserRecord => {
    checkId(id, field);
    const user = store.users.get(id);
    if (!user) throw userNotFound(id);
    return user;
  };

  return {
    getUser(request) {
      return toUserMessage(find(request.id));
    },

    listUsers(request) {
      if (request.pageSize < 0) {
        throw invalidArgument([
          { field: 'page_size', reason: 'TOO_SMALL', description: `page_size must be 0 (the default, ${DEFAULT_LIMIT}) or more, not ${request.pageSize}.` },
        ]);
      }
      // AIP-158: a page_size above the maximum is lowered to it, not refused.
      const limit = request.pageSize === 0 ? DEFAULT_LIMIT : Math.min(request.pageSize, MAX_LIMIT);
      const all = store.users.all();
      const page = paginate(all, { limit, starting_after: decodePageToken(request.pageToken) });
      const last = page.items.at(-1);
      return {
        users: page.items.map(toUserMessage),
        nextPageToken: page.hasMore && last ? encodePageToken(last.id) : '',
        totalSize: all.length,
      };
    },

    createUser(request) {
      const fields = parseUserFields({ name: request.user?.name ?? '', email: request.user?.email ?? '' }, MUTABLE_USER_FIELDS);
      assertEmailFree(store, fields.email!);
      const user = store.users.insert({ name: fields.name!, email: fields.email!, created_at: new Date(clock.now()).toISOString() });
      return toUserMessage(user);
    },

    updateUser(request) {
      const user = request.user;
      if (!user) {
        throw invalidArgument([{ field: 'user', reason: 'REQUIRED', description: 'user is required: send the user with its id and the fields to change.' }]);
      }
      const current = find(user.id, 'user.id');
      const paths = resolveUpdateMask(request.updateMask, {
        mutable: MUTABLE_USER_FIELDS,
        outputOnly: OUTPUT_ONLY_USER_FIELDS,
        isSet: (field) => user[field] !== '',
      });
      if (paths.length === 0) {
        throw invalidArgument([
          { field: 'update_mask', reason: 'REQUIRED', description: 'update_mask is empty and user sets no field, so there is nothing to change. Name the fields to change in update_mask, e.g. "name".' },
        ]);
      }
      const changes = parseUserFields(user, paths);
      if (changes.email !== undefined) assertEmailFree(store, changes.email, current.id);
      return toUserMessage(store.users.update(current.id, changes)!);
    },

    deleteUser(request) {
      find(request.id);
      store.users.remove(request.id);
      return {};
    },

    async *streamUsers(_request, context) {
      // A snapshot: users created while the stream runs are not sent.
      for (const user of store.users.all()) {
        if (context.signal.aborted) return;
        yield toUserMessage(user);
      }
    },
  };
}
