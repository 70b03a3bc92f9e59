import { sandboxReady } from './sandbox-ready';

/** Headers for a JSON request body. */
export const JSON_HEADERS = { 'Content-Type': 'application/json' } as const;

/**
 * Sends one request to the in-tab sandbox (waiting for it to start) and returns the parsed
 * body; a non-2xx answer throws an Error whose message is the envelope's message and code,
 * so a lab can show the sandbox's own words.
 */
export async function askSandbox<T>(path: string, init: RequestInit = {}): Promise<T> {
  await sandboxReady();
  const response = await fetch(path, init);
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : null;
  if (response.ok) return body as T;
  const error = (body as { error?: { message?: string; code?: string } } | null)?.error;
  throw new Error(error?.message ? `${error.message} (${error.code}, HTTP ${response.status})` : `${init.method ?? 'GET'} ${path} answered HTTP ${response.status}.`);
}
