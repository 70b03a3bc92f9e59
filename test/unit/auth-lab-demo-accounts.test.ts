import { describe, expect, it } from 'vitest';
import { ACCOUNTS, findAccountByLogin, findTenant } from '../../sandbox/auth/directory';
import { verifyPassword } from '../../sandbox/auth/password';
import { DEMO_ACCOUNTS } from '../../src/auth-lab/demo-accounts';

// The consent page publishes these sign-ins; they must be exactly what the directory accepts.
describe('the demo accounts on the consent page', () => {
  it('lists every account of the directory', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.login).sort()).toEqual(ACCOUNTS.map((a) => a.login).sort());
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.login, a] as const))('signs in as %s with the password shown, and names the right person, tenant and role', async (login, shown) => {
    const account = findAccountByLogin(login)!;
    expect(await verifyPassword(shown.password, account.passwordHash)).toBe(true);
    expect(shown.name).toBe(account.displayName);
    expect(shown.tenant).toBe(findTenant(account.tenantId)?.name);
    expect(account.roles).toContain(shown.role);
  });
});
