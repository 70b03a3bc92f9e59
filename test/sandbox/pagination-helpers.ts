import LinkHeader from 'http-link-header';
import { expect } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, type CallResult } from './support';

/** Helpers for pagination tests: read Link headers with a real RFC 8288 parser, and walk a list page by page. */

/** The Link header as `{ rel: url }`; fails the test when a rel appears twice or a link has no rel. */
export function linkRels(res: CallResult): Record<string, string> {
  const header = res.headers.get('Link');
  if (header === null) return {};
  const refs = LinkHeader.parse(header).refs;
  const rels: Record<string, string> = {};
  for (const ref of refs) {
    expect(ref.rel, `a link without rel in ${header}`).toEqual(expect.any(String));
    expect(rels[ref.rel], `rel="${ref.rel}" twice in ${header}`).toBeUndefined();
    rels[ref.rel] = ref.uri;
  }
  return rels;
}

export const ids = (res: CallResult): string[] => res.body.data.map((item: { id: string }) => item.id);

/** One page of a walk, as the client saw it. */
export interface WalkedPage {
  ids: string[];
  hasMore: boolean;
  next: string | undefined;
}

/**
 * Reads a list from `start` to its end, following `next(res)` — links.next or the Link
 * header's rel="next" — and calling `between(page, index)` after each page, before the next
 * request, to change the list under the walker's feet.
 */
export async function walk(
  sandbox: Sandbox,
  start: string,
  next: (res: CallResult) => string | undefined,
  between: (page: WalkedPage, index: number) => Promise<void> = async () => {},
): Promise<WalkedPage[]> {
  const pages: WalkedPage[] = [];
  let url: string | undefined = start;
  while (url) {
    expect(pages.length, 'the walk does not end').toBeLessThan(50);
    const res = await call(sandbox, 'GET', url);
    expect(res.status, `GET ${url}`).toBe(200);
    url = next(res);
    const page = { ids: ids(res), hasMore: res.body.meta.has_more, next: url };
    pages.push(page);
    if (url) await between(page, pages.length - 1);
  }
  return pages;
}

/** No row twice, and every row in `expected` (the rows that existed throughout the walk) once. */
export function expectWhole(pages: WalkedPage[], expected: string[]): void {
  const seen = pages.flatMap((page) => page.ids);
  expect(seen.length - new Set(seen).size, `duplicates in ${seen.join(', ')}`).toBe(0);
  expect(seen).toEqual(expect.arrayContaining(expected));
}

/** has_more is true on every page but the last, and each page with has_more has a next link. */
export function expectHasMoreExact(pages: WalkedPage[]): void {
  expect(pages.map((page) => page.hasMore)).toEqual(pages.map((_, index) => index < pages.length - 1));
  expect(pages.map((page) => page.next !== undefined)).toEqual(pages.map((page) => page.hasMore));
}
