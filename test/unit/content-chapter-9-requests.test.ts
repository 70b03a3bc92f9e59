import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { send as sendTo, tryItFinder, tryIts } from './chapter-requests';

// Chapter 9 describes what each of its Try-it blocks answers; these tests send every one and hold the text to it.
const byTitle = tryItFinder('gateways-and-bffs');
const sandbox = createSandbox();
beforeEach(() => sandbox.reset());
const send = async (title: string) => sendTo(sandbox, await byTitle(title));
const bytes = async (title: string) => {
  const request = await byTitle(title);
  const response = await sandbox.fetch(new Request(`http://sandbox.local${request.url}`, { method: request.method, headers: request.headers }));
  return (await response.arrayBuffer()).byteLength;
};

const tested: string[] = [];
const test = (title: string, name: string, body: () => Promise<void>) => {
  tested.push(title);
  it(name, body);
};

describe('chapter 9 shows what its text says', () => {
  it('has a test below for every Try-it it contains', async () => {
    const titles = (await tryIts('gateways-and-bffs')).map((r) => r.title);
    expect(titles.sort()).toEqual([...tested].sort());
  });

  test('A user through the gateway', 'forwards a user through the gateway with a request id, Via and RateLimit headers', async () => {
    const { status, headers, json } = await send('A user through the gateway');
    expect(status).toBe(200);
    expect(json.data.id).toBe('usr_1');
    expect(headers.get('x-request-id')).toMatch(/\S/);
    expect(headers.get('via')).toBe('1.1 workbench-gateway');
    expect(headers.get('ratelimit-policy')).toMatch(/"minute".*"hour"/);
    expect(headers.get('ratelimit')).toMatch(/\S/);
  });

  test('A path that only looks like a route', 'refuses a path that shares a prefix but not a whole segment, listing the routes', async () => {
    const { status, json } = await send('A path that only looks like a route');
    expect(status).toBe(404);
    expect(json.error.code).toBe('route_not_found');
    expect(json.error.message).toMatch(/\/api\/v1\/users/);
  });

  test('The mobile dashboard', 'answers the demo user’s small mobile dashboard with Server-Timing', async () => {
    const { status, headers, json } = await send('The mobile dashboard');
    expect(status).toBe(200);
    expect(json.user).toMatchObject({ first_name: 'Ada', membership_tier: 'gold', avatar_url: expect.stringMatching(/^data:/) });
    expect(json.recent_orders).toHaveLength(5);
    expect(Object.keys(json.recent_orders[0]).sort()).toEqual(['date', 'id', 'item_count', 'status', 'total']);
    expect(json.recommendations).toHaveLength(10);
    expect(json.meta.viewer).toEqual({ user_id: 'usr_1', authenticated: false });
    expect(headers.get('server-timing')).toMatch(/user;dur=\d+.*total;dur=\d+/);
  });

  test('The web dashboard', 'answers a web dashboard several times larger, with twenty orders, reasons, preferences and Money totals', async () => {
    const { json } = await send('The web dashboard');
    expect(json.user).toMatchObject({ email: 'ada@example.com', time_zone: 'Europe/London' });
    expect(json.orders).toHaveLength(20);
    expect(json.orders[0].items[0].product_name).toEqual(expect.any(String));
    expect(json.recommendations[0].reason).toEqual(expect.any(String));
    expect(json.preferences).toBeTruthy();
    expect(json.analytics.total_spent).toEqual({ amount: expect.any(Number), currency: 'EUR' });
    expect(await bytes('The web dashboard')).toBeGreaterThan(3 * (await bytes('The mobile dashboard')));
  });

  test('The partner order summary', 'answers the partner summary in v1: snake_case, UTC instants, minor units, instant and day', async () => {
    const { json } = await send('The partner order summary');
    expect(json.api_version).toBe('1');
    expect(json.orders[0]).toMatchObject({ placed_at: expect.stringMatching(/Z$/), placed_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), total_amount_minor: expect.any(Number), currency: 'EUR' });
    expect(JSON.stringify(json)).not.toMatch(/"[a-z]+[A-Z][A-Za-z]*":/);
  });

  test('A dashboard with a broken token', 'refuses a broken token with 401 rather than showing the demo', async () => {
    const { status, json } = await send('A dashboard with a broken token');
    expect(status).toBe(401);
    expect(json.error.code).toBe('invalid_token');
  });

  test('Make the recommendation service fail', 'degrades the mobile recommendations once the product service fails, as the text says', async () => {
    const { status } = await send('Make the recommendation service fail');
    expect(status).toBe(200);
    const { status: after, headers, json } = await send('The mobile dashboard');
    expect(after).toBe(200);
    expect(json.recommendations).toBeNull();
    expect(json.meta.degraded).toEqual([{ section: 'recommendations', reason: 'error' }]);
    expect(headers.get('server-timing')).toMatch(/desc="error"/);
  });

  test('The upstream settings', 'shows the upstream defaults the text quotes: 80, 120 and 100 ms', async () => {
    const { json } = await send('The upstream settings');
    expect(json).toEqual({ latency_ms: { user: 80, order: 120, product: 100 }, failing: [], timeout_ms: 500 });
  });

  test('Put the services back', 'puts the services back to the defaults, so the mobile dashboard is complete again', async () => {
    await send('Make the recommendation service fail');
    const { status, json } = await send('Put the services back');
    expect(status).toBe(200);
    expect(json).toEqual({ latency_ms: { user: 80, order: 120, product: 100 }, failing: [], timeout_ms: 500 });
    expect((await send('The mobile dashboard')).json.meta.degraded).toEqual([]);
  });
});
