/**
 * The REST-vs-GraphQL lab's measurements: fetch the same viewer dashboard (the user,
 * their recent orders, each order's items and products) from the sandbox's REST routes
 * and with one GraphQL query, record every exchange, and reduce both answers to one
 * shape so the page can show that they agree. No React here, so tests can run it.
 */
import { DASHBOARD_QUERY } from './graphql-console-examples';
import type { SandboxFetch } from './graphql-console-request';
import { restVsGraphqlLab } from '@messages/rest-vs-graphql-lab';

/** The signed-in user; the sandbox has no log-in, and GraphQL's `viewer` is this user too. */
export const VIEWER_ID = 'usr_1';
/** How many orders the dashboard shows. */
export const RECENT_ORDERS = 5;

export interface DashboardItem {
  quantity: number;
  product: { name: string; price: string } | null;
}
export interface DashboardOrder {
  id: string;
  status: string;
  total: string;
  createdAt: string;
  items: DashboardItem[];
}
/** What the dashboard shows, whichever way it was fetched. Money as "89.99 EUR", status upper-case. */
export interface Dashboard {
  name: string;
  email: string;
  orders: DashboardOrder[];
}

/** One request and its answer. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  requestBytes: number;
  responseBytes: number;
  ms: number;
}

/** A dashboard fetched one way, and what it took. */
export interface Measurement {
  dashboard: Dashboard;
  exchanges: Exchange[];
  /** Rounds of requests, each waiting for the answers of the one before: the latency a client pays in sequence. */
  sequentialSteps: number;
  requestBytes: number;
  responseBytes: number;
  /** Wall-clock time from the first request to the last answer. */
  ms: number;
}

// The parts of the sandbox's answers the dashboard reads.
interface RestMoney {
  amount: number;
  currency: string;
}
interface RestUser {
  data: { name: string; email: string };
  links: { orders: string };
}
interface RestOrder {
  id: string;
  status: string;
  total: RestMoney;
  created_at: string;
  items: { product_id: string; quantity: number }[];
}
interface RestProduct {
  name: string;
  price_money: RestMoney;
}
interface GraphqlDashboard {
  data: { viewer: { name: string; email: string; orders: { nodes: DashboardOrder[] } } };
  errors?: { message: string }[];
}

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/** Sends one request and records it; returns the status and the parsed body. */
async function exchange<T>(send: SandboxFetch, log: Exchange[], path: string, init: RequestInit = {}): Promise<{ ok: boolean; body: T }> {
  const method = init.method ?? 'GET';
  const started = performance.now();
  const response = await send(path, init);
  const text = await response.text();
  log.push({ method, path, status: response.status, requestBytes: init.body ? bytes(String(init.body)) : 0, responseBytes: bytes(text), ms: Math.round(performance.now() - started) });
  return { ok: response.ok, body: (text ? JSON.parse(text) : null) as T };
}

/** Like `exchange`, but a non-2xx answer throws naming the request. */
async function mustExchange<T>(send: SandboxFetch, log: Exchange[], path: string, init: RequestInit = {}): Promise<T> {
  const answer = await exchange<T>(send, log, path, init);
  if (!answer.ok) throw new Error(restVsGraphqlLab.requestFailed(init.method ?? 'GET', path, log.at(-1)!.status));
  return answer.body;
}

/** 8999 cents in EUR → "89.99 EUR", the way the GraphQL Money scalar writes it. */
export function formatMoney(money: { amount: number; currency: string }): string {
  return `${(money.amount / 100).toFixed(2)} ${money.currency}`;
}

function measurement(dashboard: Dashboard, log: Exchange[], sequentialSteps: number, started: number): Measurement {
  return {
    dashboard,
    exchanges: log,
    sequentialSteps,
    requestBytes: log.reduce((sum, e) => sum + e.requestBytes, 0),
    responseBytes: log.reduce((sum, e) => sum + e.responseBytes, 0),
    ms: Math.round(performance.now() - started),
  };
}

/**
 * The REST way, as a client that follows links would: the user, then their orders, then
 * each distinct product the items name (those in parallel, since none depends on another).
 */
export async function fetchDashboardRest(send: SandboxFetch): Promise<Measurement> {
  const log: Exchange[] = [];
  const started = performance.now();
  const user = await mustExchange<RestUser>(send, log, `/api/v1/users/${VIEWER_ID}`);
  const orders = (await mustExchange<{ data: RestOrder[] }>(send, log, user.links.orders)).data.slice(0, RECENT_ORDERS);
  const productIds = [...new Set(orders.flatMap((o) => o.items.map((i) => i.product_id)))];
  const products = new Map<string, RestProduct>();
  await Promise.all(
    productIds.map(async (id) => {
      // A deleted product answers 404; the dashboard shows the item without it, as GraphQL's null does.
      const answer = await exchange<{ data: RestProduct }>(send, log, `/api/v1/products/${id}`);
      if (answer.ok) products.set(id, answer.body.data);
    }),
  );
  const dashboard: Dashboard = {
    name: user.data.name,
    email: user.data.email,
    orders: orders.map((o) => ({
      id: o.id,
      status: String(o.status).toUpperCase(),
      total: formatMoney(o.total),
      createdAt: o.created_at,
      items: o.items.map((i) => {
        const product = products.get(i.product_id);
        return { quantity: i.quantity, product: product ? { name: product.name, price: formatMoney(product.price_money) } : null };
      }),
    })),
  };
  return measurement(dashboard, log, productIds.length ? 3 : 2, started);
}

/** The GraphQL way: one POST with the dashboard query. */
export async function fetchDashboardGraphql(send: SandboxFetch): Promise<Measurement> {
  const log: Exchange[] = [];
  const started = performance.now();
  const answer = await mustExchange<GraphqlDashboard>(send, log, '/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: DASHBOARD_QUERY }),
  });
  if (answer.errors?.length) throw new Error(restVsGraphqlLab.queryErrors(answer.errors.map((e) => e.message).join('; ')));
  const viewer = answer.data.viewer;
  const dashboard: Dashboard = {
    name: viewer.name,
    email: viewer.email,
    orders: viewer.orders.nodes.map((o) => ({ id: o.id, status: o.status, total: o.total, createdAt: o.createdAt, items: o.items })),
  };
  return measurement(dashboard, log, 1, started);
}

/** Bytes of the dashboard itself as compact JSON: what a client needed, to compare with what it received. */
export function neededBytes(dashboard: Dashboard): number {
  return bytes(JSON.stringify(dashboard));
}

/** Whether two dashboards hold the same data (same order of orders and items). */
export function sameDashboard(a: Dashboard, b: Dashboard): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
