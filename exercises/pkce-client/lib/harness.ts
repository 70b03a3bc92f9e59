/**
 * What the learner's client runs against: a fresh in-process sandbox, a fetch that records
 * every request (and the tokens the token endpoint hands out), the `approve` helper that
 * plays the person at the consent page, and a console recorder that notices tokens in logs.
 */
import { createManualClock, createSandbox, type Sandbox } from '../../../sandbox/index';

export const origin = 'http://sandbox.local';
export const CLIENT_ID = 'pkce-exercise';
export const REDIRECT_URI = 'https://client.example/callback';
export const SCOPE = 'orders:read users:read';
const ADA = { login: 'ada', password: 'analytical-engine' };

/** One request the learner's client made. */
export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. "/oauth/authorize?response_type=code&…". */
  url: string;
  headers: Headers;
  /** The body as text ('' when there is none). */
  body: string;
  status: number;
  location: string | null;
  /** The parsed JSON answer of POST /oauth/token, else null. */
  tokenAnswer: { access_token?: string; refresh_token?: string; error?: string; error_description?: string } | null;
}

/** A fresh sandbox for one grading run, on a manual clock. */
export function createGradingSandbox(): Sandbox {
  return createSandbox({ clock: createManualClock('2026-03-02T09:00:00.000Z') });
}

/** A fetch for the learner that records each request, and the list it records into. */
export function recordingFetch(sandbox: Sandbox): { fetch: PkceFetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch: PkceFetch = async (input, init) => {
    const given: unknown = input;
    if (typeof given !== 'string' && !(given instanceof URL)) {
      throw new TypeError('Pass fetch a path as a string, e.g. fetch("/oauth/token", { method: "POST", … }), with the method and body in the second argument.');
    }
    const request = new Request(new URL(String(input), origin), init);
    const body = request.body ? await request.clone().text() : '';
    sandbox.clock.advance(1_000); // keeps the rate limiter topped up; codes (60 s) stay fresh
    const response = await sandbox.fetch(request);
    const url = new URL(request.url);
    const path = url.pathname;
    let tokenAnswer: RecordedRequest['tokenAnswer'] = null;
    if (request.method === 'POST' && path === '/oauth/token') tokenAnswer = (await response.clone().json().catch(() => null)) as RecordedRequest['tokenAnswer'];
    requests.push({ method: request.method, url: path + url.search, headers: request.headers, body, status: response.status, location: response.headers.get('location'), tokenAnswer });
    return response;
  };
  return { fetch, requests };
}

/** How the grader's stand-in for the person answers the consent page. */
export type ConsentAnswer = 'approve' | 'decline' | 'approve-with-forged-state';

/** An `approve` helper: reads the pending request from the consent URL and posts the decision for Ada. */
export function consentHelper(sandbox: Sandbox, answer: ConsentAnswer): { approve: PkceApprove; delivered: string[] } {
  const delivered: string[] = [];
  const approve: PkceApprove = async (consentUrl) => {
    const url = new URL(String(consentUrl), origin);
    const requestId = url.searchParams.get('request');
    if (url.pathname !== '/consent' || !requestId) {
      const refused = url.searchParams.get('error');
      throw new Error(
        refused
          ? `approve() was given the redirect URI with error=${refused} instead of the consent page: the authorization server refused the request (${url.searchParams.get('error_description') ?? 'no description'}). Fix the authorization request.`
          : `approve() expects the consent page URL from the Location header of GET /oauth/authorize ("/consent?request=azr_…"), not ${JSON.stringify(consentUrl)}.`,
      );
    }
    sandbox.clock.advance(1_000);
    const response = await sandbox.fetch(
      new Request(new URL('/oauth/authorize/decision', origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request: requestId, ...ADA, approve: answer !== 'decline' }),
      }),
    );
    const body = (await response.json()) as { redirect_to?: string; error?: { message: string } };
    if (!response.ok || !body.redirect_to) throw new Error(`The consent page could not answer request ${requestId}: ${body.error?.message ?? response.status}`);
    let redirect = body.redirect_to;
    if (answer === 'approve-with-forged-state') {
      // What an attacker's callback looks like: a real code, but a state this client never made.
      const forged = new URL(redirect);
      forged.searchParams.set('state', 'attacker-chosen-state-0000000000');
      redirect = forged.href;
    }
    delivered.push(redirect);
    return redirect;
  };
  return { approve, delivered };
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

/** Runs `work` with the console recorded (and silenced); returns what was printed as text. */
export async function withConsoleRecorded<T>(work: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; printed: string }> {
  const saved = consoleMethods.map((name) => [name, console[name]] as const);
  const printed: string[] = [];
  for (const name of consoleMethods) {
    console[name] = (...args: unknown[]) => {
      printed.push(args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' '));
    };
  }
  try {
    const [result] = await Promise.allSettled([work()]);
    return { result: result!, printed: printed.join('\n') };
  } finally {
    for (const [name, method] of saved) console[name] = method as never;
  }
}

function safeJson(value: unknown): string {
  try {
    return value instanceof Error ? `${value.message}` : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The sandbox's OAuth log, oldest first (the grader's own request, not recorded). */
export async function oauthLog(sandbox: Sandbox): Promise<{ step: string; outcome: string; detail: string; client_id: string | null }[]> {
  const response = await sandbox.fetch(new Request(new URL('/api/v1/sandbox/oauth-log', origin)));
  if (!response.ok) throw new Error(`The grader could not read GET /api/v1/sandbox/oauth-log (${response.status}).`);
  return ((await response.json()) as { data: { step: string; outcome: string; detail: string; client_id: string | null }[] }).data.reverse();
}
