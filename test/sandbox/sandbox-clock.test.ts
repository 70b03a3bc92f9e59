import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, createSandbox, createSystemClock, type Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const DAY_MS = 24 * 60 * 60 * 1000;

describe('GET and PUT /api/v1/sandbox/clock', () => {
  it('shows the time, no offset and the start on a fresh sandbox', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/sandbox/clock');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ now: START, offset_ms: 0, started_at: START });
  });

  it('moves the clock forward by advance_seconds, and the offset adds up', async () => {
    await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: { advance_seconds: 86_400 } });
    const res = await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: { advance_seconds: 3_600 } });
    expect(res.body).toMatchObject({ now: '2026-03-02T13:00:00.000Z', offset_ms: 90_000_000, started_at: START });
    expect(sandbox.clock.now()).toBe(Date.parse('2026-03-02T13:00:00.000Z'));
  });

  it('sets the clock to now, and the same PUT again changes nothing', async () => {
    const body = { now: '2026-06-01T00:00:00+02:00' };
    const first = await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: body });
    const again = await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: body });
    expect(first.body.now).toBe('2026-05-31T22:00:00.000Z');
    expect(again.body).toEqual(first.body);
  });

  it('stamps what is created afterwards with the moved time', async () => {
    await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: { advance_seconds: 2 * 86_400 } });
    const user = await call(sandbox, 'POST', '/api/v2/users', { json: { first_name: 'Plato', email: 'plato@example.com' } });
    expect(user.body.data.created_at).toBe('2026-03-03T12:00:00.000Z');
  });

  it.each([
    [{}, 'body'],
    [{ now: '2026-04-01T00:00:00Z', advance_seconds: 60 }, 'body'],
    [{ advance_seconds: 1.5 }, 'advance_seconds'],
    [{ advance_seconds: 401 * 86_400 }, 'advance_seconds'],
    [{ now: 'next tuesday' }, 'now'],
    [{ now: '2026-02-01T00:00:00Z' }, 'now'],
    [{ advance_seconds: -60 }, 'advance_seconds'],
    [{ now: '2040-01-01T00:00:00Z' }, 'now'],
    [{ speed: 2 }, 'speed'],
  ])('refuses %j with 422 naming %s', async (json, field) => {
    const res = await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].field).toBe(field);
    expect(sandbox.clock.now()).toBe(Date.parse(START));
  });

  it('moves back, but not before the start', async () => {
    await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: { advance_seconds: 86_400 } });
    const back = await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: { advance_seconds: -3_600 } });
    expect(back.body).toMatchObject({ now: '2026-03-02T11:00:00.000Z', offset_ms: 82_800_000 });
  });

  it('is not rate limited', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/sandbox/clock');
    expect(res.headers.get('X-RateLimit-Remaining')).toBeNull();
  });
});

describe('reset puts the clock back', () => {
  it('returns a manual clock to its start through POST /api/v1/sandbox/reset', async () => {
    await call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: { advance_seconds: 40 * 86_400 } });
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    const res = await call(sandbox, 'GET', '/api/v1/sandbox/clock');
    expect(res.body).toMatchObject({ now: START, offset_ms: 0, started_at: START });
  });

  it('returns a system clock to the machine time and restarts the schedule from there', async () => {
    const live = createSandbox({ clock: createSystemClock() });
    await live.fetch(new Request('http://sandbox.local/api/v1/sandbox/clock', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advance_seconds: 100 * 86_400 }) }));
    expect(live.clock.now() - Date.now()).toBeGreaterThan(99 * DAY_MS);
    live.reset();
    expect(Math.abs(live.clock.now() - Date.now())).toBeLessThan(1000);
    const clock = await (await live.fetch(new Request('http://sandbox.local/api/v1/sandbox/clock'))).json();
    expect(clock.offset_ms).toBe(0);
    expect(Math.abs(Date.parse(clock.started_at) - Date.now())).toBeLessThan(1000);
  });

  it('Clock.reset undoes set and advance on both kinds of clock', () => {
    const manual = createManualClock('2026-01-01T00:00:00Z');
    manual.advance(5_000);
    manual.set('2030-01-01T00:00:00Z');
    manual.reset();
    expect(manual.now()).toBe(Date.parse('2026-01-01T00:00:00Z'));
    const system = createSystemClock();
    system.advance(DAY_MS);
    system.reset();
    expect(Math.abs(system.now() - Date.now())).toBeLessThan(1000);
  });
});
