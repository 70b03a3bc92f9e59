/**
 * Grader for tenant-authorization: asks the learner's authorize about a generated matrix
 * of principals × actions × resources over two tenants, cross-tenant cases first, and
 * checks each rule on the cases it is about. The matrix and the grader's own statement of
 * the rules live in ./lib.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { answerAll, exportedAuthorize, type Answer } from './lib/answers';
import {
  anonymousProblems,
  apiKeyScopeProblems,
  crossTenantProblems,
  lookAlikeProblems,
  oauthScopeProblems,
  ownershipProblems,
  reasonProblems,
  roleProblems,
  unknownRoleProblems,
} from './lib/checks';
import { matrix } from './lib/matrix';

export default defineGrader('typescript', (submission) => {
  let cached: Answer[] | undefined;
  const answers = () => (cached ??= answerAll(exportedAuthorize(submission.exports ?? {}), matrix()));

  describe('Tenant isolation', () => {
    it('never allows a request on another tenant’s resource, whatever the role', () => expectNoProblems(crossTenantProblems(answers())));
    it('denies callers without a tenant', () => expectNoProblems(anonymousProblems(answers())));
  });

  describe('Roles', () => {
    it('grants exactly what the roles’ patterns grant, and denies everything else', () => expectNoProblems(roleProblems(answers())));
    it('matches wildcards segment by segment, not as a string prefix', () => expectNoProblems(lookAlikeProblems(answers())));
    it('grants :own permissions only on resources the principal owns', () => expectNoProblems(ownershipProblems(answers())));
    it('denies roles that are not in the table', () => expectNoProblems(unknownRoleProblems(answers())));
  });

  describe('Scopes', () => {
    it('narrows the roles by an API key’s scopes', () => expectNoProblems(apiKeyScopeProblems(answers())));
    it('narrows the roles by an OAuth token’s scopes, and never widens them', () => expectNoProblems(oauthScopeProblems(answers())));
  });

  describe('Decisions', () => {
    it('gives every denial a reason', () => expectNoProblems(reasonProblems(answers())));
  });
});
