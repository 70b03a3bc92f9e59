/**
 * Provider states: what must be true on the provider before an interaction is replayed
 * ("a user exists"). The verifier sets each one up through the sandbox's own public API,
 * as a provider team's state handlers would, and hands back values (the new user's id)
 * that a request path may use as `${id}`.
 */
import { contractLabChecks as checks } from '@messages/contract-lab-checks';

/** How the verifier reaches the provider: a path such as /api/v1/users, and fetch's init. */
export type ProviderFetch = (path: string, init?: RequestInit) => Promise<Response>;

export type StateValues = Record<string, string>;

export interface StateHandler {
  name: string;
  /** The params it reads, for the lab's list of states. */
  params: string;
  description: string;
  setUp(fetch: ProviderFetch, params: Record<string, unknown>): Promise<StateValues>;
}

const json = { 'Content-Type': 'application/json' };
let emailCounter = 0;

async function failure(response: Response, what: string): Promise<Error> {
  const text = await response.text();
  return new Error(checks.states.setUpFailed(what, response.status, text.slice(0, 160)));
}

/** Deletes every user with this email (compared without case), walking the whole list. */
async function freeEmail(fetch: ProviderFetch, email: string): Promise<void> {
  let next: string | null = '/api/v1/users?limit=100';
  for (let page = 0; next && page < 50; page++) {
    const response = await fetch(next);
    if (!response.ok) throw await failure(response, `GET ${next}`);
    const body = (await response.json()) as { data: { id: unknown; email?: unknown }[]; links?: { next?: string | null } };
    for (const user of body.data) {
      if (typeof user.email === 'string' && user.email.toLowerCase() === email.toLowerCase()) {
        const removed = await fetch(`/api/v1/users/${encodeURIComponent(String(user.id))}`, { method: 'DELETE' });
        if (!removed.ok && removed.status !== 404) throw await failure(removed, `DELETE /api/v1/users/${String(user.id)}`);
      }
    }
    next = body.links?.next ?? null;
  }
}

async function createUser(fetch: ProviderFetch, params: Record<string, unknown>): Promise<StateValues> {
  const name = typeof params.name === 'string' ? params.name : 'Contract Test User';
  const wanted = typeof params.email === 'string' ? params.email : undefined;
  if (wanted) await freeEmail(fetch, wanted);
  for (let attempt = 0; attempt < 50; attempt++) {
    const email = wanted ?? `contract-user-${++emailCounter}@example.com`;
    const response = await fetch('/api/v1/users', { method: 'POST', headers: json, body: JSON.stringify({ name, email }) });
    if (response.status === 409 && !wanted) continue; // a generated email someone already has: take the next one
    if (response.status !== 201) throw await failure(response, 'POST /api/v1/users');
    const body = (await response.json()) as { data: { id: unknown } };
    // The Location header is the canonical address; the body's id may be in a changed form.
    const id = response.headers.get('Location')?.split('/').pop() ?? String(body.data.id);
    return { id, name, email };
  }
  throw new Error(checks.states.emailsTaken);
}

function requiredString(params: Record<string, unknown>, key: string, state: string): string {
  const value = params[key];
  if (typeof value !== 'string' || value === '') throw new Error(checks.states.needsParam(state, key));
  return value;
}

/** The states the sandbox provider knows how to set up. */
export const PROVIDER_STATES: readonly StateHandler[] = [
  {
    name: 'a user exists',
    params: 'name?, email?',
    description: checks.states.aUserExists,
    setUp: (fetch, params) => createUser(fetch, params),
  },
  {
    name: 'the user does not exist',
    params: 'id',
    description: checks.states.userDoesNotExist,
    async setUp(fetch, params) {
      const id = requiredString(params, 'id', 'the user does not exist');
      const response = await fetch(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw await failure(response, `DELETE /api/v1/users/${id}`);
      return { id };
    },
  },
  {
    name: 'the email is not taken',
    params: 'email',
    description: checks.states.emailNotTaken,
    async setUp(fetch, params) {
      const email = requiredString(params, 'email', 'the email is not taken');
      await freeEmail(fetch, email);
      return { email };
    },
  },
];

/** The handler for a state name (case and spaces around it do not matter), or an Error listing the known ones. */
export function stateHandler(name: string): StateHandler {
  const found = PROVIDER_STATES.find((state) => state.name === name.trim().toLowerCase());
  if (!found) throw new Error(checks.states.unknown(name, PROVIDER_STATES.map((state) => state.name)));
  return found;
}
