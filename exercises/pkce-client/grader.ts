/**
 * Grader for pkce-client: creates the learner's client four times, each against a fresh
 * in-process sandbox, and drives it through a whole sign-in (authorize, consent, code
 * exchange, an API call, two refreshes, another call), a second sign-in, a callback with a
 * forged state, and a declined consent. The checks read the requests the client sent, the
 * sandbox's OAuth log and what the client printed. The checks live in ./lib.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { authorizationRequestProblems, declinedProblems, forgedStateProblems, freshSecretProblems, verifierProblems } from './lib/check-flow';
import { apiCallProblems, exchangeProblems, leakProblems, refreshProblems } from './lib/check-tokens';
import { runAll, type CreateClient, type Runs } from './lib/runs';

const EXPORT = 'createPkceClient';

function exportedFactory(exports: Record<string, unknown>): CreateClient {
  const fn = exports[EXPORT];
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      `Export a function named ${EXPORT} (write "export function ${EXPORT}(options: PkceClientOptions): PkceClient { ... }"); ` +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as CreateClient;
}

export default defineGrader('typescript', (submission) => {
  const exports = submission.exports ?? {};
  // One set of runs per grading, made by the first check that needs it and shared by the rest.
  let runs: Promise<Runs> | undefined;
  const results = () => (runs ??= runAll(exportedFactory(exports)));

  describe('The client', () => {
    it('is exported as createPkceClient(options)', () => {
      exportedFactory(exports);
    });
  });

  describe('The authorization request', () => {
    it('asks for a code with an S256 challenge, a state and the registered redirect_uri', async () => {
      expectNoProblems(authorizationRequestProblems((await results()).main));
    });
    it('reveals a verifier of 43–128 unreserved characters whose SHA-256 is the challenge', async () => {
      expectNoProblems(await verifierProblems((await results()).main));
    });
    it('makes a new random verifier and state for every sign-in', async () => {
      const { main, second } = await results();
      expectNoProblems(freshSecretProblems(main, second));
    });
  });

  describe('The callback', () => {
    it('refuses a callback whose state it did not send, without using the code', async () => {
      expectNoProblems(forgedStateProblems((await results()).forged));
    });
    it('stops when the person declines', async () => expectNoProblems(declinedProblems((await results()).declined)));
  });

  describe('The tokens', () => {
    it('exchanges the code once, as a form, with the same redirect_uri', async () => expectNoProblems(exchangeProblems((await results()).main)));
    it('calls the API with the access token in the Authorization header', async () => expectNoProblems(apiCallProblems((await results()).main)));
    it('refreshes with the newest refresh token each time (rotation)', async () => expectNoProblems(refreshProblems((await results()).main)));
    it('keeps tokens and the verifier out of URLs and logs', async () => expectNoProblems(leakProblems(await results())));
  });
});
