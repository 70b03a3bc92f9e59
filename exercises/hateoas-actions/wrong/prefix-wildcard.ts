// Wrong: a trailing * is treated as a string prefix, and * anywhere else is not understood.

function grants(pattern: string, permission: string, owns: boolean): boolean {
  if (pattern.endsWith(':own')) return owns && grants(pattern.slice(0, -4), permission, owns);
  if (pattern.endsWith('*')) return permission.startsWith(pattern.slice(0, -1));
  return pattern === permission;
}

const ACTIONS = [
  { name: 'pay', when: ['pending'], permission: 'orders:pay', path: 'pay' },
  { name: 'cancel', when: ['pending', 'paid'], permission: 'orders:cancel', path: 'cancel' },
  { name: 'ship', when: ['paid'], permission: 'orders:ship', path: 'ship' },
  { name: 'deliver', when: ['shipped'], permission: 'orders:deliver', path: 'deliver' },
  { name: 'add_item', when: ['pending'], permission: 'orders:update', path: 'items' },
];

export function actionsFor(order: HateoasOrder, caller: HateoasCaller): HateoasAction[] {
  const owns = caller.userId !== null && caller.userId === order.ownerId;
  return ACTIONS.filter((action) => action.when.includes(order.status) && caller.permissions.some((p) => grants(p, action.permission, owns))).map(
    (action) => ({ name: action.name, method: 'POST', href: `/api/v1/orders/${encodeURIComponent(order.id)}/${action.path}` }),
  );
}
