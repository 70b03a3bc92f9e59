import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../sandbox/server';
import { expectDocumented } from './support';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer(0);
});
afterAll(() => running.close());

describe('the HTTP server door', () => {
  it('listens on 127.0.0.1 and answers like the sandbox itself', async () => {
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    const response = await fetch(`${running.url}/api/v1/users?limit=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Request-Id')).toMatch(/^req_/);
    const body = await response.json();
    expect(body.links.next).toBe('/api/v1/users?limit=1&starting_after=usr_1');
    await expectDocumented('GET', '/api/v1/users?limit=1', 200, response.headers.get('Content-Type')!, body);
  });

  it('streams request bodies in and sends 201 with Location back', async () => {
    const response = await fetch(`${running.url}/api/v1/orders`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user_id: 'usr_3', items: [{ product_id: 'prd_4', quantity: 2 }] }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('Location')).toBe('/api/v1/orders/ord_5');
    const body = await response.json();
    expect(body.data.total).toEqual({ amount: 7990, currency: 'EUR' });
    await expectDocumented('POST', '/api/v1/orders', 201, response.headers.get('Content-Type')!, body);
  });

  it('passes malformed JSON and wrong methods to the sandbox’s error path', async () => {
    const broken = await fetch(`${running.url}/api/v1/users`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name": ' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('invalid_json');

    const wrong = await fetch(`${running.url}/api/v1/users/usr_1`, { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('DELETE, GET, HEAD, OPTIONS, PATCH');
  });

  it('answers 204 and HEAD without a body', async () => {
    const deleted = await fetch(`${running.url}/api/v1/products/prd_2`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const head = await fetch(`${running.url}/api/v1/products/prd_1`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('starts from the command line on PORT and prints where to send requests', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/server.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
      const match = /^Sandbox listening on (http:\/\/127\.0\.0\.1:\d+) \(try: curl \1\/api\/v1\/users\)$/.exec(line);
      expect(match, line).not.toBeNull();
      const response = await fetch(`${match![1]}/api/v1/products/prd_3`);
      expect((await response.json()).data.name).toBe('27-inch monitor');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 30_000);
});
