/**
 * Compares an actual JSON body with the contract's expected body and rules, the way a
 * Pact verifier does for responses: every expected key must be there (extra keys are
 * fine: a provider may add fields), values without a rule must be equal, and a rule
 * applies to its value and everything inside it unless a closer rule says otherwise.
 */
import { contractLabChecks as checks } from '@messages/contract-lab-checks';
import { formatPath, parsePath, ruleWeight, type PathToken } from './json-path';
import type { PactRuleSet } from './pact-types';
import { jsonType, ruleProblem, show } from './rule-check';

/** One way the provider's answer differs from the contract. */
export interface Mismatch {
  kind: 'status' | 'header' | 'body' | 'state' | 'request';
  /** Where: `$.data.name` in the body, a header name, or "status". */
  path: string;
  expected: string;
  actual: string;
}

type Rules = { path: string; tokens: PathToken[]; set: PactRuleSet }[];

/** The rules of a body, parsed once. */
export function compileRules(rules: Record<string, PactRuleSet> | undefined): Rules {
  return Object.entries(rules ?? {}).map(([path, set]) => ({ path, tokens: parsePath(path), set }));
}

/** Every mismatch between `expected` and `actual`. */
export function matchBody(expected: unknown, actual: unknown, rules: Rules): Mismatch[] {
  const mismatches: Mismatch[] = [];
  compare(expected, actual, [], rules, mismatches);
  return mismatches;
}

function closestRule(rules: Rules, at: (string | number)[]): { set: PactRuleSet; exact: boolean } | null {
  let best: { set: PactRuleSet; exact: boolean; weight: number } | null = null;
  for (const rule of rules) {
    const weight = ruleWeight(rule.tokens, at);
    if (weight === null) continue;
    if (!best || weight > best.weight || (weight === best.weight && rule.tokens.length === at.length)) best = { set: rule.set, exact: rule.tokens.length === at.length, weight };
  }
  return best;
}

function compare(expected: unknown, actual: unknown, at: (string | number)[], rules: Rules, out: Mismatch[]): void {
  const path = formatPath(at);
  const rule = closestRule(rules, at);
  if (actual === undefined) {
    out.push({ kind: 'body', path, expected: checks.expected.like(show(expected)), actual: checks.actual.noSuchKey });
    return;
  }
  let typeOnly = false;
  if (rule) {
    const problems = rule.set.matchers.map((matcher) => ruleProblem(matcher, expected, actual));
    const failed = rule.set.combine === 'OR' ? problems.every(Boolean) : problems.some(Boolean);
    if (failed) {
      out.push({ kind: 'body', path, expected: problems.filter(Boolean).join(checks.expected.and), actual: `${jsonType(actual)} ${show(actual)}` });
      return;
    }
    typeOnly = rule.set.matchers.some((matcher) => matcher.match === 'type');
    if (!typeOnly) return; // regex, integer, … say all there is to say about this value
  }

  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return void out.push({ kind: 'body', path, expected: checks.expected.array, actual: `${jsonType(actual)} ${show(actual)}` });
    const bounds = rule?.exact ? rule.set.matchers.find((matcher) => matcher.min !== undefined || matcher.max !== undefined) : undefined;
    if (bounds?.min !== undefined && actual.length < bounds.min) out.push({ kind: 'body', path, expected: checks.expected.atLeast(bounds.min), actual: `${actual.length}` });
    if (bounds?.max !== undefined && actual.length > bounds.max) out.push({ kind: 'body', path, expected: checks.expected.atMost(bounds.max), actual: `${actual.length}` });
    if (typeOnly) {
      // Shape, not content: every actual item is held to the example item.
      if (expected.length > 0) actual.forEach((item, i) => compare(expected[Math.min(i, expected.length - 1)], item, [...at, i], rules, out));
      return;
    }
    if (actual.length !== expected.length) out.push({ kind: 'body', path, expected: checks.expected.items(expected.length), actual: checks.actual.items(actual.length) });
    expected.forEach((item, i) => i < actual.length && compare(item, actual[i], [...at, i], rules, out));
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
      return void out.push({ kind: 'body', path, expected: checks.expected.object, actual: `${jsonType(actual)} ${show(actual)}` });
    }
    for (const [key, value] of Object.entries(expected)) compare(value, (actual as Record<string, unknown>)[key], [...at, key], rules, out);
    return;
  }
  if (!typeOnly && JSON.stringify(expected) !== JSON.stringify(actual)) out.push({ kind: 'body', path, expected: show(expected), actual: show(actual) });
}
