// The actions of an order: what its lifecycle accepts now, filtered by what the caller may do.

interface ActionRule {
  name: string;
  allowedIn: readonly HateoasOrderStatus[];
  permission: string;
  /** The last segment of the action's path. */
  segment: string;
}

// One table instead of scattered ifs: the lifecycle, the permission and the link of each
// action sit side by side, so they cannot drift apart.
const ACTIONS: readonly ActionRule[] = [
  { name: 'pay', allowedIn: ['pending'], permission: 'orders:pay', segment: 'pay' },
  { name: 'cancel', allowedIn: ['pending', 'paid'], permission: 'orders:cancel', segment: 'cancel' },
  { name: 'ship', allowedIn: ['paid'], permission: 'orders:ship', segment: 'ship' },
  { name: 'deliver', allowedIn: ['shipped'], permission: 'orders:deliver', segment: 'deliver' },
  { name: 'add_item', allowedIn: ['pending'], permission: 'orders:update', segment: 'items' },
];

const OWN_SUFFIX = ':own';

/** Segment-wise match: `*` is one segment, or one or more when it is the last one. */
function matches(pattern: string, permission: string): boolean {
  const want = pattern.split(':');
  const have = permission.split(':');
  for (let i = 0; i < want.length; i++) {
    const segment = want[i];
    if (segment === '*' && i === want.length - 1) return have.length > i;
    if (i >= have.length) return false;
    if (segment !== '*' && segment !== have[i]) return false;
  }
  return want.length === have.length;
}

function mayDo(caller: HateoasCaller, permission: string, order: HateoasOrder): boolean {
  const ownsOrder = caller.userId !== null && caller.userId === order.ownerId;
  return caller.permissions.some((pattern) => {
    if (matches(pattern, permission)) return true;
    // x:y:own grants x:y, but only on the caller's own order.
    return ownsOrder && pattern.endsWith(OWN_SUFFIX) && matches(pattern.slice(0, -OWN_SUFFIX.length), permission);
  });
}

/** The actions the order accepts now and the caller may take, each with its method and href. */
export function actionsFor(order: HateoasOrder, caller: HateoasCaller): HateoasAction[] {
  const base = `/api/v1/orders/${encodeURIComponent(order.id)}`;
  return ACTIONS.filter((action) => action.allowedIn.includes(order.status) && mayDo(caller, action.permission, order)).map((action) => ({
    name: action.name,
    method: 'POST',
    href: `${base}/${action.segment}`,
  }));
}
