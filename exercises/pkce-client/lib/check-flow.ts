/**
 * Checks on the front half of the flow: the authorization request, the PKCE verifier and
 * challenge, fresh secrets per sign-in, and what the client does with the callback.
 */
import { CLIENT_ID, REDIRECT_URI } from './harness';
import { capital, firstFailure, formOf, grants, requestsTo, type Run } from './runs';

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
const MIN_STATE_LENGTH = 16;

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function s256(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** The query of a run's first authorization request, or null when it sent none. */
export function authorizeQuery(run: Run): URLSearchParams | null {
  const [request] = requestsTo(run, 'GET', '/oauth/authorize');
  return request ? new URLSearchParams(request.url.split('?')[1] ?? '') : null;
}

const noRequest = (run: Run, what: string) =>
  `${capital(run.name)} sent no ${what}. ${firstFailure(run) ?? 'signIn() resolved without it.'} signIn() starts with GET /oauth/authorize?response_type=code&client_id=…&code_challenge=…`;

/** Problems with the authorization request of the main run. */
export function authorizationRequestProblems(run: Run): string[] {
  const query = authorizeQuery(run);
  if (!query) return [noRequest(run, 'GET /oauth/authorize')];
  const problems: string[] = [];
  const expect = (name: string, value: string) => {
    if (query.get(name) !== value) problems.push(`${name} is ${JSON.stringify(query.get(name))}; send ${name}=${value}.`);
  };
  expect('response_type', 'code');
  expect('client_id', CLIENT_ID);
  expect('redirect_uri', REDIRECT_URI);
  if (!query.get('scope')) problems.push('scope is missing; send the scope the client was given (options.scope).');
  if (!query.get('state')) problems.push('state is missing; send a fresh random state and check it when the callback comes back (it ties the callback to this sign-in, against CSRF).');
  if (!query.get('code_challenge')) problems.push('code_challenge is missing; PKCE sends BASE64URL(SHA-256(code_verifier)) as code_challenge.');
  const method = query.get('code_challenge_method');
  if (method !== 'S256') {
    problems.push(
      method === 'plain' || method === null
        ? `code_challenge_method is ${method === null ? 'missing, which means plain' : 'plain'}: the challenge is then the verifier itself, readable by anyone who sees the URL. Hash it: code_challenge_method=S256.`
        : `code_challenge_method is ${JSON.stringify(method)}; the only safe method, and the only one the sandbox accepts, is S256.`,
    );
  }
  const [authorize] = requestsTo(run, 'GET', '/oauth/authorize');
  if (problems.length === 0 && authorize && authorize.status !== 302) problems.push(`GET /oauth/authorize answered ${authorize.status}; check the parameters against the error it returned.`);
  return problems;
}

/** Problems with the verifier the main run revealed at the token endpoint, and its challenge. */
export async function verifierProblems(run: Run): Promise<string[]> {
  const [exchange] = grants(run, 'authorization_code');
  if (!exchange) return [noRequest(run, 'POST /oauth/token with grant_type=authorization_code')];
  const verifier = formOf(exchange).get('code_verifier');
  if (!verifier) return ['The code exchange sent no code_verifier; send the verifier whose hash was the code_challenge.'];
  if (!VERIFIER.test(verifier)) {
    return [
      `The code_verifier has ${verifier.length} characters${/[^A-Za-z0-9\-._~]/.test(verifier) ? ' and characters outside A-Z a-z 0-9 - . _ ~' : ''}; RFC 7636 asks for 43 to 128 unreserved characters. ` +
        'Base64url-encode 32 bytes from crypto.getRandomValues (no padding): 43 characters.',
    ];
  }
  const challenge = authorizeQuery(run)?.get('code_challenge');
  if (challenge !== (await s256(verifier))) {
    return [
      `The code_challenge ${JSON.stringify(challenge)} is not BASE64URL(SHA-256(code_verifier)) of the verifier sent later. ` +
        "Hash the verifier's ASCII bytes with crypto.subtle.digest('SHA-256', …) and base64url-encode the 32 bytes without padding (+ → -, / → _, no =).",
    ];
  }
  return [];
}

/** Problems when two sign-ins share a verifier or a state, or the state is too short to be unguessable. */
export function freshSecretProblems(first: Run, second: Run): string[] {
  const [a, b] = [authorizeQuery(first), authorizeQuery(second)];
  if (!a || !b) return [noRequest(a ? second : first, 'GET /oauth/authorize')];
  const problems: string[] = [];
  if (a.get('code_challenge') && a.get('code_challenge') === b.get('code_challenge')) {
    problems.push(
      'Two sign-ins sent the same code_challenge, so they used the same code_verifier. A verifier written into the code (or kept between sign-ins) is no secret: ' +
        'whoever reads the client can redeem intercepted codes. Make a new one in every signIn() with crypto.getRandomValues.',
    );
  }
  const [stateA, stateB] = [a.get('state'), b.get('state')];
  if (stateA && stateA === stateB) problems.push(`Two sign-ins sent the same state ${JSON.stringify(stateA)}; an attacker can copy a state they can predict. Make a new random state in every signIn().`);
  else if (stateA && stateA.length < MIN_STATE_LENGTH) problems.push(`The state ${JSON.stringify(stateA)} is only ${stateA.length} characters; make it unguessable: base64url of 16 or more random bytes from crypto.getRandomValues.`);
  return problems;
}

/** Problems when the client used a code whose callback carried a state it never sent. */
export function forgedStateProblems(run: Run): string[] {
  if (run.delivered.length === 0) return [`${capital(run.name)} never reached the consent page. ${firstFailure(run) ?? ''}`.trim()];
  if (grants(run, 'authorization_code').length > 0) {
    return [
      `The callback came back with state=attacker-chosen-state-0000000000, which this client never sent, and the client still exchanged its code. ` +
        'Compare the callback\'s state with the one signIn() sent, before anything else, and reject the callback when they differ (RFC 6749 §10.12: this is how a login CSRF is stopped).',
    ];
  }
  if (run.steps[0]?.ok) return ['signIn() resolved although the callback\'s state did not match; reject (throw) so the caller knows the sign-in failed.'];
  return [];
}

/** Problems when the person declined and the client did not stop. */
export function declinedProblems(run: Run): string[] {
  if (run.delivered.length === 0) return [`${capital(run.name)} never reached the consent page. ${firstFailure(run) ?? ''}`.trim()];
  if (requestsTo(run, 'POST', '/oauth/token').length > 0) {
    return ['When the person declines, the callback carries error=access_denied and no code, yet the client called the token endpoint. Read error on the callback (after checking state) and stop.'];
  }
  if (run.steps[0]?.ok) return ['signIn() resolved although the person declined (error=access_denied on the callback); reject so the caller knows nobody signed in.'];
  return [];
}
