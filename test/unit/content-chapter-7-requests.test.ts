import { describe, expect, it } from 'vitest';
import { createManualClock, createSandbox } from '../../sandbox/index';
import { send, tryItFinder } from './chapter-requests';

// Chapter 7 describes what each of its Try-it blocks answers; these tests hold it to that.
const byTitle = tryItFinder('errors');

describe('chapter 7 shows what its text says', () => {
  it('lists all three problems of the broken order, each with a path and a reason code', async () => {
    const { status, json } = await send(createSandbox(), await byTitle('Three problems in one order'));
    expect(status).toBe(422);
    expect(json.error).toMatchObject({ type: 'validation_error', code: 'validation_failed', param: 'items[0].quantity', doc_url: '/errors/validation_failed' });
    expect(json.error.details.map((d: { field: string; code: string }) => `${d.field} ${d.code}`)).toEqual([
      'items[0].quantity too_small',
      'items[1].quantity required',
      'total unknown_field',
    ]);
  });

  it('answers the same order as problem details with the documented members', async () => {
    const { status, headers, json } = await send(createSandbox(), await byTitle('The same problems as problem details'));
    expect(status).toBe(422);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(json).toMatchObject({ type: '/errors/validation_failed', status: 422, instance: '/api/v1/orders', code: 'validation_failed' });
    expect(json.errors).toHaveLength(3);
    expect(json.request_id).toBe(headers.get('x-request-id'));
  });

  it('lists only business codes, each with a status, a description and a fix', async () => {
    const { status, json } = await send(createSandbox(), await byTitle('The business rules, from the catalogue'));
    expect(status).toBe(200);
    const codes = json.data.map((e: { code: string }) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['resource_not_found', 'route_not_found', 'email_taken']));
    for (const entry of json.data) expect(entry).toMatchObject({ group: 'business', status: expect.any(Number), description: expect.any(String), fix: expect.any(String) });
  });

  it('walks the breaker through 502s, an open 503 with Retry-After, and a trial that closes it', async () => {
    const clock = createManualClock('2026-03-01T10:00:00Z');
    const sandbox = createSandbox({ clock });
    expect((await send(sandbox, await byTitle('Make the payment provider fail'))).status).toBe(200);

    const pay = await byTitle('Pay an order through the breaker');
    for (let i = 0; i < 5; i++) {
      const failed = await send(sandbox, pay);
      expect(failed.status, `payment ${i + 1}`).toBe(502);
      expect(failed.json.error.code).toBe('payment_provider_error');
    }
    const refused = await send(sandbox, pay);
    expect(refused.status).toBe(503);
    expect(refused.json.error.code).toBe('service_unavailable');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const breaker = await send(sandbox, await byTitle("The breaker's state"));
    expect(breaker.json).toMatchObject({ state: 'open', counts: { failure: 5, rejected: 1 } });

    expect((await send(sandbox, await byTitle('Mend the payment provider'))).status).toBe(200);
    expect((await send(sandbox, pay)).status, 'still open until the cool-down ends').toBe(503);
    clock.advance(Number(refused.headers.get('retry-after')) * 1000);
    const trial = await send(sandbox, pay);
    expect(trial.status).toBe(201);
    expect(trial.headers.get('location')).toBe(trial.json.links.self);
    expect((await send(sandbox, await byTitle("The breaker's state"))).json.state).toBe('closed');
  });
});
