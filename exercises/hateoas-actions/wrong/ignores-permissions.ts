// Wrong: the actions follow the lifecycle only, so every caller sees every button.

const NEXT: Record<HateoasOrderStatus, string[]> = {
  pending: ['pay', 'cancel', 'add_item'],
  paid: ['ship', 'cancel'],
  shipped: ['deliver'],
  delivered: [],
  cancelled: [],
};

export function actionsFor(order: HateoasOrder, caller: HateoasCaller): HateoasAction[] {
  const base = `/api/v1/orders/${encodeURIComponent(order.id)}`;
  return NEXT[order.status].map((name) => ({ name, method: 'POST', href: `${base}/${name === 'add_item' ? 'items' : name}` }));
}
