/**
 * Operations the console offers to start from. Chapter 3 links to them by id
 * (`/consoles/graphql?example=n-plus-one`), so keep the ids stable.
 */

export interface ConsoleExample {
  id: string;
  title: string;
  query: string;
  variables: string;
}

/** The viewer dashboard: the signed-in user, their recent orders, each order's items and products. */
export const DASHBOARD_QUERY = `query Dashboard {
  viewer {
    name
    email
    orders(first: 5) {
      nodes {
        id
        status
        total
        createdAt
        items {
          quantity
          product { name price }
        }
      }
    }
  }
}`;

export const consoleExamples: ConsoleExample[] = [
  { id: 'dashboard', title: 'The viewer dashboard', query: DASHBOARD_QUERY, variables: '' },
  {
    id: 'n-plus-one',
    title: 'Every order with its user and products (N+1)',
    query: `{
  orders {
    nodes {
      user { name }
      items { product { name } }
    }
  }
}`,
    variables: '',
  },
  {
    id: 'github-viewer',
    title: 'GitHub-style: repositories, issues and pull requests',
    query: `query Repositories($repos: Int = 10, $per: Int = 5) {
  viewer {
    login
    repositories(first: $repos) {
      nodes {
        name
        issues(first: $per) { nodes { title state } }
        pullRequests(first: $per) { nodes { title state } }
      }
    }
  }
}`,
    variables: '{\n  "repos": 10,\n  "per": 5\n}',
  },
  {
    id: 'one-order',
    title: 'One order, by a variable',
    query: `query Order($id: ID!) {
  order(id: $id) {
    status
    total
    user { name }
    items { quantity subtotal product { name } }
  }
}`,
    variables: '{\n  "id": "ord_1"\n}',
  },
  {
    id: 'create-order',
    title: 'Mutation: place an order (try a quantity of 0)',
    query: `mutation PlaceOrder($input: CreateOrderInput!) {
  createOrder(input: $input) {
    order { id status total }
    userErrors { field message code }
  }
}`,
    variables: '{\n  "input": {\n    "userId": "usr_1",\n    "items": [{ "productId": "prd_2", "quantity": 3 }]\n  }\n}',
  },
  {
    id: 'subscribe',
    title: 'Subscription: watch order ord_4',
    query: `subscription WatchOrder {
  orderStatusChanged(orderId: "ord_4") {
    previousStatus
    status
    changedAt
  }
}`,
    variables: '',
  },
  {
    id: 'advance-order',
    title: 'Mutation: move order ord_4 along',
    query: `mutation Advance($status: OrderStatus!) {
  updateOrderStatus(input: { orderId: "ord_4", status: $status }) {
    previousStatus
    order { status }
    userErrors { field message code }
  }
}`,
    variables: '{\n  "status": "PAID"\n}',
  },
];

/** The example with this id, or the dashboard when there is none. */
export function exampleById(id: string | null): ConsoleExample {
  return consoleExamples.find((e) => e.id === id) ?? consoleExamples[0]!;
}
