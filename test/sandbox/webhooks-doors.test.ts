import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../sandbox/server';

/** The HTTP door (`npm run sandbox`) delivers to its own origin, like the browser door; other hosts, loopback included, are refused. */

let running: RunningServer;
beforeAll(async () => {
  running = await startServer(0);
});
afterAll(() => running.close());

const post = (path: string, body: unknown) =>
  fetch(`${running.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('webhooks through the HTTP server door', () => {
  it('delivers a signed event to the inbox on its own origin, which standardwebhooks verifies', async () => {
    const registered = await post('/api/v1/webhooks/endpoints', { url: `${running.url}/api/v1/webhook-inbox/door`, events: ['order.*'] });
    expect(registered.status).toBe(201);
    const { secret, url } = (await registered.json()).data;
    expect(url).toBe(`${running.url}/api/v1/webhook-inbox/door`);

    expect((await post('/api/v1/orders', { user_id: 'usr_3', items: [{ product_id: 'prd_4', quantity: 1 }] })).status).toBe(201);
    let records: { body: string; headers: Record<string, string>; outcome: string }[] = [];
    for (let tries = 0; tries < 50 && records.length === 0; tries++) {
      records = (await (await fetch(`${running.url}/api/v1/sandbox/webhook-inbox/door`)).json()).records;
      if (records.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(records).toHaveLength(1);
    expect(records[0]!.outcome).toBe('accepted');
    expect(new Webhook(secret).verify(records[0]!.body, records[0]!.headers)).toMatchObject({ type: 'order.created' });
  });

  it('refuses another port on the same machine: deliveries never leave the sandbox', async () => {
    const res = await post('/api/v1/webhooks/endpoints', { url: `http://127.0.0.1:${running.port + 1}/hooks`, events: ['order.*'] });
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toContain(`only to its own origin (${running.url})`);
  });
});
