/**
 * Reads a JWT in JWS compact form (`header.payload.signature`) WITHOUT verifying it:
 * decoding only shows what a token claims. Whether to believe it is the server's job
 * (the sandbox's /api/v1/sandbox/tokens/inspect), never the decoder's.
 *
 * Broken input is explained, not just refused: which part, at which character, and why.
 */
import { decodeBase64Url } from './base64url';
import { tokenInspector } from '@messages/token-inspector';

export type JsonObject = Record<string, unknown>;

export interface DecodedJwt {
  ok: true;
  header: JsonObject;
  claims: JsonObject;
  /** The signature's length in bytes (ES256 signatures are 64). */
  signatureBytes: number;
}

export interface JwtProblem {
  ok: false;
  /** Which part broke; 'token' when the overall shape is wrong. */
  part: 'token' | 'header' | 'payload' | 'signature';
  /** Zero-based index into the (trimmed) token of the first offending character, when there is one. */
  at: number | null;
  message: string;
}

const m = tokenInspector.decode;
const PART_NAMES = ['header', 'payload', 'signature'] as const;

/** Decodes a pasted JWT (a leading "Bearer " is ignored) into its header and claims, or says where it broke. */
export function decodeJwt(input: string): DecodedJwt | JwtProblem {
  const token = input.trim().replace(/^Bearer\s+/i, '');
  if (token === '') return { ok: false, part: 'token', at: null, message: m.empty };
  const parts = token.split('.');
  if (parts.length !== 3) {
    return { ok: false, part: 'token', at: null, message: m.partCount(parts.length) };
  }
  let offset = 0;
  const decoded: Uint8Array[] = [];
  for (const [index, part] of parts.entries()) {
    const name = PART_NAMES[index]!;
    if (part === '' && name !== 'signature') return { ok: false, part: name, at: offset, message: m.emptyPart(name, index + 1) };
    const bytes = decodeBase64Url(part);
    if (!bytes.ok) {
      return { ok: false, part: name, at: offset + bytes.at, message: m.notBase64url(name, index + 1, bytes.char, offset + bytes.at + 1) };
    }
    decoded.push(bytes.bytes);
    offset += part.length + 1;
  }
  const header = parseJsonObject(decoded[0]!, 'header', 0);
  if (!header.ok) return header;
  const claims = parseJsonObject(decoded[1]!, 'payload', parts[0]!.length + 1);
  if (!claims.ok) return claims;
  if (decoded[2]!.length === 0)
    return { ok: false, part: 'signature', at: token.length, message: m.unsigned };
  return { ok: true, header: header.value, claims: claims.value, signatureBytes: decoded[2]!.length };
}

function parseJsonObject(bytes: Uint8Array, part: 'header' | 'payload', at: number): { ok: true; value: JsonObject } | JwtProblem {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, part, at, message: m.notUtf8(part) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, part, at, message: m.notJson(part, quote(text), reason) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, part, at, message: m.notObject(part) };
  return { ok: true, value: value as JsonObject };
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
