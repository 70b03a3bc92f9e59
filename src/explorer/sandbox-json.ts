import { sandboxReady } from '../app/sandbox-ready';
import { sandboxAnswers } from '@messages/sandbox-answers';

/** Headers for a JSON request body. */
export const JSON_HEADERS = { 'Content-Type': 'application/json' } as const;

/** A sandbox answer, read once: status, parsed JSON body (null when empty or not JSON) and time taken. */
export interface SandboxAnswer {
  status: number;
  body: unknown;
  /** From sending to the whole body read, in milliseconds. */
  ms: number;
}

/** Sends a request to the in-browser sandbox (starting it first) and reads the JSON answer, whatever its status. */
export async function askSandbox(path: string, init: RequestInit = {}): Promise<SandboxAnswer> {
  await sandboxReady();
  const started = performance.now();
  const response = await fetch(path, init);
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  let body: unknown = null;
  if (text !== '' && /json/i.test(response.headers.get('content-type') ?? '')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null; // The sandbox always sends valid JSON; a proxy's HTML error page is not worth parsing.
    }
  }
  return { status: response.status, body, ms };
}

/** The envelope's `error.code` and `error.message` of an answer, when it has them. */
export function errorOf(body: unknown): { code: string; message: string } | null {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string' ? { code: error.code, message: error.message } : null;
}

/**
 * Sends a request to the sandbox and returns its parsed body; a non-2xx answer throws an Error
 * whose message is the envelope's own message and code, so a lab can show the sandbox's words.
 */
export async function sandboxBody<T>(path: string, init: RequestInit = {}): Promise<T> {
  const answer = await askSandbox(path, init);
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  const error = errorOf(answer.body);
  throw new Error(error ? sandboxAnswers.apiError(error.message, error.code, answer.status) : sandboxAnswers.answered(init.method ?? 'GET', path, answer.status));
}

/** GETs `path` and returns its `data`; a non-2xx answer throws with the envelope's message. */
export async function sandboxData(path: string): Promise<unknown> {
  const body = await sandboxBody<{ data?: unknown } | null>(path, { headers: { Accept: 'application/json' } });
  return body?.data;
}
