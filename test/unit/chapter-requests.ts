/**
 * Sends a chapter's Try-it blocks to a sandbox, exactly as the reader would (same
 * method, headers and body), so tests can check that each chapter's text tells the truth.
 */
import { loadChapter } from '../../src/content/catalog';
import type { TryItRequest } from '../../src/content/types';
import type { Sandbox } from '../../sandbox/index';

export interface Answer {
  status: number;
  headers: Headers;
  /** The parsed body when it is JSON, else null. */
  json: any; // Tests read arbitrary bodies and assert on their members.
}

/** Sends one Try-it request to `sandbox`. */
export async function send(sandbox: Sandbox, request: TryItRequest): Promise<Answer> {
  const response = await sandbox.fetch(
    new Request(`http://sandbox.local${request.url}`, { method: request.method, headers: request.headers, body: request.body ?? undefined }),
  );
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : null;
  return { status: response.status, headers: response.headers, json };
}

/** Every Try-it request of a chapter, in reading order. */
export async function tryIts(slug: string): Promise<TryItRequest[]> {
  const chapter = await loadChapter(slug);
  return chapter.segments.flatMap((s) => (s.kind === 'try-it' ? [s.request] : []));
}

/** Finds a chapter's Try-it by its title; throws naming the chapter when there is none. */
export function tryItFinder(slug: string): (title: string) => Promise<TryItRequest> {
  return async (title) => {
    const request = (await tryIts(slug)).find((r) => r.title === title);
    if (!request) throw new Error(`chapter "${slug}" has no Try-it titled "${title}"`);
    return request;
  };
}
