/**
 * Calling the learner's verifyWebhook with one delivery and comparing its verdict with
 * the expected one. Every mismatch becomes one sentence that names the delivery, what
 * came back, what was expected, and why.
 */
import { NOW, SECRET, type Delivery } from './deliveries';
import { recordedReceiver, type RecordedReceiver } from './receiver';

export type VerifyWebhook = (secret: string, headers: Headers, rawBody: string, now: number, receiver: WebhookReceiver) => unknown;

/** The exported function, or an Error that says how to export it. */
export function exportedFunction(exports: Record<string, unknown>): VerifyWebhook {
  const fn = exports.verifyWebhook;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export an async function named verifyWebhook (write "export async function verifyWebhook(secret, headers, rawBody, now, receiver) { ... }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as VerifyWebhook;
}

export type Outcome = { kind: 'verdict'; verdict: WebhookVerification } | { kind: 'threw'; error: unknown } | { kind: 'malformed'; value: unknown };

const show = (value: unknown) => JSON.stringify(value) ?? 'undefined';
const reasons: readonly string[] = ['missing_headers', 'invalid_timestamp', 'invalid_signature', 'replayed', 'invalid_payload'];

function readVerdict(value: unknown): Outcome {
  const verdict = value as { ok?: unknown; reason?: unknown } | null;
  if (typeof verdict !== 'object' || verdict === null) return { kind: 'malformed', value };
  if (verdict.ok === true && 'event' in verdict) return { kind: 'verdict', verdict: verdict as WebhookVerification };
  if (verdict.ok === false && typeof verdict.reason === 'string' && reasons.includes(verdict.reason)) return { kind: 'verdict', verdict: verdict as WebhookVerification };
  return { kind: 'malformed', value };
}

export interface CallOptions {
  secret?: string;
  now?: number;
  receiver?: RecordedReceiver;
}

/** Runs verifyWebhook on one delivery; never throws (a throw is part of the outcome). */
export async function verify(fn: VerifyWebhook, delivery: Delivery, options: CallOptions = {}): Promise<Outcome> {
  try {
    const value = await fn(options.secret ?? SECRET, new Headers(delivery.headers), delivery.body, options.now ?? NOW, options.receiver ?? recordedReceiver());
    return readVerdict(value);
  } catch (error) {
    return { kind: 'threw', error };
  }
}

export type Expected = { ok: true } | { ok: false; reason: WebhookRejection };

/** What went wrong with one outcome, or null when it is the expected verdict. */
export function verdictProblem(outcome: Outcome, expected: Expected, delivery: Delivery, what: string, why: string): string | null {
  const want = expected.ok ? '{ ok: true, event }' : `{ ok: false, reason: "${expected.reason}" }`;
  if (outcome.kind === 'threw') {
    const error = outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : show(outcome.error);
    return `For ${what}, verifyWebhook threw ${error}; expected ${want}. ${why} Never throw for a bad delivery: catch what can fail (atob, JSON.parse) and return a verdict.`;
  }
  if (outcome.kind === 'malformed') {
    return `For ${what}, verifyWebhook returned ${show(outcome.value)}; expected ${want}. Return { ok: true, event } or { ok: false, reason } with one of the reasons in WebhookRejection.`;
  }
  const { verdict } = outcome;
  if (expected.ok && verdict.ok) {
    const event = JSON.parse(delivery.body) as unknown;
    return show(verdict.event) === show(event)
      ? null
      : `For ${what}, verifyWebhook accepted it but returned the event ${show(verdict.event)}; expected the parsed body, ${show(event)}.`;
  }
  if (!expected.ok && !verdict.ok && verdict.reason === expected.reason) return null;
  const got = verdict.ok ? 'accepted it ({ ok: true })' : `refused it with reason "${verdict.reason}"`;
  return `For ${what}, verifyWebhook ${got}; expected ${want}. ${why}`;
}

/** Sends `delivery` and returns the problem with its verdict, if any. */
export async function expectVerdict(fn: VerifyWebhook, delivery: Delivery, expected: Expected, what: string, why: string, options: CallOptions = {}): Promise<string[]> {
  const problem = verdictProblem(await verify(fn, delivery, options), expected, delivery, what, why);
  return problem ? [problem] : [];
}
