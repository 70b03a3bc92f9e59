/**
 * The requests the grader sends, one per situation, and what came back: status,
 * headers and body, read once and shared by every check.
 */
import { createDeps, type FakeDeps } from './deps';

export type Handle = (request: Request, deps: TrackerDeps) => unknown;

export type SituationKey = 'notFound' | 'rateLimited' | 'invalidJson' | 'missingField' | 'timeout';

interface Situation {
  /** How messages name the request: `DELETE /projects/prj_404 (no such project)`. */
  label: string;
  request: () => Request;
  deps: () => FakeDeps;
}

const origin = 'http://tracker.test';
const json = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'key_live_1' }, body });

/** The five error situations of the exercise, in the order the task lists them. */
export const situations: Record<SituationKey, Situation> = {
  notFound: {
    label: 'DELETE /projects/prj_404 (no such project)',
    request: () => new Request(`${origin}/projects/prj_404`, { method: 'DELETE', headers: { 'x-api-key': 'key_live_1' } }),
    deps: () => createDeps(),
  },
  rateLimited: {
    label: 'POST /projects while the limiter refuses (1000 requests an hour used up, retryAfterSeconds 1799.2)',
    request: () => new Request(`${origin}/projects`, json('{"name":"Apollo"}')),
    deps: () => createDeps({ limited: true }),
  },
  invalidJson: {
    label: 'POST /projects with the body {"name": "Apollo", (not valid JSON)',
    request: () => new Request(`${origin}/projects`, json('{"name": "Apollo",')),
    deps: () => createDeps(),
  },
  missingField: {
    label: 'POST /projects with the body {"description":"Moon landing"} (no name)',
    request: () => new Request(`${origin}/projects`, json('{"description":"Moon landing"}')),
    deps: () => createDeps(),
  },
  timeout: {
    label: 'POST /projects {"name":"Apollo"} while the database times out',
    request: () => new Request(`${origin}/projects`, json('{"name":"Apollo"}')),
    deps: () => createDeps({ timeout: true }),
  },
};

/** Requests that should succeed, and one more timeout: the handler must work, not only fail well. */
export const extraSituations = {
  create: { label: 'POST /projects {"name":"Apollo"}', request: situations.timeout.request, deps: () => createDeps() },
  remove: {
    label: 'DELETE /projects/prj_1 (an existing project)',
    request: () => new Request(`${origin}/projects/prj_1`, { method: 'DELETE', headers: { 'x-api-key': 'key_live_1' } }),
    deps: () => createDeps(),
  },
  removeTimeout: {
    label: 'DELETE /projects/prj_1 while the database times out',
    request: () => new Request(`${origin}/projects/prj_1`, { method: 'DELETE', headers: { 'x-api-key': 'key_live_1' } }),
    deps: () => createDeps({ timeout: true }),
  },
} satisfies Record<string, Situation>;

/** One request and what the handler answered. */
export interface Exchange {
  label: string;
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  body: unknown;
  /** The store calls the handler made. */
  calls: string[];
}

/** The handler: the default export, or a named `handle`; else an Error that says how to export it. */
export function exportedHandler(exports: Record<string, unknown>): Handle {
  const fn = exports.default ?? exports.handle;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export the handler as the default export: "export default async function handle(request, deps) { … }"; ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as Handle;
}

/** Sends one situation's request to the handler and reads the whole answer. */
export async function exchange(handle: Handle, situation: Situation): Promise<Exchange> {
  const deps = situation.deps();
  let response: unknown;
  try {
    response = await handle(situation.request(), deps);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(
      `For ${situation.label} the handler threw ${reason}. A handler answers every request: catch the error and turn it ` +
        'into an error response (one function that renders all errors keeps them alike).',
    );
  }
  const res = response as Partial<Response> | null;
  if (typeof res?.status !== 'number' || typeof res.headers?.get !== 'function' || typeof res.text !== 'function') {
    throw new Error(`For ${situation.label} the handler returned ${String(response)}. Return a Response, e.g. Response.json(body, { status: 404 }).`);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { label: situation.label, status: res.status, headers: res.headers, text, body, calls: deps.calls };
}

/**
 * Starts every situation once; checks await the answers they need. A situation whose
 * request made the handler throw fails only the checks that look at it.
 */
export function exchangeAll(handle: Handle): Record<SituationKey, Promise<Exchange>> {
  const keys = Object.keys(situations) as SituationKey[];
  return Object.fromEntries(
    keys.map((key) => {
      const answer = exchange(handle, situations[key]);
      // Marked as handled here; each check that awaits it still sees the failure.
      answer.catch(() => {});
      return [key, answer];
    }),
  ) as Record<SituationKey, Promise<Exchange>>;
}
