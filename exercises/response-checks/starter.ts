/**
 * Checks over the sandbox's responses, in the manner of schema-validation tests. Each
 * function resolves when the API keeps the rule and throws an Error that says what broke
 * when it does not. Both are first drafts that check nothing yet, so they pass everything.
 */

/**
 * Walks the list at `path` page by page with `?limit=${limit}`, following links.next, and
 * throws when the pages are inconsistent.
 */
export async function checkPagination(fetch: CheckFetch, path: string, limit: number): Promise<void> {
  const response = await fetch(`${path}?limit=${limit}`);
  const page = (await response.json()) as ListPage;
  // Check the page, follow links.next, and compare what you collected with the whole list.
  void page;
}

/** Sends `probe` and throws when its error response breaks the envelope rules. */
export async function checkErrorResponse(fetch: CheckFetch, probe: ErrorProbe): Promise<void> {
  const init: RequestInit = probe.body === undefined ? { method: probe.method } : { method: probe.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(probe.body) };
  const response = await fetch(probe.path, init);
  // Check the status, the envelope, the request id and the type.
  void response;
}
