/**
 * Recording: a consumer's draft (interactions with inline matchers) becomes a Pact v3
 * contract file. Each matcher is replaced by its example, and its rule moves to
 * `matchingRules` under the JSONPath of the value it guards.
 */
import { contractLabChecks as checks } from '@messages/contract-lab-checks';
import { z } from 'zod';
import { childPath } from './json-path';
import { GENERATOR_KEY, MATCHER_KEY, MATCHER_TYPES, isMatcher, isProviderStateValue, type InlineMatcher } from './matchers';
import { PACT_SPECIFICATION_VERSION, describeIssues, type PactFile, type PactInteraction, type PactRule, type PactRuleSet } from './pact-types';

const ProviderStateValueSchema = z.object({ [GENERATOR_KEY]: z.literal('ProviderState'), expression: z.string().startsWith('/'), value: z.string().startsWith('/') });
const HeaderMatcherSchema = z.object({
  [MATCHER_KEY]: z.enum(MATCHER_TYPES),
  value: z.unknown(),
  regex: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  format: z.string().optional(),
});

const DraftInteractionSchema = z.object({
  description: z.string().trim().min(1, 'give every interaction a description (what the consumer needs, in a few words)'),
  providerState: z.string().min(1).optional(),
  providerStates: z.array(z.object({ name: z.string().min(1), params: z.record(z.string(), z.unknown()).optional() })).optional(),
  request: z.object({
    method: z.string().regex(/^[A-Za-z]+$/, 'use an HTTP method such as GET or POST'),
    path: z.union([z.string().startsWith('/', 'start the path with /, e.g. /api/v1/users'), ProviderStateValueSchema]),
    query: z.record(z.string(), z.string()).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    body: z.unknown().optional(),
  }),
  response: z.object({
    status: z.int().min(100).max(599),
    headers: z.record(z.string(), z.union([z.string(), HeaderMatcherSchema])).optional(),
    body: z.unknown().optional(),
  }),
});
export type DraftInteraction = z.input<typeof DraftInteractionSchema>;

const DraftContractSchema = z.object({
  consumer: z.string().trim().min(1).default('users-app'),
  provider: z.string().trim().min(1).default('workbench-sandbox'),
  interactions: z.array(DraftInteractionSchema).min(1, 'write at least one interaction'),
});
export type DraftContract = z.input<typeof DraftContractSchema>;

/** Turns a draft into a Pact v3 file; throws one message naming every place that is wrong. */
export function recordContract(draft: DraftContract): PactFile {
  const parsed = DraftContractSchema.safeParse(draft);
  if (!parsed.success) throw new Error(checks.record.cannotRecord(describeIssues(parsed.error, 'contract').slice(0, 4).join(' ')));
  const { consumer, provider, interactions } = parsed.data;
  const seen = new Set<string>();
  for (const [i, interaction] of interactions.entries()) {
    if (seen.has(interaction.description)) throw new Error(checks.record.duplicateDescription(i, interaction.description));
    seen.add(interaction.description);
  }
  return {
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: interactions.map((interaction, i) => recordInteraction(interaction, `contract.interactions[${i}]`)),
    metadata: { pactSpecification: { version: PACT_SPECIFICATION_VERSION }, workbench: { recordedBy: 'API Design Workbench contract lab' } },
  };
}

function recordInteraction(draft: z.output<typeof DraftInteractionSchema>, where: string): PactInteraction {
  const states = [...(draft.providerState ? [{ name: draft.providerState }] : []), ...(draft.providerStates ?? [])];
  const path = draft.request.path;
  const requestRules: Record<string, PactRuleSet> = {};
  const responseRules: Record<string, PactRuleSet> = {};
  const headerRules: Record<string, PactRuleSet> = {};

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(draft.response.headers ?? {})) {
    if (typeof value === 'string') headers[name] = value;
    else {
      const at = `${where}.response.headers.${name}`;
      if (typeof value.value !== 'string') throw new Error(checks.record.headerExample(at));
      headerRules[name] = { combine: 'AND', matchers: [toRule(value as InlineMatcher, at)] };
      headers[name] = value.value;
    }
  }

  const request: PactInteraction['request'] = {
    method: draft.request.method.toUpperCase(),
    path: typeof path === 'string' ? path : path.value,
    ...(draft.request.query && { query: Object.fromEntries(Object.entries(draft.request.query).map(([k, v]) => [k, [v]])) }),
    ...(draft.request.headers && { headers: draft.request.headers }),
    ...(draft.request.body !== undefined && { body: lift(draft.request.body, '$', requestRules, `${where}.request.body`) }),
    ...(typeof path !== 'string' && { generators: { path: { type: 'ProviderState' as const, expression: path.expression, dataType: 'STRING' } } }),
  };
  if (Object.keys(requestRules).length) request.matchingRules = { body: requestRules };

  const response: PactInteraction['response'] = {
    status: draft.response.status,
    ...(Object.keys(headers).length && { headers }),
    ...(draft.response.body !== undefined && { body: lift(draft.response.body, '$', responseRules, `${where}.response.body`) }),
  };
  const rules = { ...(Object.keys(responseRules).length && { body: responseRules }), ...(Object.keys(headerRules).length && { header: headerRules }) };
  if (Object.keys(rules).length) response.matchingRules = rules;

  return { description: draft.description, ...(states.length && { providerStates: states }), request, response };
}

/** Replaces the matchers inside `value` by their examples, recording their rules under `path`. */
function lift(value: unknown, path: string, rules: Record<string, PactRuleSet>, where: string): unknown {
  if (isProviderStateValue(value)) return value.value;
  if (isMatcher(value)) {
    const rule = toRule(value, where);
    const existing = rules[path];
    rules[path] = { combine: 'AND', matchers: [...(existing?.matchers ?? []), rule] };
    const example = value.value;
    if (rule.match === 'type' && rule.min !== undefined && Array.isArray(example) && example.length > 0) {
      // eachLike: the items share one rule path, [*]; the example is repeated up to min items.
      const items = example.map((item) => lift(item, `${path}[*]`, rules, `${where}[*]`));
      while (items.length < rule.min) items.push(items[0]);
      return items;
    }
    return lift(example, path, rules, where);
  }
  if (Array.isArray(value)) return value.map((item, i) => lift(item, childPath(path, i), rules, `${where}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, lift(item, childPath(path, key), rules, `${where}.${key}`)]));
  }
  return value;
}

/** One inline matcher as a Pact rule, checked so that a broken rule fails here, not at verification. */
function toRule(matcher: InlineMatcher, where: string): PactRule {
  const type = matcher[MATCHER_KEY];
  if (!(MATCHER_TYPES as readonly string[]).includes(type)) throw new Error(checks.record.unknownMatcher(where, type, MATCHER_TYPES));
  const rule: PactRule = { match: type };
  if (type === 'regex') {
    if (typeof matcher.regex !== 'string') throw new Error(checks.record.regexMissing(where));
    try {
      new RegExp(matcher.regex);
    } catch (error) {
      throw new Error(checks.record.regexBroken(where, matcher.regex, (error as Error).message));
    }
    if (typeof matcher.value !== 'string' || !new RegExp(`^(?:${matcher.regex})$`).test(matcher.value)) {
      throw new Error(checks.record.exampleMismatch(where, JSON.stringify(matcher.value), matcher.regex));
    }
    rule.regex = anchored(matcher.regex);
  }
  if (type === 'include') rule.value = String(matcher.value);
  for (const bound of ['min', 'max'] as const) {
    const n = matcher[bound];
    if (n === undefined) continue;
    if (!Number.isInteger(n) || n < 0) throw new Error(checks.record.badBound(where, bound));
    rule[bound] = n;
  }
  if (matcher.format !== undefined) rule.format = matcher.format;
  return rule;
}

/**
 * The pattern anchored at both ends. This lab matches the whole value, as Pact-JVM does,
 * but Pact's Rust core accepts a match anywhere in it; anchoring in the file makes both
 * read the rule the same way.
 */
function anchored(pattern: string): string {
  if (pattern.startsWith('^') && pattern.endsWith('$') && !pattern.endsWith('\\$')) return pattern;
  return pattern.includes('|') ? `^(?:${pattern})$` : `^${pattern}$`;
}
