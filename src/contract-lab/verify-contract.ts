/**
 * Provider verification: replays every interaction of a Pact v3 contract against a live
 * provider, after setting up its provider states, and reports per interaction what
 * passed and what broke (status, headers, body path by path).
 */
import { contractLabChecks as checks } from '@messages/contract-lab-checks';
import { compileRules, matchBody, type Mismatch } from './match-body';
import type { PactFile, PactInteraction } from './pact-types';
import { stateHandler, type ProviderFetch, type StateValues } from './provider-states';
import { ruleProblem, show } from './rule-check';

export interface InteractionResult {
  description: string;
  /** passed: the provider keeps the promise; failed: it broke it; error: the interaction could not be replayed. */
  status: 'passed' | 'failed' | 'error';
  /** The request as sent, e.g. "GET /api/v1/users/usr_4". */
  request: string;
  /** The provider's answer, when there was one. */
  actual?: { status: number; headers: Record<string, string>; body: unknown };
  mismatches: Mismatch[];
}

export interface VerifyOptions {
  /** Where provider states are set up; defaults to the provider itself. */
  stateFetch?: ProviderFetch;
}

/** Verifies every interaction in order and returns one result each. */
export async function verifyContract(pact: PactFile, fetch: ProviderFetch, options: VerifyOptions = {}): Promise<InteractionResult[]> {
  const results: InteractionResult[] = [];
  for (const interaction of pact.interactions) results.push(await verifyInteraction(interaction, fetch, options.stateFetch ?? fetch));
  return results;
}

/** A mismatch as one sentence: where, expected, actual. */
export function describeMismatch(mismatch: Mismatch): string {
  if (mismatch.kind === 'state' || mismatch.kind === 'request') return mismatch.actual;
  const v = checks.verify;
  const where = mismatch.kind === 'body' ? v.inBody(mismatch.path) : mismatch.kind === 'header' ? v.inHeader(mismatch.path) : v.inStatus;
  return v.mismatch(where, mismatch.expected, mismatch.actual);
}

function fillIn(expression: string, values: StateValues): string {
  return expression.replace(/\$\{([^}]+)\}/g, (whole, key: string) => {
    const value = values[key.trim()];
    if (value === undefined) throw new Error(checks.verify.missingValue(expression, whole, Object.keys(values)));
    return encodeURIComponent(value);
  });
}

async function verifyInteraction(interaction: PactInteraction, fetch: ProviderFetch, stateFetch: ProviderFetch): Promise<InteractionResult> {
  const { request: req } = interaction;
  const base = { description: interaction.description, request: `${req.method} ${req.path}` };
  let values: StateValues = {};
  try {
    for (const state of interaction.providerStates ?? []) values = { ...values, ...(await stateHandler(state.name).setUp(stateFetch, state.params ?? {})) };
  } catch (error) {
    return { ...base, status: 'error', mismatches: [{ kind: 'state', path: 'providerStates', expected: '', actual: (error as Error).message }] };
  }

  let path: string;
  try {
    path = req.generators?.path ? fillIn(req.generators.path.expression, values) : req.path;
  } catch (error) {
    return { ...base, status: 'error', mismatches: [{ kind: 'request', path: 'request.path', expected: '', actual: (error as Error).message }] };
  }
  const query = new URLSearchParams(Object.entries(req.query ?? {}).flatMap(([key, list]) => list.map((value) => [key, value]))).toString();
  const target = query ? `${path}?${query}` : path;
  const headers = new Headers(req.headers);
  let body: string | undefined;
  if (req.body !== undefined) {
    body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }

  const response = await fetch(target, { method: req.method, headers, body });
  const text = await response.text();
  let actualBody: unknown = text === '' ? undefined : text;
  try {
    if (text) actualBody = JSON.parse(text);
  } catch {
    // not JSON: compared as text
  }
  const actual = { status: response.status, headers: Object.fromEntries(response.headers), body: actualBody };
  const mismatches = [...statusMismatch(interaction, response.status), ...headerMismatches(interaction, response.headers)];
  if (interaction.response.body !== undefined) mismatches.push(...matchBody(interaction.response.body, actualBody, compileRules(interaction.response.matchingRules?.body)));
  return { ...base, request: `${req.method} ${target}`, status: mismatches.length ? 'failed' : 'passed', actual, mismatches };
}

function statusMismatch(interaction: PactInteraction, status: number): Mismatch[] {
  const expected = interaction.response.status;
  return status === expected ? [] : [{ kind: 'status', path: 'status', expected: String(expected), actual: String(status) }];
}

// Header names are compared without case; a media type is compared without its parameters
// unless the contract names them (application/json matches application/json; charset=utf-8).
function headerMismatches(interaction: PactInteraction, actual: Headers): Mismatch[] {
  const rules = interaction.response.matchingRules?.header ?? {};
  const out: Mismatch[] = [];
  for (const [name, expected] of Object.entries(interaction.response.headers ?? {})) {
    const value = actual.get(name);
    if (value === null) {
      out.push({ kind: 'header', path: name, expected: show(expected), actual: 'no such header' });
      continue;
    }
    const ruleSet = Object.entries(rules).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
    if (ruleSet) {
      const problems = ruleSet.matchers.map((rule) => ruleProblem(rule, expected, value)).filter(Boolean);
      if (problems.length) out.push({ kind: 'header', path: name, expected: problems.join(' and '), actual: show(value) });
    } else if (!headerEquals(name, expected, value)) {
      out.push({ kind: 'header', path: name, expected: show(expected), actual: show(value) });
    }
  }
  return out;
}

function headerEquals(name: string, expected: string, actual: string): boolean {
  if (name.toLowerCase() !== 'content-type') return expected.trim() === actual.trim();
  const [expectedType, ...expectedParams] = expected.split(';').map((part) => part.trim().toLowerCase());
  const [actualType, ...actualParams] = actual.split(';').map((part) => part.trim().toLowerCase());
  return expectedType === actualType && expectedParams.every((param) => actualParams.includes(param));
}
