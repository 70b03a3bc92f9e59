/**
 * The cases: principals × actions × resources over two tenants. Every case carries tags
 * saying what it tests, so each check picks its own cases and names them in its message.
 */
import { decide, matches, rolePatterns, type Verdict } from './policy';

export interface NamedPrincipal {
  /** How messages name it: `grace (member of ten_acme, API key scoped to ["orders:read"])`. */
  label: string;
  principal: AuthPrincipal;
}

const user = (name: string, userId: string, tenantId: string, roles: string[], scopes: string[] | null = null, kind: AuthPrincipal['kind'] = 'user'): NamedPrincipal => {
  const credentials = scopes === null ? (kind === 'api_key' ? 'unscoped API key' : 'unscoped token') : `${kind === 'api_key' ? 'API key' : 'OAuth token'} scoped to ${JSON.stringify(scopes)}`;
  const rolesText = roles.length ? roles.join(' and ') : 'no role';
  return { label: `${name} (${rolesText} of ${tenantId}, ${credentials})`, principal: { kind, userId, tenantId, roles, scopes } };
};

/** The principals: staff of ten_acme and ten_globex, scoped credentials, odd roles, and nobody. */
export const principals: NamedPrincipal[] = [
  user('ada', 'usr_1', 'ten_acme', ['admin']),
  user('grace', 'usr_2', 'ten_acme', ['member']),
  user('sam', 'usr_4', 'ten_acme', ['support']),
  user('alan', 'usr_3', 'ten_globex', ['admin']),
  user('linus', 'usr_5', 'ten_globex', ['member']),
  user('mia', 'usr_6', 'ten_acme', ['member', 'support']),
  user('ada', 'usr_1', 'ten_acme', ['admin'], ['orders:read', 'projects:read'], 'api_key'),
  user('ada', 'usr_1', 'ten_acme', ['admin'], ['projects:*'], 'user'),
  user('ada', 'usr_1', 'ten_acme', ['admin'], ['*:read'], 'user'),
  user('ada', 'usr_1', 'ten_acme', ['admin'], [], 'api_key'),
  user('alan', 'usr_3', 'ten_globex', ['admin'], ['orders:*'], 'api_key'),
  user('grace', 'usr_2', 'ten_acme', ['member'], ['projects:*'], 'user'),
  user('grace', 'usr_2', 'ten_acme', ['member'], ['projects:update:own', 'orders:read'], 'api_key'),
  user('grace', 'usr_2', 'ten_acme', ['member'], null, 'api_key'),
  user('olga', 'usr_7', 'ten_acme', ['owner']),
  user('olga', 'usr_7', 'ten_acme', ['Admin']),
  user('olga', 'usr_7', 'ten_acme', ['toString']),
  user('olga', 'usr_7', 'ten_acme', []),
  { label: 'an anonymous caller (no credentials)', principal: { kind: 'anonymous', userId: null, tenantId: null, roles: [], scopes: null } },
];

/** The actions: every kind the roles mention, some nobody has, and look-alikes of wildcarded resources. */
export const actions = [
  'projects:read',
  'projects:create',
  'projects:update',
  'projects:delete',
  'orders:read',
  'orders:cancel',
  'orders:pay',
  'orders:refund',
  'invoices:read',
  'members:invite',
  'members:read',
  'api_keys:delete',
  'users:read',
  'reports:read',
  'projects_archive:read',
  'orderstats:read',
];

/** Actions that only a raw string prefix ("projects", "orders") would grant. */
export const lookAlikes = new Set(['projects_archive:read', 'orderstats:read']);

/** The resources: in each tenant, owned by one of its users, by another user, or by nobody. */
export const resources: AuthResource[] = [
  { id: 'res_acme_ada', tenantId: 'ten_acme', ownerId: 'usr_1' },
  { id: 'res_acme_grace', tenantId: 'ten_acme', ownerId: 'usr_2' },
  { id: 'res_acme_unowned', tenantId: 'ten_acme', ownerId: null },
  { id: 'res_globex_alan', tenantId: 'ten_globex', ownerId: 'usr_3' },
  { id: 'res_globex_linus', tenantId: 'ten_globex', ownerId: 'usr_5' },
  // Owned by an acme user's id but stored in globex: ownership never crosses tenants.
  { id: 'res_globex_grace', tenantId: 'ten_globex', ownerId: 'usr_2' },
];

export interface Case {
  who: NamedPrincipal;
  action: string;
  resource: AuthResource;
  expected: Verdict;
  crossTenant: boolean;
  anonymous: boolean;
  lookAlike: boolean;
  /** The answer depends on who owns the resource (an `:own` pattern is involved). */
  ownership: boolean;
  unknownRole: boolean;
}

/** Every case of the matrix, cross-tenant ones first. */
export function matrix(): Case[] {
  const cases = principals.flatMap((who) =>
    actions.flatMap((action) =>
      resources.map((resource): Case => {
        const { principal } = who;
        const asOwner = decide(principal, action, { ...resource, ownerId: principal.userId ?? 'nobody' }).allowed;
        const asStranger = decide(principal, action, { ...resource, ownerId: 'usr_stranger' }).allowed;
        return {
          who,
          action,
          resource,
          expected: decide(principal, action, resource),
          crossTenant: principal.tenantId !== null && principal.tenantId !== resource.tenantId,
          anonymous: principal.tenantId === null,
          lookAlike: lookAlikes.has(action),
          ownership: asOwner !== asStranger,
          unknownRole: principal.roles.some((role) => !Object.hasOwn({ admin: 1, member: 1, support: 1 }, role)),
        };
      }),
    ),
  );
  return [...cases.filter((c) => c.crossTenant), ...cases.filter((c) => !c.crossTenant)];
}

/** The role pattern that would match the action only if its `*` were read as a plain string prefix. */
export function prefixPattern(principal: AuthPrincipal, action: string): string | undefined {
  return rolePatterns(principal).find((pattern) => pattern.endsWith(':*') && action.startsWith(pattern.slice(0, -2)) && !matches(pattern, action));
}
