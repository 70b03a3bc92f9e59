import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { pay, setFaults } from './payment-helpers';
import { call, testSandbox } from './support';

const SLA = '/api/v1/sandbox/sla';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

async function sla(query = ''): Promise<any> {
  const res = await call(sandbox, 'GET', `${SLA}${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

const sloOf = (body: any, id: string) => body.slos.find((slo: any) => slo.id === id);

describe('GET /api/v1/sandbox/sla', () => {
  it('documents the three SLOs and reports no_data without traffic', async () => {
    const body = await sla();
    expect(body.status).toBe('no_data');
    expect(body.window).toEqual({ duration: '5m', from: '2026-03-01T11:55:00.000Z', to: '2026-03-01T12:00:00.000Z', requests: 0 });
    expect(body.slos.map((slo: any) => [slo.id, slo.objective, slo.thresholds])).toEqual([
      ['availability', '≥ 99.9 %', { direction: 'min', warning: 0.999, critical: 0.99 }],
      ['latency_p95', '≤ 500 ms', { direction: 'max', warning: 500, critical: 1000 }],
      ['error_rate', '≤ 1 %', { direction: 'max', warning: 0.01, critical: 0.05 }],
    ]);
    expect(body.slos.every((slo: any) => slo.status === 'no_data' && slo.value === null)).toBe(true);
    expect(body.alerts).toEqual({ rule_window: '5m', active: [], resolved: [] });
  });

  it('is ok after healthy traffic', async () => {
    for (let i = 0; i < 5; i++) await call(sandbox, 'GET', '/api/v1/products');
    const body = await sla();
    expect(body.status).toBe('ok');
    expect(sloOf(body, 'availability')).toMatchObject({ status: 'ok', value: 1, error_budget: { allowed: 0.005, used: 0, used_ratio: 0 } });
    expect(sloOf(body, 'latency_p95')).toMatchObject({ status: 'ok', value: 0 });
  });

  it('raises a critical availability alert when payments fail, which fires once it has lasted 30 s', async () => {
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    for (let i = 0; i < 3; i++) expect((await pay(sandbox, 'ord_4')).status).toBe(502);

    const first = await sla();
    expect(first.status).toBe('critical');
    expect(sloOf(first, 'availability')).toMatchObject({ status: 'critical', value: 0.25 }); // 3 of 4 requests (with the PUT) failed
    const pending = first.alerts.active.find((alert: any) => alert.slo === 'availability');
    expect(pending).toMatchObject({ state: 'pending', severity: 'critical', since: '2026-03-01T12:00:00.000Z', firing_since: null, for_seconds: 30, active_seconds: 0 });
    expect(pending.summary).toBe('availability is 25 %, below the 99.9 % objective (critical below 99 %) over the last 5m.');

    sandbox.clock.advance(30_000);
    const firing = (await sla()).alerts.active.find((alert: any) => alert.slo === 'availability');
    expect(firing).toMatchObject({ state: 'firing', since: '2026-03-01T12:00:00.000Z', firing_since: '2026-03-01T12:00:30.000Z', active_seconds: 30 });
  });

  it('resolves the alert once the failures leave the rule window, and keeps it in the history', async () => {
    await setFaults(sandbox, { failure_rate: 1, latency_ms: 0 });
    await pay(sandbox, 'ord_4');
    await sla();
    sandbox.clock.advance(30_000);
    expect((await sla()).alerts.active.length).toBeGreaterThan(0);

    sandbox.clock.advance(5 * 60_000);
    await call(sandbox, 'GET', '/api/v1/products');
    const body = await sla();
    expect(body.status).toBe('ok');
    expect(body.alerts.active).toEqual([]);
    expect(body.alerts.resolved).toContainEqual({ slo: 'availability', peak_severity: 'critical', since: '2026-03-01T12:00:00.000Z', firing_since: '2026-03-01T12:00:30.000Z', resolved_at: '2026-03-01T12:05:30.000Z' });
  });

  it('measures p95 latency on the sandbox clock and warns above 500 ms', async () => {
    await setFaults(sandbox, { failure_rate: 0, latency_ms: 700 });
    expect((await pay(sandbox, 'ord_4')).status).toBe(201);
    const body = await sla();
    expect(sloOf(body, 'latency_p95')).toMatchObject({ status: 'warning', value: 700 });
    expect(body.alerts.active.find((alert: any) => alert.slo === 'latency_p95')).toMatchObject({ severity: 'warning', state: 'pending' });
  });

  it('evaluates the SLOs over the window asked for, while alerts keep their 5m rule window', async () => {
    await call(sandbox, 'GET', '/api/v1/users/usr_404');
    sandbox.clock.advance(10 * 60_000);
    await call(sandbox, 'GET', '/api/v1/products');
    expect(sloOf(await sla('?window=5m'), 'error_rate')).toMatchObject({ status: 'ok', value: 0 });
    const hour = await sla('?window=1h');
    expect(hour.window.requests).toBe(2);
    expect(sloOf(hour, 'error_rate')).toMatchObject({ status: 'critical', value: 0.5 });
    expect(hour.alerts.active.find((alert: any) => alert.slo === 'error_rate')).toBeUndefined();
  });

  it('forgets traffic and alerts on sandbox reset', async () => {
    await call(sandbox, 'GET', '/api/v1/users/usr_404');
    expect((await sla()).alerts.active).not.toEqual([]);
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    const body = await sla();
    expect(body.status).toBe('no_data');
    expect(body.alerts).toEqual({ rule_window: '5m', active: [], resolved: [] });
  });

  it('refuses a window that is not a duration with 422 validation_failed', async () => {
    const res = await call(sandbox, 'GET', `${SLA}?window=forever`);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', param: 'window' });
  });
});
