/**
 * The grader's judgements on verification results, as teaching sentences.
 */
import { describeMismatch, type InteractionResult } from '../../../src/contract-lab/verify-contract';
import { BROKEN_PROVIDERS, type BrokenProvider } from './contract-run';

const HOW_TO_CATCH: Record<BrokenProvider, string> = {
  'renamed-name-field': 'Expect the user fields your app reads, such as name, in the body (like(...) keeps the key required while letting the value vary).',
  'numeric-ids': 'Pin the type of id: like("usr_1") or regex("usr_\\\\d+", "usr_1") fails when a number arrives.',
  'missing-location-header': 'Expect the Location header on the 201 of POST /api/v1/users, e.g. headers: { Location: regex("/api/v1/users/usr_\\\\d+", "/api/v1/users/usr_4") }.',
  'not-found-as-null': 'Add an interaction for a user who does not exist (state "the user does not exist") that expects status 404.',
};

/** Interactions that fail against the real provider: the contract asks for something it does not do. */
export function realProviderProblems(results: InteractionResult[]): string[] {
  return results
    .filter((result) => result.status !== 'passed')
    .map((result) => {
      const first = result.mismatches[0];
      const why = first ? describeMismatch(first) : 'it did not pass';
      return `"${result.description}" fails against the real provider (${result.request}): ${why}. A contract must describe what the provider really does; use matchers where values vary (ids, dates).`;
    });
}

/**
 * A problem when no interaction failed against the broken provider. Only interactions that
 * pass against the real provider count: one that fails everywhere catches nothing.
 */
export function brokenProviderProblems(variant: BrokenProvider, results: InteractionResult[], real: InteractionResult[]): string[] {
  const honest = new Set(real.filter((result) => result.status === 'passed').map((result) => result.description));
  if (honest.size === 0) return ['No interaction passes against the real provider yet, so none can show a change; make the contract pass there first.'];
  if (results.some((result) => result.status === 'failed' && honest.has(result.description))) return [];
  return [`No interaction notices when the provider ${BROKEN_PROVIDERS[variant]}: every one that passes against the real provider still passes, so this change would reach your app unnoticed. ${HOW_TO_CATCH[variant]}`];
}

/** Interactions that pass against a provider answering {} with the expected status and headers. */
export function looseContractProblems(results: InteractionResult[]): string[] {
  return results
    .filter((result) => result.status === 'passed')
    .map(
      (result) =>
        `"${result.description}" passes against a provider that answers an empty object {}, so it would pass almost anything. Add expectations on the body: the fields your app reads, with matchers for their types.`,
    );
}
