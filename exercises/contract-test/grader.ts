/**
 * Grader for contract-test: records the learner's users contract as a Pact v3 file and
 * verifies it against in-process sandboxes: the real provider (every interaction must
 * pass), four broken providers (each must be caught), and a provider that answers {}
 * (a contract that passes it expects too little). The checks live in ./lib.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import type { PactFile } from '../../src/contract-lab/pact-types';
import { brokenProviderProblems, looseContractProblems, realProviderProblems } from './lib/checks';
import { BROKEN_PROVIDERS, learnerPact, verifyAgainst, verifyAgainstAnything, type BrokenProvider } from './lib/contract-run';

export default defineGrader('typescript', (submission) => {
  let pact: PactFile | undefined;
  const contract = () => (pact ??= learnerPact(submission.exports ?? {}));
  // One verification against the real provider per grading run, shared by the checks that compare with it.
  let real: ReturnType<typeof verifyAgainst> | undefined;
  const realResults = () => (real ??= verifyAgainst(contract()));

  describe('The contract', () => {
    it('is exported as usersContract and records as a Pact v3 file', () => {
      contract();
    });
    it('passes against the real provider', async () => expectNoProblems(realProviderProblems(await realResults())));
    it('expects more than any answer with the right status would give', async () => expectNoProblems(looseContractProblems(await verifyAgainstAnything(contract()))));
  });

  describe('Breaking changes it catches', () => {
    const names: Record<BrokenProvider, string> = {
      'renamed-name-field': 'fails when the provider renames a field (name → full_name)',
      'numeric-ids': 'fails when a field changes type (id becomes a number)',
      'missing-location-header': 'fails when a header goes missing (Location on create)',
      'not-found-as-null': 'fails when a status changes (404 becomes 200 with null)',
    };
    for (const variant of Object.keys(BROKEN_PROVIDERS) as BrokenProvider[]) {
      it(names[variant], async () => expectNoProblems(brokenProviderProblems(variant, await verifyAgainst(contract(), variant), await realResults())));
    }
  });
});
