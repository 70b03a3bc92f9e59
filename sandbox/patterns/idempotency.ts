import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ANONYMOUS, type Principal } from '../auth/principal';
import type { SandboxEnv } from '../env';
import type { Clock } from '../store/clock';
import { ApiError } from './errors';

/**
 * Idempotency keys (draft-ietf-httpapi-idempotency-key-header): POST is not idempotent, so a
 * client that retries after a lost response could order twice. With `Idempotency-Key: <unique
 * value>` the first request runs and its response is kept; a retry with the same key and the
 * same request gets that response again, marked `Idempotency-Replayed: true`, and the
 * operation does not run a second time.
 *
 * - Same key, different request (method, path or body) → 422 `idempotency_key_reused`.
 * - Keys belong to the caller: two principals never see each other's keys or responses.
 * - Kept 24 hours of sandbox time; 5xx answers are not kept (the retry should run again).
 * - A malformed key → 400 `invalid_idempotency_key`. The header is optional.
 *
 * Where we depart from the draft, on purpose:
 * - A retry that arrives while the first request is still running waits for it and gets its
 *   response, instead of the draft's 409. The operation still runs once, and a client that
 *   fired twice (a double click, a retry on a slow network) gets one answer, not an error
 *   it must handle. A busy real server may prefer 409, which frees the connection at once.
 * - The draft makes the value a structured-field String (`"abc"`); clients such as Stripe's
 *   send it bare (`abc`). Both are accepted and mean the same key.
 */

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotency-Replayed';
/** How long a key and its response are kept, in sandbox time. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const MAX_KEY_LENGTH = 255;

/** The error codes the middleware adds to an operation (for its errorResponses). */
export const IDEMPOTENCY_ERRORS = ['invalid_idempotency_key', 'idempotency_key_reused'] as const;

/**
 * The optional request header, for an operation's `request.headers` in /openapi.json. Only
 * documentation: the middleware checks the value before the route's validator runs.
 */
export const idempotencyKeyHeader = z.object({
  [IDEMPOTENCY_HEADER]: z
    .string()
    .optional()
    .openapi({
      description:
        'A unique value per operation (a UUID), 1 to 255 visible ASCII characters, optionally quoted. Retrying with the same key and body replays the first response ' +
        `with ${REPLAYED_HEADER}: true instead of running the operation again; the same key with another body is refused (422). Keys are kept 24 hours.`,
      example: '"8e03978e-40d5-43e8-bc93-6894a57f9324"',
    }),
});

interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

interface Entry {
  fingerprint: string;
  expiresAt: number;
  /** null while the first request is still running. */
  response: StoredResponse | null;
  /** Settles when the first request has finished (stored or abandoned). */
  settled: Promise<void>;
}

/** The keys and responses of one sandbox (runtime.idempotency). */
export class IdempotencyStore {
  #entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {}

  /**
   * The live entry for a slot; expired entries are forgotten on the way. One still running is
   * kept whatever its age: its own request settles it, and waiters depend on that.
   */
  get(slot: string): Entry | undefined {
    const now = this.clock.now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now && entry.response) this.#entries.delete(key);
    return this.#entries.get(slot);
  }

  /** Claims a slot for a request that is about to run; returns how to finish it. */
  begin(slot: string, fingerprint: string): { complete(response: StoredResponse): void; abandon(): void } {
    let settle!: () => void;
    const entry: Entry = { fingerprint, expiresAt: this.clock.now() + IDEMPOTENCY_TTL_MS, response: null, settled: new Promise((resolve) => (settle = resolve)) };
    this.#entries.set(slot, entry);
    return {
      complete: (response) => {
        entry.response = response;
        settle();
      },
      abandon: () => {
        if (this.#entries.get(slot) === entry) this.#entries.delete(slot);
        settle();
      },
    };
  }

  /** How many keys are kept. */
  get size(): number {
    return this.#entries.size;
  }

  /** Forgets every key. */
  reset(): void {
    this.#entries.clear();
  }
}

// RFC 8941 sf-string: printable ASCII between quotes, with \" and \\ escaped.
const QUOTED = /^"((?:[\x20\x21\x23-\x5B\x5D-\x7E]|\\["\\])*)"$/;
const VISIBLE_ASCII = /^[\x21-\x7E]+$/;

/** The key a header value names, or a 400 saying what is wrong with it. */
export function parseIdempotencyKey(value: string): string {
  const trimmed = value.trim();
  const quoted = QUOTED.exec(trimmed);
  const key = quoted ? quoted[1]!.replace(/\\(["\\])/g, '$1') : trimmed;
  const problem =
    key.length === 0
      ? 'is empty'
      : key.length > MAX_KEY_LENGTH
        ? `is ${key.length} characters long; the most is ${MAX_KEY_LENGTH}`
        : !VISIBLE_ASCII.test(key)
          ? 'holds characters other than visible ASCII (spaces, control characters and non-ASCII letters are not allowed)'
          : null;
  if (problem) {
    throw new ApiError('invalid_idempotency_key', `The ${IDEMPOTENCY_HEADER} header ${problem}. Send a fresh UUID per operation, e.g. ${IDEMPOTENCY_HEADER}: "8e03978e-40d5-43e8-bc93-6894a57f9324".`, {
      param: IDEMPOTENCY_HEADER,
    });
  }
  return key;
}

/** Whose keys these are: each principal has its own key space. */
function scopeOf(principal: Principal): string {
  if (principal.kind === 'anonymous') return 'anonymous';
  return principal.kind === 'api_key' ? `api_key:${principal.credentialId}` : `user:${principal.userId}`;
}

/** JSON with its object keys sorted, so `{"a":1,"b":2}` and `{ "b": 2, "a": 1 }` are one request. */
function canonicalBody(text: string): string {
  const sort = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sort)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sort((value as Record<string, unknown>)[key])]))
        : value;
  try {
    return JSON.stringify(sort(JSON.parse(text)));
  } catch {
    return text; // not JSON: compare the bytes as sent
  }
}

/** SHA-256 of method, path and canonical body: what "the same request" means. */
export async function requestFingerprint(method: string, path: string, body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${method} ${path}\n${canonicalBody(body)}`));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Middleware: honours Idempotency-Key on the POST requests whose path `applies` accepts
 * (the operations that document the header). Mount it after authentication: keys belong to the caller.
 */
export function idempotency(keys: IdempotencyStore, applies: (path: string) => boolean = () => true): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const header = c.req.header(IDEMPOTENCY_HEADER);
    if (c.req.method !== 'POST' || header === undefined || !applies(c.req.path)) return next();
    const key = parseIdempotencyKey(header);
    const fingerprint = await requestFingerprint(c.req.method, c.req.path, await c.req.text());
    const slot = `${scopeOf(c.get('principal') ?? ANONYMOUS)}\n${key}`;

    for (let entry = keys.get(slot); entry; entry = keys.get(slot)) {
      if (entry.fingerprint !== fingerprint) {
        throw new ApiError(
          'idempotency_key_reused',
          `This ${IDEMPOTENCY_HEADER} was already used for a different request (another method, path or body) in the last 24 hours. Use a new key for a new operation; reuse a key only to retry the very same request.`,
          { param: IDEMPOTENCY_HEADER },
        );
      }
      if (entry.response) return replay(entry.response);
      await entry.settled; // the first request with this key is still running: wait for its answer
    }

    const claim = keys.begin(slot, fingerprint);
    try {
      await next();
    } catch (error) {
      claim.abandon();
      throw error;
    }
    // A server error is not the operation's answer, so a retry should run it again.
    if (c.res.status >= 500) return claim.abandon();
    claim.complete({ status: c.res.status, headers: [...c.res.headers], body: await c.res.clone().text() });
  };
}

function replay(stored: StoredResponse): Response {
  const headers = new Headers(stored.headers);
  headers.set(REPLAYED_HEADER, 'true');
  return new Response(stored.status === 204 ? null : stored.body, { status: stored.status, headers });
}
