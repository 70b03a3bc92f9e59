import { describe, expect, it } from 'vitest';
import { authorize, effectivePermissions, insufficientPermissions, reach, scopeProblem } from '../../sandbox/auth/permissions';
import { ANONYMOUS, type Principal } from '../../sandbox/auth/principal';
import { ApiError } from '../../sandbox/patterns/errors';

function principal(overrides: Partial<Principal>): Principal {
  return { kind: 'user', userId: 'usr_1', tenantId: 'ten_acme', roles: [], scopes: null, credentialId: 'workbench-lab', ...overrides };
}

const ada = principal({ userId: 'usr_1', roles: ['admin'] });
const grace = principal({ userId: 'usr_2', roles: ['member'] });

describe('effectivePermissions', () => {
  it('lists a member’s permissions, marking those it holds only on its own resources', () => {
    const permissions = effectivePermissions(grace);
    expect(permissions).toContain('projects:read');
    expect(permissions).toContain('projects:create');
    expect(permissions).toContain('projects:update:own');
    expect(permissions).toContain('api_keys:read:own');
    expect(permissions).not.toContain('projects:update');
    expect(permissions).not.toContain('members:read');
  });

  it('expands an admin’s wildcards into concrete permissions', () => {
    const permissions = effectivePermissions(ada);
    expect(permissions).toEqual(expect.arrayContaining(['projects:delete', 'orders:ship', 'members:read', 'api_keys:delete', 'users:read']));
    expect(permissions).not.toContain('users:delete');
    expect(permissions.some((permission) => permission.endsWith(':own'))).toBe(false);
  });

  it('keeps only what the scopes also grant', () => {
    expect(effectivePermissions({ ...ada, scopes: ['projects:read', 'projects:update:own'] })).toEqual(['projects:read', 'projects:update:own']);
  });

  it('gives the anonymous caller the open demo API only', () => {
    const permissions = effectivePermissions(ANONYMOUS);
    expect(permissions).toContain('orders:create');
    expect(permissions.every((permission) => /^(orders|users|products):/.test(permission))).toBe(true);
  });
});

describe('reach', () => {
  it('tells everything, own-only and nothing apart', () => {
    expect(reach(ada, 'projects:update')).toBe('all');
    expect(reach(grace, 'projects:update')).toBe('own');
    expect(reach(grace, 'members:read')).toBe('none');
  });
});

describe('scopeProblem', () => {
  it('accepts scopes within what the principal holds', () => {
    expect(scopeProblem(grace, 'projects:read')).toBeUndefined();
    expect(scopeProblem(grace, 'projects:update:own')).toBeUndefined();
    expect(scopeProblem(ada, 'projects:*')).toBeUndefined();
  });

  it('refuses a scope that reaches past the principal’s roles, naming the permission', () => {
    expect(scopeProblem(grace, 'members:read')).toEqual({ kind: 'exceeds', permission: 'members:read' });
    expect(scopeProblem(grace, 'projects:update')).toEqual({ kind: 'exceeds', permission: 'projects:update' });
    expect(scopeProblem(grace, 'projects:*')).toMatchObject({ kind: 'exceeds' });
    expect(scopeProblem(ada, 'users:*')).toEqual({ kind: 'exceeds', permission: 'users:create' });
  });

  it('refuses a scope wider than the principal’s own scopes', () => {
    expect(scopeProblem({ ...ada, scopes: ['projects:read'] }, 'projects:create')).toEqual({ kind: 'exceeds', permission: 'projects:create' });
  });

  it('calls a scope that matches no permission unknown', () => {
    expect(scopeProblem(ada, 'invoicez:read')).toEqual({ kind: 'unknown' });
    expect(scopeProblem(ada, 'ordersx:*')).toEqual({ kind: 'unknown' });
  });
});

describe('authorize', () => {
  const notFound = () => new ApiError('resource_not_found', 'No project has the id "prj_4".');

  it('answers another tenant’s resource with the not-found error, never a 403', () => {
    expect(() => authorize(ada, 'projects:read', { tenantId: 'ten_globex' }, notFound)).toThrow(expect.objectContaining({ code: 'resource_not_found' }));
  });

  it('answers a missing permission inside the tenant with 403 naming the permission', () => {
    expect(() => authorize(grace, 'members:read', { tenantId: 'ten_acme' }, notFound)).toThrow(
      expect.objectContaining({ code: 'insufficient_permissions', message: expect.stringContaining('"members:read"') }),
    );
  });

  it('passes silently when allowed', () => {
    expect(() => authorize(grace, 'projects:update', { tenantId: 'ten_acme', ownerId: 'usr_2' }, notFound)).not.toThrow();
  });
});

describe('insufficientPermissions', () => {
  it('says when ownership is what is missing', () => {
    const error = insufficientPermissions(grace, 'projects:delete', { tenantId: 'ten_acme', ownerId: 'usr_1', label: 'project prj_1' });
    expect(error.message).toContain('only on what you own');
    expect(error.message).toContain('usr_1');
  });

  it('blames the scopes, with an insufficient_scope challenge, when the roles would allow it', () => {
    const error = insufficientPermissions({ ...ada, scopes: ['projects:read'] }, 'projects:delete', { tenantId: 'ten_acme' });
    expect(error.message).toContain('limited to the scopes [projects:read]');
    expect(error.headers['WWW-Authenticate']).toBe('Bearer error="insufficient_scope", scope="projects:delete"');
  });
});
