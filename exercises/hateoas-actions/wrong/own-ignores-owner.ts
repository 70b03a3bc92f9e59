// Wrong: ":own" is cut off and the rest matched, so "orders:cancel:own" lets anyone cancel any order.

function matches(pattern: string, permission: string): boolean {
  const want = pattern.replace(/:own$/, '').split(':');
  const have = permission.split(':');
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '*' && i === want.length - 1) return have.length > i;
    if (i >= have.length || (want[i] !== '*' && want[i] !== have[i])) return false;
  }
  return want.length === have.length;
}

const ACTIONS = [
  { name: 'pay', when: ['pending'], permission: 'orders:pay', path: 'pay' },
  { name: 'cancel', when: ['pending', 'paid'], permission: 'orders:cancel', path: 'cancel' },
  { name: 'ship', when: ['paid'], permission: 'orders:ship', path: 'ship' },
  { name: 'deliver', when: ['shipped'], permission: 'orders:deliver', path: 'deliver' },
  { name: 'add_item', when: ['pending'], permission: 'orders:update', path: 'items' },
];

export function actionsFor(order: HateoasOrder, caller: HateoasCaller): HateoasAction[] {
  return ACTIONS.filter((action) => action.when.includes(order.status) && caller.permissions.some((p) => matches(p, action.permission))).map(
    (action) => ({ name: action.name, method: 'POST', href: `/api/v1/orders/${encodeURIComponent(order.id)}/${action.path}` }),
  );
}
