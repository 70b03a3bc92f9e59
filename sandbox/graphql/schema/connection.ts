import { idNumber } from '../../store/ids';
import { clientError } from './errors';

/**
 * Relay cursor connections: `first`/`after` in, `edges { cursor node }`, `nodes`,
 * `pageInfo` and `totalCount` out. A cursor is opaque to clients (base64 of the item's
 * id) but stable here: "after usr_2" means "ids above usr_2", so rows inserted or
 * deleted between two pages never make a page skip or repeat an item.
 */

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const PREFIX = 'cursor:';

/** The cursor that points at the item with this id. */
export function encodeCursor(id: string): string {
  return btoa(PREFIX + id);
}

function decodeCursor(cursor: string, idPrefix: string): number {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // not base64: reported below like any other foreign cursor
  }
  const id = text.startsWith(PREFIX) ? text.slice(PREFIX.length) : '';
  const n = id.startsWith(`${idPrefix}_`) ? idNumber(id) : undefined;
  if (n === undefined) {
    throw clientError(
      'BAD_USER_INPUT',
      `after: ${JSON.stringify(cursor)} is not a cursor of this list. Pass an endCursor (or an edge's cursor) that this same field returned.`,
      { argument: 'after' },
    );
  }
  return n;
}

/**
 * One page of `items` (which must be in id order, oldest first).
 * @example connectionFrom(store.users.all(), { first: 2 }, 'usr')
 */
export function connectionFrom<T extends { id: string }>(items: readonly T[], args: ConnectionArgs, idPrefix: string): Connection<T> {
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) {
    throw clientError('BAD_USER_INPUT', `first must be between 0 and ${MAX_FIRST}, not ${first}. Ask for at most ${MAX_FIRST} items and follow pageInfo.endCursor for more.`, {
      argument: 'first',
    });
  }
  const afterNumber = args.after == null ? 0 : decodeCursor(args.after, idPrefix);
  const start = items.findIndex((item) => idNumber(item.id)! > afterNumber);
  const rest = start === -1 ? [] : items.slice(start);
  const page = rest.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rest.length > page.length,
      hasPreviousPage: args.after != null && start !== 0 && items.length > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
