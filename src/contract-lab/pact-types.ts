/**
 * The contract file: Pact specification version 3 (pact-foundation/pact-specification,
 * branch version-3), the subset for HTTP interactions. Written by recordContract, read
 * back by parsePact, verified by verifyContract.
 */
import { contractLabChecks as checks } from '@messages/contract-lab-checks';
import { z } from 'zod';
import { MATCHER_TYPES } from './matchers';

export const PACT_SPECIFICATION_VERSION = '3.0.0';

const RuleSchema = z.object({
  match: z.enum(MATCHER_TYPES),
  regex: z.string().optional(),
  min: z.int().min(0).optional(),
  max: z.int().min(0).optional(),
  format: z.string().optional(),
  value: z.string().optional(),
});
export type PactRule = z.infer<typeof RuleSchema>;

const RuleSetSchema = z.object({ combine: z.enum(['AND', 'OR']).default('AND'), matchers: z.array(RuleSchema).min(1) });
export type PactRuleSet = z.infer<typeof RuleSetSchema>;

const RulesSchema = z.object({
  body: z.record(z.string(), RuleSetSchema).optional(),
  header: z.record(z.string(), RuleSetSchema).optional(),
  path: RuleSetSchema.optional(),
  query: z.record(z.string(), RuleSetSchema).optional(),
});
export type PactMatchingRules = z.infer<typeof RulesSchema>;

const ProviderStateSchema = z.object({ name: z.string().min(1), params: z.record(z.string(), z.unknown()).optional() });
export type PactProviderState = z.infer<typeof ProviderStateSchema>;

const InteractionSchema = z.object({
  description: z.string().min(1),
  providerStates: z.array(ProviderStateSchema).optional(),
  request: z.object({
    method: z.string().min(1),
    path: z.string().startsWith('/'),
    query: z.record(z.string(), z.array(z.string())).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    body: z.unknown().optional(),
    matchingRules: RulesSchema.optional(),
    generators: z.object({ path: z.object({ type: z.literal('ProviderState'), expression: z.string(), dataType: z.string().optional() }).optional() }).optional(),
  }),
  response: z.object({
    status: z.int().min(100).max(599),
    headers: z.record(z.string(), z.string()).optional(),
    body: z.unknown().optional(),
    matchingRules: RulesSchema.optional(),
  }),
});
export type PactInteraction = z.infer<typeof InteractionSchema>;

export const PactFileSchema = z.object({
  consumer: z.object({ name: z.string().min(1) }),
  provider: z.object({ name: z.string().min(1) }),
  interactions: z.array(InteractionSchema).min(1),
  metadata: z.object({ pactSpecification: z.object({ version: z.string().regex(/^3\./, 'this verifier reads Pact specification 3.x files') }) }).loose(),
});
export type PactFile = z.infer<typeof PactFileSchema>;

/** Zod's issues as one teaching sentence per issue, each naming where in the JSON it is. */
export function describeIssues(error: z.ZodError, root: string): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.reduce<string>((path, step) => (typeof step === 'number' ? `${path}[${step}]` : `${path}.${String(step)}`), root);
    return `${where}: ${issue.message}.`;
  });
}

/** Reads a Pact v3 contract file (already parsed JSON); throws one message listing what is wrong. */
export function parsePact(json: unknown): PactFile {
  const parsed = PactFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(checks.record.notPact(describeIssues(parsed.error, 'pact').slice(0, 4).join(' ')));
  return parsed.data;
}
