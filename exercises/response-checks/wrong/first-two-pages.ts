/**
 * Wrong: the pagination check reads only the first two pages and compares them with each
 * other, so it never notices an item that falls between pages, or a last page that lies.
 */

function fail(message: string): never {
  throw new Error(message);
}

async function getJson<T>(fetch: CheckFetch, path: string): Promise<T> {
  const response = await fetch(path);
  if (response.status !== 200) fail(`GET ${path} answered ${response.status}, not 200.`);
  return (await response.json()) as T;
}

/** Reads the first two pages and checks that they are not too big and share no id. */
export async function checkPagination(fetch: CheckFetch, path: string, limit: number): Promise<void> {
  const first = await getJson<ListPage>(fetch, `${path}?limit=${limit}`);
  if (first.data.length > limit) fail(`${path}: the first page holds ${first.data.length} items, more than ${limit}.`);
  if (!first.meta.has_more || !first.links.next) return;
  const second = await getJson<ListPage>(fetch, first.links.next);
  if (second.data.length > limit) fail(`${first.links.next}: ${second.data.length} items, more than ${limit}.`);
  const firstIds = new Set(first.data.map((item) => item.id));
  const repeated = second.data.find((item) => firstIds.has(item.id));
  if (repeated) fail(`${first.links.next}: ${repeated.id} was already on the first page.`);
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
  if (response.status !== probe.status) fail(`${what} answered ${response.status}, not ${probe.status}.`);

  const body = (await response.json()) as Partial<ErrorEnvelope>;
  const error = body.error;
  if (typeof error !== 'object' || error === null) fail(`${what}: the body has no "error" object.`);
  for (const field of ['type', 'code', 'message', 'request_id'] as const) {
    if (typeof error[field] !== 'string' || error[field] === '') fail(`${what}: error.${field} is missing or empty.`);
  }
  if (!/^[a-z][a-z0-9_]*$/.test(error.code)) fail(`${what}: error.code "${error.code}" is not snake_case.`);
  const header = response.headers.get('X-Request-Id');
  if (error.request_id !== header) fail(`${what}: error.request_id "${error.request_id}" differs from the X-Request-Id header "${header}".`);
  const type = response.status >= 500 ? 'system_error' : TYPE_BY_STATUS[response.status];
  if (type && error.type !== type) fail(`${what}: a ${response.status} should have type "${type}", not "${error.type}".`);
}
