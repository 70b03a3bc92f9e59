/**
 * Wrong: the error check looks only at the envelope's fields, never at the status or at
 * whether the type fits it, so a validation error sent as a 500 passes.
 */

function fail(message: string): never {
  throw new Error(message);
}

async function getJson<T>(fetch: CheckFetch, path: string): Promise<T> {
  const response = await fetch(path);
  if (response.status !== 200) fail(`GET ${path} answered ${response.status}, not 200.`);
  return (await response.json()) as T;
}

/** Walks the list at `path` with `?limit=${limit}` along links.next and checks the pages agree with the whole list. */
export async function checkPagination(fetch: CheckFetch, path: string, limit: number): Promise<void> {
  const everything = await getJson<ListPage>(fetch, `${path}?limit=100`);
  const expected = everything.data.map((item) => item.id);

  const seen: string[] = [];
  let next: string | undefined = `${path}?limit=${limit}`;
  for (let pages = 0; next; pages++) {
    if (pages > expected.length + 1) fail(`${path}: the walk did not end after ${pages} pages; links.next keeps coming back.`);
    const url: string = next;
    const page = await getJson<ListPage>(fetch, url);
    if (!Array.isArray(page.data)) fail(`${url}: data is not an array.`);
    if (page.data.length > limit) fail(`${url}: ${page.data.length} items on a page asked for at most ${limit}.`);
    const hasNext = typeof page.links?.next === 'string';
    if (page.meta?.has_more !== hasNext) fail(`${url}: meta.has_more is ${page.meta?.has_more} but links.next is ${hasNext ? 'present' : 'absent'}.`);
    if (hasNext && page.data.length !== limit) fail(`${url}: a page before the last holds ${page.data.length} items, not ${limit}.`);
    for (const item of page.data) {
      if (seen.includes(item.id)) fail(`${url}: ${item.id} was already on an earlier page.`);
      seen.push(item.id);
    }
    next = page.links?.next;
  }
  const missing = expected.filter((id) => !seen.includes(id));
  if (missing.length) fail(`${path}: walking the pages never showed ${missing.join(', ')}.`);
  if (seen.join() !== expected.join()) fail(`${path}: the pages list the items in a different order than the whole list.`);
}

// Which `type` each error status calls for.
const TYPE_BY_STATUS: Record<number, string> = {
  400: 'validation_error',
  401: 'authentication_error',
  403: 'authorization_error',
  404: 'business_error',
  409: 'business_error',
  422: 'validation_error',
  429: 'rate_limit_error',
};

/** Sends `probe` and checks the answer: its status, the envelope, the request id, and a type that matches the status. */
export async function checkErrorResponse(fetch: CheckFetch, probe: ErrorProbe): Promise<void> {
  const init: RequestInit =
    probe.body === undefined ? { method: probe.method } : { method: probe.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(probe.body) };
  const response = await fetch(probe.path, init);
  const what = `${probe.method} ${probe.path}`;

  const body = (await response.json()) as Partial<ErrorEnvelope>;
  const error = body.error;
  if (typeof error !== 'object' || error === null) fail(`${what}: the body has no "error" object.`);
  for (const field of ['type', 'code', 'message', 'request_id'] as const) {
    if (typeof error[field] !== 'string' || error[field] === '') fail(`${what}: error.${field} is missing or empty.`);
  }
  if (!/^[a-z][a-z0-9_]*$/.test(error.code)) fail(`${what}: error.code "${error.code}" is not snake_case.`);
  const header = response.headers.get('X-Request-Id');
  if (error.request_id !== header) fail(`${what}: error.request_id "${error.request_id}" differs from the X-Request-Id header "${header}".`);
}
