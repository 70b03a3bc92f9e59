/**
 * Running the learner's two checks: over the lists and error probes below, against the real
 * sandbox or a broken copy, recording whether each call resolved or threw (and what it said).
 */
import type { Sandbox } from '../../../sandbox/index';

export type PaginationCheck = (fetch: CheckFetch, path: string, limit: number) => unknown;
export type ErrorCheck = (fetch: CheckFetch, probe: ErrorProbe) => unknown;

/** The lists walked, with a limit that gives each several pages. */
export const LISTS: readonly { path: string; limit: number }[] = [
  { path: '/api/v1/users', limit: 2 },
  { path: '/api/v1/products', limit: 3 },
  { path: '/api/v1/orders', limit: 2 },
];

/** Requests that must fail, and how. */
export const PROBES: readonly ErrorProbe[] = [
  { method: 'GET', path: '/api/v1/users/usr_404', status: 404 },
  { method: 'POST', path: '/api/v1/users', body: { invalid: 'data' }, status: 422 },
  { method: 'GET', path: '/api/v1/users?limit=0', status: 422 },
  { method: 'GET', path: '/api/v1/users?limit=2&page=1', status: 400 },
  { method: 'GET', path: '/api/v1/orders/ord_999', status: 404 },
];

export const checkNames = { pagination: 'checkPagination', errors: 'checkErrorResponse' } as const;

/** The exported function, or an Error that says how to export it. */
export function exportedCheck<T>(exports: Record<string, unknown>, name: (typeof checkNames)[keyof typeof checkNames]): T {
  const fn = exports[name];
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(`Export an async function named ${name} (write "export async function ${name}(…) { … }"); ${found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'}`);
  }
  return fn as T;
}

/** One call of a learner's check. */
export interface CheckCall {
  /** How the call is written in messages, e.g. checkPagination(fetch, "/api/v1/users", 2). */
  label: string;
  /** null when the check resolved; what it threw otherwise. */
  thrown: string | null;
}

const describeThrown = (error: unknown) => (error instanceof Error ? error.message : JSON.stringify(error) ?? String(error));

async function call(label: string, run: () => unknown): Promise<CheckCall> {
  try {
    await run();
    return { label, thrown: null };
  } catch (error) {
    return { label, thrown: describeThrown(error) };
  }
}

/** Calls the pagination check on every list, through `fetch`. */
export async function runPagination(check: PaginationCheck, fetch: CheckFetch): Promise<CheckCall[]> {
  const calls: CheckCall[] = [];
  for (const { path, limit } of LISTS) calls.push(await call(`checkPagination(fetch, "${path}", ${limit})`, () => check(fetch, path, limit)));
  return calls;
}

/** Calls the error check on every probe, through `fetch`. */
export async function runErrors(check: ErrorCheck, fetch: CheckFetch): Promise<CheckCall[]> {
  const calls: CheckCall[] = [];
  for (const probe of PROBES) calls.push(await call(`checkErrorResponse(fetch, ${probe.method} ${probe.path})`, () => check(fetch, probe)));
  return calls;
}

/** Problems when a check threw against the real sandbox, which keeps every rule. */
export function realSandboxProblems(calls: CheckCall[]): string[] {
  return calls
    .filter((found) => found.thrown !== null)
    .map((found) => `${found.label} threw against the real sandbox, which keeps every rule. It said: ${found.thrown} A check must pass on a correct API: loosen the rule that fired.`);
}

/** Problems when every call resolved against a broken copy (one throwing call is enough to catch it). */
export function missedBreakageProblems(calls: CheckCall[], what: string, hint: string): string[] {
  if (calls.some((found) => found.thrown !== null)) return [];
  return [`Against an API whose ${what}, every call of ${calls[0]?.label.split('(')[0] ?? 'your check'} passed. ${hint}`];
}

export type { Sandbox };
