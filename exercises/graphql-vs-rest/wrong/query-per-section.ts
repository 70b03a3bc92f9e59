// Wrong: uses GraphQL the way the REST version uses endpoints, one query per part of the
// page (the user, then the orders), so the dashboard still costs two round trips.

async function graphqlData<T>(fetch: DashboardFetch, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (result.errors?.length || !result.data) throw new Error(result.errors?.[0]?.message ?? 'no data');
  return result.data;
}

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

const money = ({ amount, currency }: { amount: number; currency: string }) =>
  `${Math.trunc(amount / 100)}.${String(amount % 100).padStart(2, '0')} ${currency}`;

export async function dashboardViaRest(fetch: DashboardFetch, userId: string): Promise<UserDashboard> {
  const [user, orders] = await Promise.all([
    getData<{ id: string; name: string }>(fetch, `/api/v1/users/${userId}`),
    getData<RestOrder[]>(fetch, `/api/v1/users/${userId}/orders`),
  ]);
  const ids = [...new Set(orders.flatMap((order) => order.items.map((item) => item.product_id)))];
  const products = await Promise.all(ids.map((id) => getData<{ id: string; name: string }>(fetch, `/api/v1/products/${id}`)));
  const names = new Map(products.map((product) => [product.id, product.name]));
  return {
    user: { id: user.id, name: user.name },
    orders: orders
      .map((order) => ({
        id: order.id,
        status: order.status,
        placedAt: order.created_at,
        total: money(order.total),
        items: order.items.map((item) => ({ quantity: item.quantity, product: { id: item.product_id, name: names.get(item.product_id) ?? '' } })),
      }))
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt)),
  };
}

interface GraphqlOrder {
  id: string;
  status: string;
  createdAt: string;
  total: string;
  items: { quantity: number; product: { id: string; name: string } }[];
}

export async function dashboardViaGraphql(fetch: DashboardFetch, userId: string): Promise<UserDashboard> {
  const { user } = await graphqlData<{ user: { id: string; name: string } }>(
    fetch,
    'query User($id: ID!) { user(id: $id) { id name } }',
    { id: userId },
  );
  const { user: withOrders } = await graphqlData<{ user: { orders: { nodes: GraphqlOrder[] } } }>(
    fetch,
    'query Orders($id: ID!) { user(id: $id) { orders { nodes { id status createdAt total items { quantity product { id name } } } } } }',
    { id: userId },
  );
  return {
    user,
    orders: withOrders.orders.nodes
      .map((order) => ({ id: order.id, status: order.status.toLowerCase(), placedAt: order.createdAt, total: order.total, items: order.items }))
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt)),
  };
}
