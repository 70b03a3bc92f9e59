import type { CallResult } from '../sandbox/support';

/**
 * What a refusal must look like, as a list of problems rather than a thrown assertion, so a
 * matrix of thousands of requests reports every broken cell at once.
 *
 * - never a 2xx, and exactly the expected status;
 * - the error envelope `{ error: { code, message } }` with the expected code;
 * - on 401, an RFC 6750 challenge: `Bearer realm=…` with no error when no credential was
 *   sent (§3.1: the client did not try, so there is nothing to be wrong), and
 *   `Bearer error="invalid_token"` when one was; the header stays plain ASCII with no inner quotes;
 * - on 403 for a narrow credential, `Bearer error="insufficient_scope"` when a challenge is sent;
 * - the secret that was sent never comes back in the answer: error bodies end up in logs.
 */

export interface ExpectedRefusal {
  status: 401 | 403 | 404;
  code: string;
  /** A credential the answer must not contain. */
  secret?: string;
}

const ANONYMOUS_CHALLENGE = /^Bearer realm="[^"\\]+"$/;
const INVALID_TOKEN_CHALLENGE = /^Bearer error="invalid_token"(, error_description="[\x20\x21\x23-\x5b\x5d-\x7e]*")?$/;
const INSUFFICIENT_SCOPE_CHALLENGE = /^Bearer error="insufficient_scope"(, [a-z_]+="[\x20\x21\x23-\x5b\x5d-\x7e]*")*$/;

/** The ways `res` falls short of the refusal `expected` (empty when it is exactly right). */
export function refusalProblems(res: CallResult, expected: ExpectedRefusal): string[] {
  const problems: string[] = [];
  if (res.status >= 200 && res.status < 300) return [`GOT IN with ${res.status}: ${res.text.slice(0, 200)}`];
  if (res.status !== expected.status) problems.push(`answered ${res.status}, expected ${expected.status}: ${res.text.slice(0, 200)}`);

  const error = res.body?.error;
  if (typeof error?.code !== 'string' || typeof error?.message !== 'string') problems.push(`no error envelope {error: {code, message}} in ${res.text.slice(0, 200)}`);
  else if (error.code !== expected.code) problems.push(`error.code is ${error.code}, expected ${expected.code}`);

  const challenge = res.headers.get('WWW-Authenticate');
  if (res.status === 401) {
    const shape = expected.code === 'authentication_required' ? ANONYMOUS_CHALLENGE : INVALID_TOKEN_CHALLENGE;
    if (challenge === null) problems.push('401 without WWW-Authenticate (RFC 6750 §3)');
    else if (!shape.test(challenge)) problems.push(`WWW-Authenticate ${JSON.stringify(challenge)} does not match ${shape}`);
  }
  if (res.status === 403 && challenge !== null && !INSUFFICIENT_SCOPE_CHALLENGE.test(challenge)) {
    problems.push(`403 with WWW-Authenticate ${JSON.stringify(challenge)}; RFC 6750 §3.1 wants error="insufficient_scope"`);
  }

  if (expected.secret && expected.secret.length >= 16) {
    const echoed = res.text.includes(expected.secret) || [...res.headers.values()].some((value) => value.includes(expected.secret!));
    if (echoed) problems.push('the answer echoes the credential it was sent');
  }
  return problems;
}
