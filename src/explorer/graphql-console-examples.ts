/**
 * Operations the console offers to start from. Chapter 3 links to them by id
 * (`/consoles/graphql?example=n-plus-one`), so keep the ids stable.
 */
import type { graphqlConsole } from '@messages/graphql-console';

export interface ConsoleExample {
  /** Also the key of its title in the picker (the catalogue's `graphqlConsole.examples`). */
  id: keyof typeof graphqlConsole.examples;
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
  { id: 'dashboard', query: DASHBOARD_QUERY, variables: '' },
  {
    id: 'n-plus-one',
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
