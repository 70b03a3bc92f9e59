import type { UserRecord } from '../../../store/records';
import { connectionFrom, type ConnectionArgs } from '../connection';
import type { Resolver, ResolverMap } from './types';

/** A user, the profile derived from their name, and the lists hanging off them. */

/** "Ada Lovelace" → first "Ada", last "Lovelace"; "Plato" → first "Plato", last "". */
export function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
}

/** GitHub-style handle: the email's local part, e.g. ada@example.com → "ada". */
export function loginOf(user: UserRecord): string {
  return user.email.split('@')[0]!.toLowerCase();
}

const orders: Resolver<UserRecord, ConnectionArgs> = async (user, args, { loaders }) =>
  connectionFrom(await loaders.ordersByUser.load(user.id), args, 'ord');

const repositories: Resolver<UserRecord, ConnectionArgs> = async (user, args, { loaders }) =>
  connectionFrom(await loaders.repositoriesByOwner.load(user.id), args, 'rep');

export const userResolvers: ResolverMap = {
  User: {
    createdAt: (user: UserRecord) => user.created_at,
    login: loginOf,
    profile: (user: UserRecord) => user,
    orders,
    repositories,
  },
  UserProfile: {
    firstName: (user: UserRecord) => splitName(user.name).firstName,
    lastName: (user: UserRecord) => splitName(user.name).lastName,
    displayName: (user: UserRecord) => user.name.trim(),
    initials: (user: UserRecord) =>
      Object.values(splitName(user.name))
        .filter(Boolean)
        .map((part) => part[0]!.toUpperCase())
        .join(''),
  },
};
