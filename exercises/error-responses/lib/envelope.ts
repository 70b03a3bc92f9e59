/**
 * Reading an error body as one of the two envelopes the exercise accepts, whatever
 * the learner named things inside it: Stripe's `{ "error": { code, message, … } }`
 * or RFC 9457 problem details (`type`, `title`, `status`, `detail`, …).
 */
import type { Exchange } from './exchanges';

export type EnvelopeStyle = 'error object' | 'problem details';

export interface Envelope {
  style: EnvelopeStyle;
  /** The object holding the fields: `body.error`, or the body itself for problem details. */
  fields: Record<string, unknown>;
  codeKey: string;
  code: string | number;
  messageKey: string;
  message: string;
}

/** The media type each envelope travels as. */
export const mediaTypeOf: Record<EnvelopeStyle, string> = {
  'error object': 'application/json',
  'problem details': 'application/problem+json',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A code clients can switch on: an identifier, a URI or a number, never a sentence.
const isMachineCode = (value: unknown): value is string | number =>
  (typeof value === 'string' && /^[A-Za-z][\w.:/#~-]*$/.test(value)) || Number.isInteger(value);

const codeKeys = ['code', 'error_code', 'errorCode', 'type'];
const messageKeys = ['message', 'detail', 'title', 'description', 'error_description'];

/** `{ error: { code, message } }` — how a message shows an envelope's shape. */
export function shapeOf(body: unknown): string {
  if (!isObject(body)) return body === undefined ? 'a body that is not JSON' : JSON.stringify(body);
  const keys = (obj: Record<string, unknown>): string =>
    Object.entries(obj)
      .map(([key, value]) => (isObject(value) ? `${key}: { ${keys(value)} }` : key))
      .join(', ');
  return `{ ${keys(body)} }`;
}

/** The envelope of an error answer, or a sentence saying why it is neither accepted shape. */
export function readEnvelope(exchange: Exchange): Envelope | string {
  const { body, status } = exchange;
  const where = `${exchange.label} answered ${status} with`;
  if (!isObject(body)) {
    const text = exchange.text.length > 60 ? `${exchange.text.slice(0, 57)}...` : exchange.text;
    return `${where} ${JSON.stringify(text)}, which is not a JSON object. Send a JSON error body, e.g. { "error": { "code": "...", "message": "..." } }.`;
  }
  const isProblem = !('error' in body) && ('title' in body || 'type' in body || 'status' in body || 'detail' in body);
  if (!isObject(body.error) && !isProblem) {
    const hint = Array.isArray(body.errors)
      ? 'A JSON:API errors list is a third style; this exercise takes one of two: '
      : 'Put the fields in one of the two envelopes: ';
    return `${where} ${shapeOf(body)}. ${hint}{ "error": { "code", "message" } } as Stripe does, or RFC 9457 problem details { "type", "title", "status", "detail" }.`;
  }
  const style: EnvelopeStyle = isProblem ? 'problem details' : 'error object';
  const fields = isProblem ? body : (body.error as Record<string, unknown>);
  if (isProblem && 'status' in body && body.status !== status) {
    return `${where} problem details whose status member is ${JSON.stringify(body.status)}. It must repeat the HTTP status, ${status}.`;
  }
  const codeKey = codeKeys.find((key) => isMachineCode(fields[key]));
  const messageKey = messageKeys.find((key) => typeof fields[key] === 'string' && (fields[key] as string).trim() !== '');
  const missing = [codeKey ? null : 'a machine-readable code', messageKey ? null : 'a human-readable message'].filter(Boolean);
  if (missing.length) {
    const example = isProblem ? '"type": "/problems/not-found" (or a "code" member) and "detail"' : '"code": "not_found" and "message"';
    return `${where} ${shapeOf(body)}, which lacks ${missing.join(' and ')}. Give every error ${example}; a code is one word or a URI, never a sentence.`;
  }
  return { style, fields, codeKey: codeKey!, code: fields[codeKey!] as string | number, messageKey: messageKey!, message: fields[messageKey!] as string };
}

const proseKeys = new Set(['message', 'detail', 'title', 'description', 'reason', 'hint', 'doc_url', 'type', 'instance', 'code']);

/** True when the envelope names `field` in a field slot (`param`, `field`, `pointer`, `errors[].name`…), not only in prose. */
export function namesField(value: unknown, field: string, key = ''): boolean {
  if (typeof value === 'string') {
    const bare = value.trim().replace(/^(#?\/|\$\.|body[./])/, '');
    return !proseKeys.has(key) && bare === field;
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((part) => typeof part === 'string' || typeof part === 'number')) {
      if (value[value.length - 1] === field && !proseKeys.has(key)) return true; // ["body", "name"]
    }
    return value.some((item) => namesField(item, field, key));
  }
  if (isObject(value)) return Object.entries(value).some(([k, v]) => namesField(v, field, k));
  return false;
}
