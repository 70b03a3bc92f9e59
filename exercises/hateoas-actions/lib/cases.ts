/**
 * The orders and callers the checks combine: every status, permission sets from the
 * plain to the tricky (wildcards in every position, `:own`, patterns that only look like
 * wildcards), and callers who own the order, do not, or are anonymous.
 */
import { STATUSES } from './rules';

export const OWNER = 'usr_2';

export const orderIn = (status: HateoasOrderStatus, id = 'ord_7'): HateoasOrder => ({ id, status, ownerId: OWNER });

export const PERMISSION_SETS = {
  none: [],
  readOnly: ['orders:read'],
  otherResources: ['projects:*', 'users:read', 'invoices:cancel'],
  everything: ['*'],
  allOrders: ['orders:*'],
  cancelAnything: ['*:cancel'],
  lookalikes: ['orders*', 'ord*', 'orders:c*'],
  warehouse: ['orders:read', 'orders:ship', 'orders:deliver'],
  support: ['orders:read', 'orders:update', 'orders:cancel'],
  member: ['orders:read:own', 'orders:create', 'orders:pay:own', 'orders:cancel:own'],
  ownEverything: ['orders:*:own'],
  mixed: ['orders:pay', 'orders:update:own'],
} satisfies Record<string, string[]>;

export type PermissionSetName = keyof typeof PERMISSION_SETS;

export const CALLERS = {
  owner: (permissions: readonly string[]): HateoasCaller => ({ userId: OWNER, permissions }),
  other: (permissions: readonly string[]): HateoasCaller => ({ userId: 'usr_9', permissions }),
  anonymous: (permissions: readonly string[]): HateoasCaller => ({ userId: null, permissions }),
};

/** Every status × permission set × caller. */
export function everyCombination(): { order: HateoasOrder; caller: HateoasCaller }[] {
  return STATUSES.flatMap((status) =>
    Object.values(PERMISSION_SETS).flatMap((permissions) =>
      Object.values(CALLERS).map((caller) => ({ order: orderIn(status), caller: caller(permissions) })),
    ),
  );
}
