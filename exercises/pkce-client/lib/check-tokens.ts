/**
 * Checks on the back half of the flow: the code exchange, the API call, refreshing with
 * rotating refresh tokens, and where the secrets went. The sandbox's OAuth log is the
 * authorization server's own account of what happened.
 */
import { CLIENT_ID, REDIRECT_URI, type RecordedRequest } from './harness';
import { capital, firstFailure, formOf, grants, requestsTo, type Run, type Runs } from './runs';

const logOf = (run: Run, step: string) => run.log.filter((entry) => entry.step === step);

/** Problems with the code exchange of the main run. */
export function exchangeProblems(run: Run): string[] {
  const exchanges = grants(run, 'authorization_code');
  if (exchanges.length === 0) return [`${capital(run.name)} never exchanged its code at POST /oauth/token. ${firstFailure(run) ?? ''}`.trim()];
  const [exchange] = exchanges as [RecordedRequest];
  const type = exchange.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return [`The code exchange was sent as ${type || 'no content type'}; the token endpoint reads a form: body new URLSearchParams({...}).toString() with content-type application/x-www-form-urlencoded.`];
  }
  const form = formOf(exchange);
  const problems: string[] = [];
  if (form.get('client_id') !== CLIENT_ID) problems.push(`client_id is ${JSON.stringify(form.get('client_id'))}; a public client names itself: client_id=${CLIENT_ID}.`);
  if (form.get('redirect_uri') !== REDIRECT_URI) problems.push(`redirect_uri is ${JSON.stringify(form.get('redirect_uri'))}; send exactly the redirect_uri of the authorization request (${REDIRECT_URI}).`);
  const delivered = run.delivered[0] ? new URL(run.delivered[0]).searchParams.get('code') : null;
  if (form.get('code') !== delivered) problems.push('The code sent is not the one on the callback URL; read it with new URL(callback).searchParams.get("code").');
  if (exchanges.length > 1) problems.push(`The client exchanged a code ${exchanges.length} times. A code works once; a second use makes the server revoke the tokens it bought (RFC 6749 §4.1.2).`);
  const failed = logOf(run, 'token').find((entry) => entry.outcome !== 'ok');
  if (problems.length === 0 && failed) problems.push(`The authorization server logged the exchange as ${failed.outcome}: ${failed.detail}.`);
  if (problems.length === 0 && exchange.status !== 200) problems.push(`POST /oauth/token answered ${exchange.status}: ${exchange.tokenAnswer?.error_description ?? ''}`.trim());
  return problems;
}

/** The token answers the main run received, in order: the code exchange first, then each refresh. */
function issued(run: Run) {
  return requestsTo(run, 'POST', '/oauth/token')
    .filter((request) => request.status === 200 && request.tokenAnswer?.access_token)
    .map((request) => ({ access: request.tokenAnswer!.access_token!, refresh: request.tokenAnswer!.refresh_token ?? '' }));
}

const apiCalls = (run: Run) => requestsTo(run, 'GET', '/api/v1/me');
const bearerOf = (request: RecordedRequest) => /^Bearer (\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? null;

/** Problems with request('/api/v1/me') right after sign-in. */
export function apiCallProblems(run: Run): string[] {
  const step = run.steps.find((s) => s.step === 'request /api/v1/me');
  if (!step) return [`${capital(run.name)} stopped before request("/api/v1/me"). ${firstFailure(run) ?? ''}`.trim()];
  const [call] = apiCalls(run);
  if (!step.ok || !call) return [`request("/api/v1/me") ${step.ok ? 'sent nothing to /api/v1/me' : `failed: ${step.error}`}; send fetch(path, { headers: { authorization: \`Bearer \${accessToken}\` } }).`];
  const token = bearerOf(call);
  const [first] = issued(run);
  if (!token) return ['request("/api/v1/me") sent no Authorization: Bearer header; the access token goes in that header, never in the URL.'];
  if (first && token !== first.access) return ['request("/api/v1/me") sent a bearer token that is not the access token the sign-in returned (a refresh token is refused at the API).'];
  if (call.status !== 200) return [`GET /api/v1/me answered ${call.status}; send the access token from the code exchange as Authorization: Bearer <access_token>.`];
  if (step.status !== 200) return ['request() should resolve with the API\'s Response, so the caller can read it.'];
  return [];
}

/** Problems with the two refreshes of the main run and the call after them. */
export function refreshProblems(run: Run): string[] {
  const refreshes = grants(run, 'refresh_token');
  const failedStep = run.steps.find((s) => s.step === 'refresh' && !s.ok);
  const reuse = run.log.find((entry) => entry.outcome === 'refresh_token_reuse');
  const answers = issued(run);
  if (reuse) {
    return [
      'The second refresh sent the refresh token the first refresh had already spent. Refresh tokens rotate: each answer brings a NEW refresh_token, ' +
        'the old one works no more, and reusing it made the server revoke the whole sign-in. Replace the stored refresh token with the new one every time.',
    ];
  }
  if (refreshes.length < 2) return [`${capital(run.name)} made ${refreshes.length} refresh request${refreshes.length === 1 ? '' : 's'} for two calls of refresh(). ${failedStep ? `refresh() failed: ${failedStep.error}` : (firstFailure(run) ?? '')}`.trim()];
  for (const [i, request] of refreshes.entries()) {
    const form = formOf(request);
    if (form.get('client_id') !== CLIENT_ID) return [`Refresh ${i + 1} sent client_id=${JSON.stringify(form.get('client_id'))}; send client_id=${CLIENT_ID} with the refresh token.`];
    const expected = answers[i]?.refresh;
    if (form.get('refresh_token') !== expected) return [`Refresh ${i + 1} did not send the newest refresh token (the one from the ${i === 0 ? 'code exchange' : 'previous refresh'}). Keep the refresh_token of every token answer.`];
    if (request.status !== 200) return [`Refresh ${i + 1} was refused: ${request.tokenAnswer?.error ?? request.status} (${request.tokenAnswer?.error_description ?? ''}).`];
  }
  const last = apiCalls(run)[1];
  const newest = answers[answers.length - 1];
  if (!last) return [`After refreshing, request("/api/v1/me") sent nothing. ${firstFailure(run) ?? ''}`.trim()];
  if (!bearerOf(last)) return ['After refreshing, request("/api/v1/me") sent no Authorization: Bearer header; send the newest access token there.'];
  if (newest && bearerOf(last) !== newest.access) return ['After refreshing, request() still sent the old access token; use the access_token of the newest token answer.'];
  if (last.status !== 200) return [`After refreshing, GET /api/v1/me answered ${last.status}.`];
  return [];
}

/** Problems when a token or verifier appears in a URL or in the console output of any run. */
export function leakProblems(runs: Runs): string[] {
  const all = Object.values(runs);
  const secrets = all.flatMap((run) => [
    ...issued(run).flatMap(({ access, refresh }) => [
      { kind: 'an access token', value: access },
      { kind: 'a refresh token', value: refresh },
    ]),
    ...grants(run, 'authorization_code').map((request) => ({ kind: 'the code_verifier', value: formOf(request).get('code_verifier') ?? '' })),
  ]).filter((secret) => secret.value.length >= 20);
  for (const run of all) {
    for (const request of run.requests) {
      const secret = secrets.find(({ value }) => request.url.includes(value) || request.url.includes(encodeURIComponent(value)));
      if (secret) return [`${capital(run.name)} put ${secret.kind} in the URL of ${request.method} ${request.url.split('?')[0]}. URLs end up in logs, history and Referer headers: send tokens in the Authorization header or a POST body only.`];
    }
    const printed = secrets.find(({ value }) => run.printed.includes(value));
    if (printed) return [`${capital(run.name)} printed ${printed.kind} to the console. Logs are read by many people and kept for long: never log tokens or verifiers (log that a refresh happened, not what it returned).`];
  }
  return [];
}
