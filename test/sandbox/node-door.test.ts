import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupSandboxServer } from '../../sandbox/node';
import { expectDocumented } from './support';

// The msw/node door: plain fetch() calls to any host reach the sandbox through MSW.
const { server, sandbox } = setupSandboxServer();

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => sandbox.reset());
afterAll(() => server.close());

describe('the msw/node door', () => {
  it('answers fetch() to /api/v1 with the sandbox, headers and body intact', async () => {
    const response = await fetch('http://localhost/api/v1/users/usr_1');
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Request-Id')).toMatch(/^req_\d{6}$/);
    const body = await response.json();
    expect(body.data.email).toBe('ada@example.com');
    await expectDocumented('GET', '/api/v1/users/usr_1', 200, response.headers.get('Content-Type')!, body);
  });

  it('passes request bodies through and shares state with the sandbox instance', async () => {
    const created = await fetch('http://localhost/api/v1/products', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Webcam', price_money: { amount: 5900, currency: 'EUR' } }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('Location')).toBe('/api/v1/products/prd_5');
    const body = await created.json();
    await expectDocumented('POST', '/api/v1/products', 201, created.headers.get('Content-Type')!, body);

    const direct = await sandbox.fetch(new Request('http://sandbox.local/api/v1/products/prd_5'));
    expect(direct.status).toBe(200);
  });

  it('leaves other origins alone', async () => {
    // onUnhandledFrame: 'error' makes an unanswered request fail (and log) instead of going out.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(fetch('http://example.com/api/v1/users')).rejects.toThrow();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('serves /openapi.json and the error envelope the same way', async () => {
    expect((await (await fetch('http://localhost/openapi.json')).json()).openapi).toBe('3.1.0');
    const wrong = await fetch('http://localhost/api/v1/orders', { method: 'PUT' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('GET, HEAD, OPTIONS, POST');
  });
});
