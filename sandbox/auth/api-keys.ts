import { ApiError } from '../patterns/errors';
import type { Clock } from '../store/clock';
import { Collection } from '../store/collection';
import { toBase64Url } from './password';

/**
 * API keys: long random secrets for scripts and servers, each with a name, scopes, an
 * optional expiry and usage statistics.
 *
 * - The full key is shown once, in the answer to its creation, and never again: the store
 *   keeps only its SHA-256 hash, plus a short prefix and the last four characters so
 *   people can tell their keys apart in a list.
 * - Keys look like `wbk_live_<43 characters>`. The fixed prefix lets authentication tell a
 *   key from a JWT at a glance, and lets secret scanners (GitHub's, for one) spot a leaked
 *   key in a commit.
 *
 * Why a plain, fast SHA-256 is right here but wrong for passwords: a key is 32 random bytes
 * (256 bits) that nobody chose, so there is no dictionary to try and 2^256 candidates to
 * walk; speed does not help an attacker who stole the hashes. A password is short and
 * human-chosen, so attackers guess likely ones, and a fast hash lets them try billions a
 * second: passwords need a deliberately slow, salted hash (PBKDF2 in password.ts). A fast
 * hash also matters for keys because every request with a key computes it.
 */

export const API_KEY_PREFIX = 'wbk_';
/** Every key the sandbox issues starts with this ("live" as opposed to a test-mode key). */
const ISSUED_PREFIX = `${API_KEY_PREFIX}live_`;
const SECRET_BYTES = 32;
/** How much of the key a list shows: the fixed prefix and four random characters. */
const VISIBLE_PREFIX_LENGTH = ISSUED_PREFIX.length + 4;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** The first characters of the key (`wbk_live_AbCd`), safe to show. */
  prefix: string;
  /** The last four characters of the key, safe to show. */
  last4: string;
  /** SHA-256 of the full key, hex. The key itself is never stored. */
  hash: string;
  user_id: string;
  tenant_id: string;
  scopes: string[];
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  usage_count: number;
  revoked_at: string | null;
}

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

export interface NewApiKey {
  userId: string;
  tenantId: string;
  name: string;
  scopes: string[];
  expiresInDays?: number;
}

/** SHA-256 of a string, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether an Authorization credential is meant as an API key (rather than a JWT). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

/** The API keys of one sandbox, hashed; lives on the runtime and empties with a reset. */
export class ApiKeyStore {
  readonly #keys = new Collection<ApiKeyRecord>('key', () => []);
  /** hash → key id: a key is found by the hash of what the client sent. */
  #byHash = new Map<string, string>();

  constructor(private readonly clock: Clock) {}

  /** Issues a key. Returns the stored record and the full key, which the caller shows once. */
  async create(input: NewApiKey): Promise<{ record: ApiKeyRecord; key: string }> {
    const key = ISSUED_PREFIX + toBase64Url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
    const hash = await sha256Hex(key);
    const now = this.clock.now();
    const record = this.#keys.insert({
      name: input.name,
      prefix: key.slice(0, VISIBLE_PREFIX_LENGTH),
      last4: key.slice(-4),
      hash,
      user_id: input.userId,
      tenant_id: input.tenantId,
      scopes: [...input.scopes],
      created_at: new Date(now).toISOString(),
      expires_at: input.expiresInDays === undefined ? null : new Date(now + input.expiresInDays * DAY_MS).toISOString(),
      last_used_at: null,
      usage_count: 0,
      revoked_at: null,
    });
    this.#byHash.set(hash, record.id);
    return { record, key };
  }

  /**
   * The record of a key a client sent, counted as one use; throws 401 `invalid_api_key`
   * when the key is unknown, revoked or expired. Looking the key up by its hash compares
   * hashes, not secrets, so the time a lookup takes tells an attacker nothing about the key.
   */
  async use(key: string): Promise<ApiKeyRecord> {
    const id = this.#byHash.get(await sha256Hex(key));
    const record = id === undefined ? undefined : this.#keys.get(id);
    if (!record) {
      throw invalidApiKey('The API key is not one this sandbox issued. Keys are shown once when created (POST /api/v1/api-keys) and a sandbox reset forgets them all.');
    }
    const status = this.status(record);
    if (status === 'revoked') throw invalidApiKey(`The API key ${record.prefix}… was revoked at ${record.revoked_at}. Create a new key and use that instead.`);
    if (status === 'expired') throw invalidApiKey(`The API key ${record.prefix}… expired at ${record.expires_at}. Create a new key; choose expires_in_days to set how long it lives.`);
    return this.#keys.update(record.id, { last_used_at: new Date(this.clock.now()).toISOString(), usage_count: record.usage_count + 1 })!;
  }

  /** Whether the key still works at the sandbox's current time. */
  status(record: ApiKeyRecord): ApiKeyStatus {
    if (record.revoked_at !== null) return 'revoked';
    if (record.expires_at !== null && Date.parse(record.expires_at) <= this.clock.now()) return 'expired';
    return 'active';
  }

  get(id: string): ApiKeyRecord | undefined {
    return this.#keys.get(id);
  }

  /** The keys `keep` accepts, oldest first. */
  list(keep: (record: ApiKeyRecord) => boolean = () => true): ApiKeyRecord[] {
    return this.#keys.all().filter(keep);
  }

  /** Marks the key revoked (it stays listed, so its history remains visible); undefined when there is no such key. */
  revoke(id: string): ApiKeyRecord | undefined {
    const record = this.#keys.get(id);
    if (!record) return undefined;
    if (record.revoked_at !== null) return record;
    return this.#keys.update(id, { revoked_at: new Date(this.clock.now()).toISOString() });
  }

  /** Forgets every key. */
  reset(): void {
    this.#keys.reset();
    this.#byHash = new Map();
  }
}

/** The 401 for a key that does not work, with the WWW-Authenticate challenge of RFC 6750. */
export function invalidApiKey(message: string): ApiError {
  return new ApiError('invalid_api_key', message, {
    param: 'Authorization',
    headers: { 'WWW-Authenticate': invalidTokenChallenge(message) },
  });
}

/**
 * The RFC 6750 challenge for a refused credential (an API key, or a token refused before it
 * reaches the token service). Header values must be plain ASCII and a quoted-string may not
 * hold `"` or `\`, so the description is reduced to that; the body carries the full message.
 */
export function invalidTokenChallenge(description: string): string {
  const plain = description.replace(/…/g, '...').replace(/[^\x20-\x7e]/g, '?').replace(/["\\]/g, "'");
  return `Bearer error="invalid_token", error_description="${plain}"`;
}
