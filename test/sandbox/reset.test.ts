import { describe, expect, it } from 'vitest';
import { createManualClock, createSandbox, createSystemClock } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

describe('reset and clock', () => {
  it('reset() restores the seed data and the id counters', async () => {
    const sandbox = testSandbox();
    const seed = (await call(sandbox, 'GET', '/api/v1/users')).body;

    await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Katherine Johnson', email: 'katherine@example.com' } });
    await call(sandbox, 'PATCH', '/api/v1/users/usr_1', { json: { name: 'Changed' } });
    await call(sandbox, 'DELETE', '/api/v1/users/usr_2');
    await call(sandbox, 'DELETE', '/api/v1/orders/ord_1');
    await call(sandbox, 'PATCH', '/api/v1/products/prd_1', { json: { name: 'Changed' } });

    sandbox.reset();

    expect((await call(sandbox, 'GET', '/api/v1/users')).body).toEqual(seed);
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_1')).status).toBe(200);
    expect((await call(sandbox, 'GET', '/api/v1/products/prd_1')).body.data.name).toBe('Mechanical keyboard');
    const again = await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Katherine Johnson', email: 'katherine@example.com' } });
    expect(again.body.data.id).toBe('usr_4');
  });

  it('keeps separate sandboxes apart', async () => {
    const a = testSandbox();
    const b = testSandbox();
    await call(a, 'DELETE', '/api/v1/users/usr_1');
    expect((await call(b, 'GET', '/api/v1/users/usr_1')).status).toBe(200);
  });

  it('stamps new resources with the injected clock, which the test can move', async () => {
    const sandbox = testSandbox();
    sandbox.clock.advance(90_000);
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Katherine Johnson', email: 'katherine@example.com' } });
    expect(res.body.data.created_at).toBe('2026-03-01T12:01:30.000Z');
    sandbox.clock.set(START);
    expect(new Date(sandbox.clock.now()).toISOString()).toBe(START);
  });

  it('uses the machine clock by default, shifted by set()', () => {
    const sandbox = createSandbox();
    expect(Math.abs(sandbox.clock.now() - Date.now())).toBeLessThan(1000);
    const clock = createSystemClock();
    clock.set('2030-01-01T00:00:00Z');
    expect(Math.abs(clock.now() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(1000);
  });

  it('refuses a time that is not a date, saying what to pass', () => {
    expect(() => createManualClock('next tuesday')).toThrow(/not a valid date; pass epoch milliseconds, an ISO 8601 string or a Date/);
  });
});
