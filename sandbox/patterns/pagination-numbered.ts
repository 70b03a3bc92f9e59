import type { Listing } from '../store/collection';
import { withQuery } from './links';
import { DEFAULT_PER_PAGE, type ListFilters, type ListLinks, type ListPage, type ListQuery } from './pagination';
import { validationFailed } from './validation';

/**
 * Numbered pages (GitHub's style): `page` and `per_page`, and an RFC 8288 Link header
 * with `first`, `prev`, `next` and `last`, each present only where it leads somewhere.
 *
 * Page N is "rows (N-1)×per_page+1 to N×per_page", a position, and positions move: delete
 * a row on page 1 and the first row of page 2 slides onto page 1, so a client reading page 2
 * next never sees it. To keep a walk through the pages whole, the links carry `snapshot`:
 * the list's version when the walk began. Positions are counted over the rows that existed
 * then (a row deleted since keeps its place, and is left out of the page), and rows created
 * since wait for the next walk. A request without `snapshot` counts over the list as it is now.
 */
export function numberedPage<T extends { id: string }>(listing: Listing<T>, query: ListQuery, path: string, filters: ListFilters): ListPage<T> {
  const perPage = query.per_page ?? DEFAULT_PER_PAGE;
  const page = query.page ?? 1;
  const snapshot = query.snapshot ?? listing.version;
  if (snapshot > listing.version) {
    throw validationFailed([
      {
        field: 'snapshot',
        code: 'too_big',
        message:
          `snapshot must be at most ${listing.version} (this list's current version), not ${snapshot}; ` +
          'it comes from a link made before the sandbox was reset. Start again from page 1 without snapshot.',
      },
    ]);
  }

  const slots = listing.at(snapshot);
  const total = slots.length;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const items = slots
    .slice((page - 1) * perPage, page * perPage)
    .filter((slot) => slot.exists)
    .map((slot) => slot.row);

  const url = (n: number) => withQuery(path, { ...filters, page: n, per_page: perPage, snapshot });
  const related: Omit<ListLinks, 'self'> = {
    ...(page > 1 && { first: url(1), prev: url(Math.min(page - 1, lastPage)) }),
    ...(page < lastPage && { next: url(page + 1) }),
    ...(page !== lastPage && { last: url(lastPage) }),
  };

  return {
    items,
    links: { self: url(page), ...related },
    meta: { count: items.length, has_more: page < lastPage, page, per_page: perPage, total },
    headers: Object.keys(related).length > 0 ? { Link: linkHeader(related) } : {},
  };
}

/** `<url>; rel="next", <url>; rel="last"` (RFC 8288). Quoted rel values are valid and always safe. */
export function linkHeader(links: Record<string, string | undefined>): string {
  return Object.entries(links)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([rel, url]) => `<${url}>; rel="${rel}"`)
    .join(', ');
}
