/**
 * Broken copies of the sandbox's cursor pagination, each with one bug a real API has
 * shipped: pages that overlap, a next link that skips an item, a page larger than the
 * limit asked for, and has_more that disagrees with links.next. Each wraps the real sandbox
 * and rewrites only list pages (GET with a limit), so everything else stays true.
 */
import type { Sandbox } from '../../../sandbox/index';
import { origin, sandboxFetch } from './sandbox-fetch';

interface Page {
  data: { id: string }[];
  links: { self: string; next?: string };
  meta: { count: number; has_more: boolean };
}

export interface Breakage {
  /** What the broken copy does wrong, as a phrase after "an API whose …". */
  what: string;
  wrap(sandbox: Sandbox): CheckFetch;
}

type PageRewrite = (page: Page, url: URL, real: CheckFetch) => Promise<Page>;

/** Wraps the sandbox so that every JSON list page with a limit below 100 goes through `rewrite`. */
function rewritingPages(rewrite: PageRewrite): (sandbox: Sandbox) => CheckFetch {
  return (sandbox) => {
    const real = sandboxFetch(sandbox);
    return async (input, init) => {
      const response = await real(input, init);
      const url = new URL(input, origin);
      const limit = Number(url.searchParams.get('limit'));
      if ((init?.method ?? 'GET') !== 'GET' || response.status !== 200 || !(limit > 0 && limit < 100)) return response;
      const page = (await response.json()) as Page;
      const headers = new Headers(response.headers);
      headers.delete('content-length'); // the body changes size
      return Response.json(Array.isArray(page.data) ? await rewrite(page, url, real) : page, { status: 200, headers });
    };
  };
}

const withCursor = (url: URL, after: string, limit = url.searchParams.get('limit')!) => {
  const next = new URLSearchParams(url.searchParams);
  next.set('limit', limit);
  next.set('starting_after', after);
  return `${url.pathname}?${next}`;
};

/** The id right after `id` in the list, or null at the end. */
async function idAfter(real: CheckFetch, url: URL, id: string): Promise<string | null> {
  const page = (await (await real(withCursor(url, id, '1'))).json()) as Page;
  return page.data[0]?.id ?? null;
}

export const BROKEN_LISTS: readonly Breakage[] = [
  {
    what: 'next link starts after the second-to-last item, so each page repeats the last item of the one before',
    wrap: rewritingPages(async (page, url) => {
      const before = page.data.at(-2);
      if (page.links.next && before) page.links.next = withCursor(url, before.id);
      return page;
    }),
  },
  {
    what: 'next link skips one item, so one item falls between every two pages',
    wrap: rewritingPages(async (page, url, real) => {
      const last = page.data.at(-1);
      if (!page.links.next || !last) return page;
      const skipped = await idAfter(real, url, last.id);
      if (skipped) page.links.next = withCursor(url, skipped);
      return page;
    }),
  },
  {
    what: 'pages after the first hold one item more than the limit asked for',
    wrap: rewritingPages(async (page, url, real) => {
      if (!url.searchParams.has('starting_after')) return page;
      const limit = Number(url.searchParams.get('limit'));
      const bigger = (await (await real(withCursor(url, url.searchParams.get('starting_after')!, String(limit + 1)))).json()) as Page;
      const last = bigger.data.at(-1);
      return {
        data: bigger.data,
        links: { self: page.links.self, ...(bigger.meta.has_more && last ? { next: withCursor(url, last.id) } : {}) },
        meta: { count: bigger.data.length, has_more: bigger.meta.has_more },
      };
    }),
  },
  {
    what: 'last page says has_more: true although it has no next link',
    wrap: rewritingPages(async (page, url) => {
      // Only the last page of a walk lies; a first page that holds the whole list stays true.
      if (!page.links.next && url.searchParams.has('starting_after')) page.meta.has_more = true;
      return page;
    }),
  },
];
