import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { expectDocumented, openApiDocument, ORIGIN } from '../sandbox/support';

/**
 * Sends one fuzzed request to a sandbox and says what is wrong with the answer, as a list of
 * findings instead of a thrown assertion, so a property can report every broken request of a
 * sequence with the request that caused it. The checks are the issue's: no 5xx, every error
 * body in the error envelope (problem+json when asked for), every answer as /openapi.json documents it.
 */

export interface FuzzRequest {
  method: string;
  /** Path and query string, e.g. /api/v1/users?limit=3. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FuzzAnswer {
  status: number;
  contentType: string;
  body: unknown;
  /** What is wrong with the answer; empty when nothing is. */
  findings: string[];
}

/** Something with the sandbox's fetch and a clock the harness can move while a request waits on it. */
export interface FuzzTarget {
  fetch(request: Request): Promise<Response>;
  clock: { advance(ms: number): void };
}

// Routes that wait on the sandbox clock (long polling, simulated upstream latency) are given
// time: after WAIT_MS of real time the clock jumps ahead, then the client hangs up; an answer
// that still has not come after HANG_MS is a hang.
const WAIT_MS = 40;
const CLOCK_JUMP_MS = 120_000;
const HANG_MS = 2_000;

/** Sends `request` and checks the answer against the document and the error envelope. */
export async function sendFuzzed(target: FuzzTarget, request: FuzzRequest): Promise<FuzzAnswer> {
  const label = `${request.method} ${request.path}`;
  const controller = new AbortController();
  let response: Response;
  try {
    const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal };
    if (request.body !== undefined && !['GET', 'HEAD'].includes(request.method)) init.body = request.body;
    response = await answerWithin(target, new Request(ORIGIN + encodePath(request.path), init), controller);
  } catch (error) {
    return { status: 0, contentType: '', body: undefined, findings: [`${label} threw instead of answering: ${describe(error)}`] };
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  // A stream (SSE) stays open by design: its status and headers are the answer; hang up on it.
  if (contentType.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return { status: response.status, contentType, body: undefined, findings: response.status >= 500 ? [`${label} answered ${response.status} with a stream`] : [] };
  }
  const text = await response.text();
  const findings: string[] = [];
  let body: unknown;
  if (/json/.test(contentType) && text) {
    try {
      body = JSON.parse(text);
    } catch {
      findings.push(`${label} → ${response.status} says ${contentType} but its body is not JSON: ${text.slice(0, 200)}`);
    }
  }
  if (response.status >= 500) findings.push(`${label} → ${response.status}: no fuzzed request may crash the sandbox. Body: ${text.slice(0, 300)}`);
  // A HEAD answer has no body by definition (RFC 9110 §9.3.2): its status is what can be checked.
  if (response.status >= 400 && request.method !== 'HEAD') findings.push(...(await envelopeFindings(label, request, response.status, contentType, body)));
  if (!findings.length && request.method !== 'HEAD') {
    try {
      await expectDocumented(request.method, request.path, response.status, contentType, body);
    } catch (error) {
      findings.push(`${label} → ${response.status}: ${describe(error)}`);
    }
  }
  return { status: response.status, contentType, body, findings };
}

async function answerWithin(target: FuzzTarget, request: Request, controller: AbortController): Promise<Response> {
  const answer = target.fetch(request);
  const timers: ReturnType<typeof setTimeout>[] = [];
  const hang = new Promise<never>((_, reject) => {
    timers.push(setTimeout(() => target.clock.advance(CLOCK_JUMP_MS), WAIT_MS));
    timers.push(setTimeout(() => controller.abort(), WAIT_MS * 3));
    timers.push(setTimeout(() => reject(new Error(`no answer within ${HANG_MS} ms, even after the client hung up`)), HANG_MS));
  });
  try {
    return await Promise.race([answer, hang]);
  } finally {
    for (const timer of timers) clearTimeout(timer);
  }
}

// OAuth's token, revoke and introspect endpoints answer errors in RFC 6749's own shape, which the document declares.
const OAUTH_FORM_ENDPOINTS = /^\/oauth\/(token|revoke|introspect)(\?|$)/;
let envelopes: { error: ValidateFunction; problem: ValidateFunction } | undefined;

async function envelopeFindings(label: string, request: FuzzRequest, status: number, contentType: string, body: unknown): Promise<string[]> {
  if (OAUTH_FORM_ENDPOINTS.test(request.path)) return [];
  envelopes ??= await compileEnvelopes();
  const mediaType = contentType.split(';')[0]!.trim();
  const wantsProblem = /application\/problem\+json/i.test(request.headers.Accept ?? request.headers.accept ?? '');
  if (mediaType !== 'application/json' && mediaType !== 'application/problem+json') {
    return [`${label} → ${status} answered ${contentType || 'no Content-Type'}: every error must carry the JSON error envelope.`];
  }
  if (wantsProblem && !/application\/json/i.test(request.headers.Accept ?? '') && mediaType !== 'application/problem+json') {
    return [`${label} → ${status} answered ${mediaType} although the client asked for application/problem+json only.`];
  }
  const validate = mediaType === 'application/problem+json' ? envelopes.problem : envelopes.error;
  return validate(body) ? [] : [`${label} → ${status} body is not the ${mediaType} error envelope: ${JSON.stringify(validate.errors?.slice(0, 3))} in ${JSON.stringify(body)?.slice(0, 300)}`];
}

async function compileEnvelopes() {
  const document = await openApiDocument();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const $defs = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'));
  return {
    error: ajv.compile({ $ref: '#/$defs/Error', $defs }),
    problem: ajv.compile({ $ref: '#/$defs/Problem', $defs }),
  };
}

// Fuzzed paths may hold any character; the URL parser would refuse some (spaces stay legal once encoded).
function encodePath(path: string): string {
  const [bare, query] = splitOnce(path, '?');
  const encoded = bare.split('/').map((segment) => encodeURIComponent(safeDecode(segment))).join('/');
  return query === undefined ? encoded : `${encoded}?${query}`;
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)];
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n').slice(0, 6).join(' ') : String(error);
}
