/**
 * The rules of the exercise as functions from the handler's answers to a list of
 * problems, one teaching sentence each; an empty list means the rule holds.
 */
import { internalDetails, refusal } from './deps';
import { mediaTypeOf, namesField, readEnvelope, shapeOf, type Envelope } from './envelope';
import type { Exchange, SituationKey } from './exchanges';

/** A wrong status, with what to answer instead and why. */
export function statusProblems(exchange: Exchange, allowed: number[], why: string): string[] {
  if (allowed.includes(exchange.status)) return [];
  const expected = allowed.length === 1 ? `${allowed[0]}` : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  return [`${exchange.label} answered ${exchange.status}; expected ${expected}. ${why}`];
}

/** The store was called although the request should have been stopped first. */
export function untouchedStoreProblems(exchange: Exchange): string[] {
  if (exchange.calls.length === 0) return [];
  return [
    `${exchange.label} still called the database (${exchange.calls.join(', ')}). Ask the limiter first and stop at once ` +
      'when it refuses: a refused request must cost the server nothing.',
  ];
}

/** Retry-After on the 429 missing, not whole seconds, or not the limiter's wait rounded up. */
export function retryAfterProblems(exchange: Exchange): string[] {
  const value = exchange.headers.get('retry-after');
  const wait = Math.ceil(refusal.retryAfterSeconds);
  const lead = `${exchange.label} answered ${exchange.status} with`;
  if (value === null) {
    const inBody = /retry/i.test(exchange.text) ? ' A retry time in the body is fine as well, but clients and proxies read the header.' : '';
    return [`${lead} no Retry-After header. Add Retry-After: ${wait} (the limiter's retryAfterSeconds, rounded up), so clients know when to try again.${inBody}`];
  }
  if (!/^\d+$/.test(value.trim())) {
    return [`${lead} Retry-After: ${value}. Send a whole number of seconds (delay-seconds), here ${wait}: Math.ceil of the limiter's retryAfterSeconds.`];
  }
  if (Number(value) < wait) {
    return [`${lead} Retry-After: ${value}, but the limiter refuses for another ${refusal.retryAfterSeconds} seconds. Round up (Math.ceil, giving ${wait}); rounding down sends clients back too early, into another 429.`];
  }
  if (Number(value) > wait + 1) {
    return [`${lead} Retry-After: ${value}; the limiter allows requests again after ${refusal.retryAfterSeconds} seconds, so say ${wait}.`];
  }
  return [];
}

/** Retry-After on a 503/504, when sent, must be delay-seconds or an HTTP date. */
export function optionalRetryAfterProblems(exchange: Exchange): string[] {
  const value = exchange.headers.get('retry-after');
  if (value === null) return [];
  const seconds = /^\d+$/.test(value.trim()) && Number(value) > 0;
  const date = /GMT$/.test(value.trim()) && !Number.isNaN(Date.parse(value));
  if (seconds || date) return [];
  return [`${exchange.label} answered with Retry-After: ${value}. Use a whole number of seconds above 0 (e.g. 5), or an HTTP date; or leave the header out.`];
}

/** Answers whose Content-Type is not the media type of their envelope. */
export function contentTypeProblems(exchanges: Exchange[]): string[] {
  return exchanges.flatMap((exchange) => {
    const header = exchange.headers.get('content-type');
    const media = header?.split(';')[0]?.trim().toLowerCase() ?? null;
    const envelope = readEnvelope(exchange);
    const expected = typeof envelope === 'string' ? ['application/json', 'application/problem+json'] : [mediaTypeOf[envelope.style]];
    if (media && expected.includes(media)) return [];
    const what = typeof envelope === 'string' ? 'a JSON error body' : envelope.style === 'error object' ? 'an { "error": … } body' : 'problem details';
    const fix =
      expected[0] === 'application/problem+json'
        ? 'set the header content-type: application/problem+json, the media type RFC 9457 registers'
        : 'build it with Response.json(body, { status }), which sets content-type: application/json, or set that header yourself';
    return [
      `${exchange.label} answered ${exchange.status} with Content-Type ${JSON.stringify(header)} for ${what}. Clients pick a ` +
        `parser by this header: ${fix}.`,
    ];
  });
}

/** Every error body is one of the two envelopes, with a code and a message. */
export function envelopeProblems(exchanges: Exchange[]): string[] {
  return exchanges.map(readEnvelope).filter((result): result is string => typeof result === 'string');
}

/** The envelopes differ in style or in the names of their code and message fields. */
export function consistencyProblems(exchanges: Exchange[]): string[] {
  const signatures = exchanges.map((exchange) => {
    const envelope = readEnvelope(exchange);
    return typeof envelope === 'string' ? shapeOf(exchange.body) : `${envelope.style}: ${envelope.codeKey} + ${envelope.messageKey}`;
  });
  const distinct = new Set(signatures);
  if (distinct.size === 1) return envelopeProblems(exchanges).slice(0, 1);
  const list = exchanges.map((exchange) => `${exchange.status} ${shapeOf(exchange.body)}`).join('; ');
  return [
    `The five errors come in ${distinct.size} shapes: ${list}. Render every error with one function, so each has the ` +
      'same envelope with the same field names and a client parses all of them with one piece of code.',
  ];
}

const situationNames: Record<SituationKey, string> = {
  notFound: 'not-found',
  rateLimited: 'rate-limit',
  invalidJson: 'invalid-JSON',
  missingField: 'missing-field',
  timeout: 'database-timeout',
};

/** Situations that share a code, so a client cannot tell them apart. */
export function distinctCodeProblems(envelopes: Record<SituationKey, Envelope>): string[] {
  // Invalid JSON and a missing field are both a bad request body; they may share a code.
  const groups: SituationKey[][] = [['notFound'], ['rateLimited'], ['timeout'], ['invalidJson', 'missingField']];
  const seen = new Map<string, SituationKey>();
  for (const group of groups) {
    for (const key of group) {
      const code = JSON.stringify(envelopes[key].code);
      const owner = seen.get(code);
      if (owner && !group.includes(owner)) {
        return [
          `The ${situationNames[key]} and ${situationNames[owner]} errors share the code ${code}. Clients branch on the code (retry later, fix the input, ` +
            'give up), so give each situation its own, e.g. resource_not_found, rate_limit_exceeded, invalid_json, database_timeout.',
        ];
      }
      seen.set(code, key);
    }
  }
  return [];
}

/** The missing-field error does not name the field in a field slot. */
export function fieldNameProblems(exchange: Exchange, field: string): string[] {
  if (exchange.status < 400) {
    return [
      `${exchange.label} answered ${exchange.status}: the body was accepted without its required "${field}". Refuse it ` +
        `with 400 or 422 and name the field in the error, e.g. "param": "${field}".`,
    ];
  }
  if (namesField(exchange.body, field)) return [];
  const inProse = exchange.text.includes(field) ? ` The message mentions "${field}", but a program cannot read it from prose.` : '';
  return [
    `${exchange.label} answered ${shapeOf(exchange.body)}, which does not name the missing field.${inProse} Add a member ` +
      `such as "param": "${field}" (or "field", or an "errors"/"invalid_params" list with the field's name or JSON pointer "/${field}"), so a form can mark the input.`,
  ];
}

/** The timeout's internal details (host, pool, query) reached the client. */
export function leakProblems(exchange: Exchange): string[] {
  const leaked = internalDetails.filter((detail) => exchange.text.includes(detail));
  if (leaked.length === 0) return [];
  return [
    `${exchange.label} sent the client internal details (${leaked.map((d) => JSON.stringify(d)).join(', ')}) from the ` +
      "database error. Log the original error on the server; tell the client only what happened and when to retry.",
  ];
}
