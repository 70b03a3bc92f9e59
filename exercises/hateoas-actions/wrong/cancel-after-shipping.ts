// Wrong: "cancel is possible until the order is finished" lets a shipped order offer cancel.

const OWN = ':own';

function matches(pattern: string, permission: string): boolean {
  const want = pattern.split(':');
  const have = permission.split(':');
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '*' && i === want.length - 1) return have.length > i;
    if (i >= have.length || (want[i] !== '*' && want[i] !== have[i])) return false;
  }
  return want.length === have.length;
}

function mayDo(caller: HateoasCaller, permission: string, order: HateoasOrder): boolean {
  const owns = caller.userId !== null && caller.userId === order.ownerId;
  return caller.permissions.some(
    (pattern) => matches(pattern, permission) || (owns && pattern.endsWith(OWN) && matches(pattern.slice(0, -OWN.length), permission)),
  );
}

export function actionsFor(order: HateoasOrder, caller: HateoasCaller): HateoasAction[] {
  const base = `/api/v1/orders/${encodeURIComponent(order.id)}`;
  const final = order.status === 'delivered' || order.status === 'cancelled';
  const candidates: [string, boolean, string, string][] = [
    ['pay', order.status === 'pending', 'orders:pay', 'pay'],
    ['cancel', !final, 'orders:cancel', 'cancel'],
    ['ship', order.status === 'paid', 'orders:ship', 'ship'],
    ['deliver', order.status === 'shipped', 'orders:deliver', 'deliver'],
    ['add_item', order.status === 'pending', 'orders:update', 'items'],
  ];
  return candidates
    .filter(([, allowed, permission]) => allowed && mayDo(caller, permission, order))
    .map(([name, , , segment]) => ({ name, method: 'POST' as const, href: `${base}/${segment}` }));
}
