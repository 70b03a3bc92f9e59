import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Principal } from '../../sandbox/auth/principal';
import { can, matchesPattern, patternGrants, ROLE_PERMISSIONS } from '../../sandbox/auth/rbac';

function principal(overrides: Partial<Principal>): Principal {
  return { kind: 'user', userId: 'usr_1', tenantId: 'ten_acme', roles: [], scopes: null, credentialId: 'workbench-lab', ...overrides };
}

const ada = principal({ userId: 'usr_1', roles: ['admin'] });
const grace = principal({ userId: 'usr_2', roles: ['member'] });
const alan = principal({ userId: 'usr_3', tenantId: 'ten_globex', roles: ['admin'] });
const support = principal({ userId: 'usr_9', roles: ['support'] });

describe('matchesPattern', () => {
  it('matches a wildcard against every action of its resource, however many segments follow', () => {
    expect(matchesPattern('orders:*', 'orders:cancel')).toBe(true);
    expect(matchesPattern('orders:*', 'orders:read:own')).toBe(true);
  });

  it('never matches by raw string prefix (the startsWith bug)', () => {
    expect(matchesPattern('orders:*', 'ordersx:read')).toBe(false);
    expect(matchesPattern('orders:*', 'order:read')).toBe(false);
    expect(matchesPattern('order:*', 'orders:read')).toBe(false);
    expect(matchesPattern('orders:read', 'orders:readall')).toBe(false);
  });

  it('does not let a wildcard stand for zero segments', () => {
    expect(matchesPattern('orders:*', 'orders')).toBe(false);
  });

  it('lets a wildcard in the middle stand for exactly one segment', () => {
    expect(matchesPattern('*:read', 'orders:read')).toBe(true);
    expect(matchesPattern('*:read', 'orders:read:own')).toBe(false);
    expect(matchesPattern('*:read', 'orders:cancel')).toBe(false);
  });

  it('matches exact permissions only when every segment is equal', () => {
    expect(matchesPattern('projects:read', 'projects:read')).toBe(true);
    expect(matchesPattern('projects:read', 'projects:read:own')).toBe(false);
    expect(matchesPattern('projects:read:own', 'projects:read')).toBe(false);
  });
});

describe('patternGrants and ownership', () => {
  it('grants x:y through x:y:own only on a resource the user owns', () => {
    expect(patternGrants('projects:update:own', 'projects:update', 'usr_2', { ownerId: 'usr_2' })).toBe(true);
    expect(patternGrants('projects:update:own', 'projects:update', 'usr_2', { ownerId: 'usr_1' })).toBe(false);
  });

  it('grants nothing through :own when the owner is unknown or the caller has no user', () => {
    expect(patternGrants('projects:update:own', 'projects:update', 'usr_2')).toBe(false);
    expect(patternGrants('projects:update:own', 'projects:update', 'usr_2', { ownerId: null })).toBe(false);
    expect(patternGrants('projects:update:own', 'projects:update', null, { ownerId: null })).toBe(false);
  });

  it('does not let :own stretch to another action', () => {
    expect(patternGrants('projects:update:own', 'projects:delete', 'usr_2', { ownerId: 'usr_2' })).toBe(false);
  });
});

describe('can', () => {
  it('lets an admin do anything its wildcards cover inside its tenant', () => {
    expect(can(ada, 'orders:cancel', { tenantId: 'ten_acme', ownerId: 'usr_2' })).toBe(true);
    expect(can(ada, 'projects:delete', { tenantId: 'ten_acme', ownerId: 'usr_2' })).toBe(true);
    expect(can(ada, 'members:read', { tenantId: 'ten_acme' })).toBe(true);
  });

  it('refuses what no role pattern grants', () => {
    expect(can(ada, 'users:delete')).toBe(false);
    expect(can(grace, 'members:read', { tenantId: 'ten_acme' })).toBe(false);
    expect(can(support, 'projects:create', { tenantId: 'ten_acme' })).toBe(false);
  });

  it('lets a member change only the projects it owns', () => {
    expect(can(grace, 'projects:update', { tenantId: 'ten_acme', ownerId: 'usr_2' })).toBe(true);
    expect(can(grace, 'projects:update', { tenantId: 'ten_acme', ownerId: 'usr_1' })).toBe(false);
    expect(can(grace, 'projects:delete', { tenantId: 'ten_acme', ownerId: 'usr_1' })).toBe(false);
    expect(can(grace, 'projects:read', { tenantId: 'ten_acme', ownerId: 'usr_1' })).toBe(true);
  });

  it('refuses another tenant’s resource whatever the role, even with matching ownership', () => {
    expect(can(alan, 'projects:read', { tenantId: 'ten_acme' })).toBe(false);
    expect(can(alan, 'orders:read', { tenantId: 'ten_acme', ownerId: 'usr_3' })).toBe(false);
    expect(can(grace, 'projects:update', { tenantId: 'ten_globex', ownerId: 'usr_2' })).toBe(false);
    const everything = principal({ roles: Object.keys(ROLE_PERMISSIONS), scopes: ['*'] });
    expect(can(everything, 'projects:read', { tenantId: 'ten_globex' })).toBe(false);
  });

  it('refuses every tenant resource to the anonymous caller', () => {
    expect(can(ANONYMOUS, 'projects:read', { tenantId: 'ten_acme' })).toBe(false);
    expect(can(ANONYMOUS, 'orders:read', { tenantId: 'ten_acme' })).toBe(false);
  });

  it('keeps the open demo API open to the anonymous caller', () => {
    expect(can(ANONYMOUS, 'orders:create')).toBe(true);
    expect(can(ANONYMOUS, 'users:read')).toBe(true);
    expect(can(ANONYMOUS, 'projects:read')).toBe(false);
  });

  it('allows only what the roles and the scopes both grant', () => {
    const readOnly = principal({ userId: 'usr_1', roles: ['admin'], scopes: ['projects:read'] });
    expect(can(readOnly, 'projects:read', { tenantId: 'ten_acme' })).toBe(true);
    expect(can(readOnly, 'projects:delete', { tenantId: 'ten_acme', ownerId: 'usr_1' })).toBe(false);
    // A scope wider than the roles gives nothing the roles do not.
    const wideScope = principal({ userId: 'usr_2', roles: ['member'], scopes: ['projects:*', 'members:*'] });
    expect(can(wideScope, 'members:read', { tenantId: 'ten_acme' })).toBe(false);
    expect(can(wideScope, 'projects:delete', { tenantId: 'ten_acme', ownerId: 'usr_1' })).toBe(false);
    expect(can(wideScope, 'projects:delete', { tenantId: 'ten_acme', ownerId: 'usr_2' })).toBe(true);
  });

  it('applies ownership to scopes the same way as to roles', () => {
    const ownOnly = principal({ userId: 'usr_1', roles: ['admin'], scopes: ['projects:update:own'] });
    expect(can(ownOnly, 'projects:update', { tenantId: 'ten_acme', ownerId: 'usr_1' })).toBe(true);
    expect(can(ownOnly, 'projects:update', { tenantId: 'ten_acme', ownerId: 'usr_2' })).toBe(false);
  });

  it('grants nothing when the scopes are an empty list', () => {
    expect(can(principal({ roles: ['admin'], scopes: [] }), 'projects:read', { tenantId: 'ten_acme' })).toBe(false);
  });

  it('grants nothing through an unknown role', () => {
    expect(can(principal({ roles: ['superuser'] }), 'projects:read', { tenantId: 'ten_acme' })).toBe(false);
  });
});
