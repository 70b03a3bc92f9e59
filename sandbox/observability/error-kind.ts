import { ERROR_CODES, type ErrorCode } from '../patterns/errors';

/**
 * What kind of error a response carries, read from its body: the envelope's `type` and
 * `code` (decision 001), the same facts from problem+json, or — for bodies in another
 * shape (OAuth's RFC 6749 errors, the gRPC door's Connect errors) — a type derived from
 * the status, so `http_errors_total{type}` has one small, fixed set of values.
 */

export interface ErrorKind {
  type: string;
  code: string;
  message: string;
}

/** The error of a response with status 400 or more; null for successes. Never consumes the caller's body. */
export async function errorKindOf(response: Response): Promise<ErrorKind | null> {
  if (response.status < 400) return null;
  const body = await readJson(response);
  const envelope = body?.error;
  if (isRecord(envelope) && typeof envelope.type === 'string' && typeof envelope.code === 'string') {
    return { type: envelope.type, code: envelope.code, message: String(envelope.message ?? '') };
  }
  if (body && typeof body.code === 'string' && Object.hasOwn(ERROR_CODES, body.code)) {
    return { type: ERROR_CODES[body.code as ErrorCode].type, code: body.code, message: String(body.detail ?? '') };
  }
  // OAuth: { error: 'invalid_grant', error_description }; Connect: { code: 'not_found', message }.
  const code = typeof envelope === 'string' ? envelope : typeof body?.code === 'string' ? body.code : `http_${response.status}`;
  const message = String(body?.error_description ?? body?.message ?? '');
  return { type: typeForStatus(response.status), code, message };
}

/** The envelope type a status belongs to, for error bodies that carry none. */
export function typeForStatus(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'authorization_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'system_error';
  if (status === 404 || status === 409 || status === 410) return 'business_error';
  return 'validation_error';
}

async function readJson(response: Response): Promise<Record<string, unknown> | null> {
  if (!/json/.test(response.headers.get('Content-Type') ?? '') || response.bodyUsed) return null;
  try {
    const parsed: unknown = JSON.parse(await response.clone().text());
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null; // not JSON after all: the status decides
  }
}

function isRecord(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
