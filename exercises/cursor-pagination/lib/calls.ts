/**
 * Calling the learner's listPage safely, and describing each call in the words a
 * message needs: what was asked for, what came back.
 */

export type ListPage = (store: CursorStore, params: CursorPageParams) => unknown;

/** Shows a value the way a learner wrote it: `"abc"`, `{"limit":5}`, `NaN`. */
export function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** The call as code: `listPage(feed, { limit: 5, startingAfter: "eyJ…" })`. */
export function label(params: CursorPageParams): string {
  const parts = Object.entries(params).map(([key, value]) => {
    const text = show(value);
    return `${key}: ${text.length > 28 ? `${text.slice(0, 24)}…${text.slice(-3)}` : text}`;
  });
  return `listPage(feed, { ${parts.join(', ')} })`;
}

/** The exported function, or an Error that says how to export it. */
export function exportedListPage(exports: Record<string, unknown>): ListPage {
  const fn = exports.listPage;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named listPage (write "export function listPage(store, { limit, startingAfter })"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as ListPage;
}

/** What a call did: returned a page, or threw. */
export type Outcome = { page: CursorPage; thrown?: undefined } | { page?: undefined; thrown: unknown };

/** Why a returned value is not a page, or null when it is one. */
function shapeProblem(result: unknown): string | null {
  if (result instanceof Promise) return 'returned a Promise. listPage reads an in-memory store: return the page itself, not a Promise';
  const page = result as Partial<Record<keyof CursorPage, unknown>> | null;
  if (typeof page !== 'object' || page === null) return `returned ${show(result)}. Return an object { data, has_more, next_cursor }`;
  if (!Array.isArray(page.data)) return `returned data = ${show(page.data)}. data must be the array of posts on this page`;
  const bad = page.data.find((item) => typeof (item as Partial<CursorItem> | null)?.id !== 'string');
  if (bad !== undefined) return `returned ${show(bad)} in data. Put the store's posts in data as they are, each with its id`;
  if (typeof page.has_more !== 'boolean') return `returned has_more = ${show(page.has_more)}. has_more must be true or false`;
  if (page.next_cursor !== null && typeof page.next_cursor !== 'string') {
    return `returned next_cursor = ${show(page.next_cursor)}. next_cursor must be a string, or null on the last page`;
  }
  return null;
}

/** Calls listPage; a thrown error is returned as `thrown`, a malformed page becomes an Error to show. */
export function call(fn: ListPage, store: CursorStore, params: CursorPageParams): Outcome {
  let result: unknown;
  try {
    result = fn(store, { ...params });
  } catch (error) {
    return { thrown: error };
  }
  const problem = shapeProblem(result);
  if (problem) throw new Error(`${label(params)} ${problem}.`);
  return { page: result as CursorPage };
}

/** Like `call`, but a thrown error fails the check with a message naming the call. */
export function callPage(fn: ListPage, store: CursorStore, params: CursorPageParams, context = ''): CursorPage {
  const outcome = call(fn, store, params);
  if (outcome.page) return outcome.page;
  throw new Error(`${label(params)} threw ${describeThrown(outcome.thrown)}${context}. It should return a page for any cursor it issued.`);
}

/** `RangeError: limit must be…` for an Error, the value otherwise. */
export function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : show(thrown);
}
