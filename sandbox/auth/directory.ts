/**
 * The demo directory: who can sign in to the sandbox's authorization server, which tenant
 * each person belongs to and which roles they hold there. The user ids are the seed users
 * of the store (usr_1 Ada, usr_2 Grace, usr_3 Alan), so an order's `user_id` is its owner.
 *
 * Demo logins (published in chapter 6; this is a teaching sandbox, not a secret):
 *
 * | login | password              | user  | tenant                        | roles  |
 * |-------|-----------------------|-------|-------------------------------|--------|
 * | ada   | `analytical-engine`   | usr_1 | ten_acme "Acme Analytics"     | admin  |
 * | grace | `first-compiler-1952` | usr_2 | ten_acme "Acme Analytics"     | member |
 * | alan  | `universal-machine`   | usr_3 | ten_globex "Globex Logistics" | admin  |
 *
 * Only PBKDF2 hashes are stored (sandbox/auth/password.ts), never the passwords: they were
 * hashed once, with a random salt each, and pasted here, so creating a sandbox costs nothing.
 */

export interface Tenant {
  id: string;
  name: string;
}

export interface Account {
  userId: string;
  login: string;
  displayName: string;
  tenantId: string;
  roles: readonly string[];
  /** `pbkdf2-sha256$<iterations>$<salt>$<hash>`, checked with verifyPassword. */
  passwordHash: string;
}

/** The organisations that own data in the multi-tenant part of the sandbox. */
export const TENANTS: readonly Tenant[] = Object.freeze([
  Object.freeze({ id: 'ten_acme', name: 'Acme Analytics' }),
  Object.freeze({ id: 'ten_globex', name: 'Globex Logistics' }),
]);

/** The people who can sign in; see the table above for their passwords. */
export const ACCOUNTS: readonly Account[] = Object.freeze([
  Object.freeze({
    userId: 'usr_1',
    login: 'ada',
    displayName: 'Ada Lovelace',
    tenantId: 'ten_acme',
    roles: Object.freeze(['admin']),
    passwordHash: 'pbkdf2-sha256$600000$kouIgDhaFowJPI49KgCq3Q$CwwjzC5c61HhEyLQ1h0l1ORvaU1PUv08fBKUbtYwEmU',
  }),
  Object.freeze({
    userId: 'usr_2',
    login: 'grace',
    displayName: 'Grace Hopper',
    tenantId: 'ten_acme',
    roles: Object.freeze(['member']),
    passwordHash: 'pbkdf2-sha256$600000$k9kDY6aQtbpwEBdvn6469w$Xbtwnbpnl1RW1eDBTPrt5ioV53nMNZn-vnudIuayu6I',
  }),
  Object.freeze({
    userId: 'usr_3',
    login: 'alan',
    displayName: 'Alan Turing',
    tenantId: 'ten_globex',
    roles: Object.freeze(['admin']),
    passwordHash: 'pbkdf2-sha256$600000$NEtLTLmizD-OG9OH4KNUjQ$UjkxhqiBoGaIeIuRLwCHj9ptldNNMnrYcpY04eFxl8w',
  }),
]);

/** The account with this login name (case-insensitive, as people type it), if any. */
export function findAccountByLogin(login: string): Account | undefined {
  const wanted = login.trim().toLowerCase();
  return ACCOUNTS.find((account) => account.login === wanted);
}

/** The account of this user id (`usr_1`), if any. */
export function findAccount(userId: string): Account | undefined {
  return ACCOUNTS.find((account) => account.userId === userId);
}

/** The tenant with this id (`ten_acme`), if any. */
export function findTenant(tenantId: string): Tenant | undefined {
  return TENANTS.find((tenant) => tenant.id === tenantId);
}
