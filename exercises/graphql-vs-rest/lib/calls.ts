/**
 * Calling the learner's two functions: each call gets a fresh counting fetch, and its
 * value (or error) and requests are kept, so every check reads the same calls.
 */
import type { Sandbox } from '../../../sandbox/index';
import { countingFetch, type RecordedRequest } from './sandbox-fetch';

export type DashboardFunction = (fetch: DashboardFetch, userId: string) => unknown;

export const functionNames = { rest: 'dashboardViaRest', graphql: 'dashboardViaGraphql' } as const;
export type Way = keyof typeof functionNames;

/** What one call of a learner's function did. */
export interface DashboardCall {
  way: Way;
  userId: string;
  /** How the call is written in messages: `dashboardViaRest(fetch, "usr_1")`. */
  label: string;
  outcome: { kind: 'resolved'; value: unknown } | { kind: 'rejected'; error: unknown };
  requests: RecordedRequest[];
}

/** The exported function, or an Error that says how to export it. */
export function exportedFunction(exports: Record<string, unknown>, way: Way): DashboardFunction {
  const name = functionNames[way];
  const fn = exports[name];
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      `Export an async function named ${name} (write "export async function ${name}(fetch, userId) { ... }"); ` +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as DashboardFunction;
}

/** Calls `fn` for one user with its own counting fetch. */
export async function callDashboard(sandbox: Sandbox, fn: DashboardFunction, way: Way, userId: string): Promise<DashboardCall> {
  const { fetch, requests } = countingFetch(sandbox);
  const label = `${functionNames[way]}(fetch, "${userId}")`;
  try {
    return { way, userId, label, outcome: { kind: 'resolved', value: await fn(fetch, userId) }, requests };
  } catch (error) {
    return { way, userId, label, outcome: { kind: 'rejected', error }, requests };
  }
}

/** A thrown value as a sentence fragment. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
}

/** Total response bytes of a call's requests. */
export const bytesOf = (call: DashboardCall): number => call.requests.reduce((sum, request) => sum + request.responseBytes, 0);
