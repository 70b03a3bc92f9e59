/**
 * The account dashboard of one user, fetched two ways. The REST version works; the
 * GraphQL version is a first draft that only knows the user so far.
 *
 * @param fetch   the browser's fetch, answered by the sandbox; pass it paths like '/api/v1/users/usr_1'
 * @param userId  the signed-in user, e.g. 'usr_1'
 */

async function getData<T>(fetch: DashboardFetch, path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return ((await response.json()) as { data: T }).data;
}

interface RestOrder {
  id: string;
  status: string;
  created_at: string;
  total: { amount: number; currency: string };
  items: { product_id: string; quantity: number }[];
}

export async function dashboardViaRest(fetch: DashboardFetch, userId: string): Promise<UserDashboard> {
  const user = await getData<{ id: string; name: string }>(fetch, `/api/v1/users/${userId}`);
  const orders = await getData<RestOrder[]>(fetch, `/api/v1/users/${userId}/orders`);
  const result: UserDashboard = { user: { id: user.id, name: user.name }, orders: [] };
  for (const order of orders) {
    const items: DashboardOrderItem[] = [];
    for (const item of order.items) {
      // One request per item: the N+1 shape that GraphQL promises to avoid.
      const product = await getData<{ id: string; name: string }>(fetch, `/api/v1/products/${item.product_id}`);
      items.push({ quantity: item.quantity, product: { id: product.id, name: product.name } });
    }
    const { amount, currency } = order.total;
    result.orders.push({
      id: order.id,
      status: order.status,
      placedAt: order.created_at,
      total: `${Math.trunc(amount / 100)}.${String(amount % 100).padStart(2, '0')} ${currency}`,
      items,
    });
  }
  result.orders.sort((a, b) => b.placedAt.localeCompare(a.placedAt));
  return result;
}

export async function dashboardViaGraphql(fetch: DashboardFetch, userId: string): Promise<UserDashboard> {
  // TODO: ask for the orders too, in this same query, and map them like the REST version.
  const query = `{ user(id: "${userId}") { id name email } }`;
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const { data } = (await response.json()) as { data: { user: { id: string; name: string } } };
  return { user: { id: data.user.id, name: data.user.name }, orders: [] };
}
