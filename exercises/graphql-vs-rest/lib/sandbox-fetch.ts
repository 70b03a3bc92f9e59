/**
 * The sandbox the grader runs the learner's code against, and the counting fetch it
 * hands them. One sandbox per grading run, on a manual clock (so orders placed during
 * set-up get distinct times); the counting fetch records every request and the bytes
 * of its response.
 */
import { createManualClock, createSandbox, type Sandbox } from '../../../sandbox/index';

export const origin = 'http://sandbox.local';

/** One request the learner's code made. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/api/v1/users/usr_1/orders". */
  path: string;
  /** The request body as text ('' when there is none). */
  body: string;
  status: number;
  /** Size of the response body in bytes. */
  responseBytes: number;
}

/** A fetch for the learner, and the log of what went through it. */
export interface CountingFetch {
  fetch: DashboardFetch;
  requests: RecordedRequest[];
}

const encoder = new TextEncoder();

/** Wraps the sandbox in a fetch that takes paths, counts requests and bytes, and moves the clock a second per request. */
export function countingFetch(sandbox: Sandbox): CountingFetch {
  const requests: RecordedRequest[] = [];
  const fetch: DashboardFetch = async (input, init) => {
    // The type says string, but a learner's code may still hand over a Request object.
    const given: unknown = input;
    if (typeof given !== 'string' && !(given instanceof URL)) {
      throw new TypeError('Pass fetch a path as a string, e.g. fetch("/api/v1/users/usr_1"), with the method and body in the second argument.');
    }
    const request = new Request(new URL(String(input), origin), init);
    const body = request.body ? await request.clone().text() : '';
    // A second per request keeps the sandbox's rate limiter topped up through a whole grading run.
    sandbox.clock.advance(1_000);
    const response = await sandbox.fetch(request);
    const bytes = encoder.encode(await response.clone().text()).length;
    const url = new URL(request.url);
    requests.push({ method: request.method, path: url.pathname + url.search, body, status: response.status, responseBytes: bytes });
    return response;
  };
  return { fetch, requests };
}

/** Sends one request the grader itself needs (not counted); throws when the sandbox refuses it. */
export async function sandboxJson<T>(sandbox: Sandbox, path: string, init?: RequestInit): Promise<T> {
  sandbox.clock.advance(1_000);
  const response = await sandbox.fetch(new Request(new URL(path, origin), init));
  if (!response.ok) throw new Error(`The grader's own request ${init?.method ?? 'GET'} ${path} failed with ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The users the checks load: a seed user, one with orders placed during set-up, and one with none. */
export interface GradingSandbox {
  sandbox: Sandbox;
  userIds: string[];
}

/** A fresh sandbox with a little more data than the seed: orders for usr_2 and a user without orders. */
export async function createGradingSandbox(): Promise<GradingSandbox> {
  const sandbox = createSandbox({ clock: createManualClock('2026-02-02T09:00:00.000Z') });
  const post = (path: string, body: unknown) =>
    sandboxJson<{ data: { id: string } }>(sandbox, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await post('/api/v1/orders', { user_id: 'usr_2', items: [{ product_id: 'prd_1', quantity: 3 }] });
  sandbox.clock.advance(3_600_000);
  await post('/api/v1/orders', { user_id: 'usr_2', items: [{ product_id: 'prd_3', quantity: 1 }, { product_id: 'prd_4', quantity: 2 }] });
  const newcomer = await post('/api/v1/users', { name: 'Katherine Johnson', email: 'katherine@example.com' });
  return { sandbox, userIds: ['usr_1', 'usr_2', newcomer.data.id] };
}
