import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { CHECKOUT, modeOf, plannedStep, runStep, TRAFFIC_PER_SECOND, type ProviderMode } from '../../src/monitoring-lab/traffic';

// The dashboard's traffic, sent to a real sandbox: healthy traffic must keep every SLO green,
// and traffic against a broken provider must be what raises the availability alert.
const sandbox = createSandbox();
beforeEach(() => sandbox.reset());

async function sendPlan(count: number, mode: ProviderMode): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index < count; index++) statuses.push(...(await runStep(plannedStep(index, mode), (request) => sandbox.fetch(request), 'http://sandbox.local')));
  return statuses;
}

async function setProvider(failureRate: number, latencyMs: number) {
  const body = JSON.stringify({ failure_rate: failureRate, latency_ms: latencyMs });
  await sandbox.fetch(new Request('http://sandbox.local/api/v1/sandbox/payment-provider', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body }));
}

async function sla() {
  return (await (await sandbox.fetch(new Request('http://sandbox.local/api/v1/sandbox/sla'))).json()) as {
    slos: { id: string; status: string }[];
    alerts: { active: { slo: string; severity: string }[] };
  };
}

describe('the dashboard traffic', () => {
  it('reads the provider settings as failing when any charge fails, slow when only delayed', () => {
    expect([modeOf(0, 0), modeOf(0.3, 0), modeOf(1, 800), modeOf(0, 800)]).toEqual(['healthy', 'failing', 'failing', 'slow']);
  });

  it('stays under the anonymous rate limit of 10 requests a second', () => {
    // Every fourth step is a checkout of two requests: 1.25 requests per step at most.
    expect(TRAFFIC_PER_SECOND * 1.25).toBeLessThanOrEqual(10);
  });

  it('sends only reads while the provider is healthy, and every one succeeds', async () => {
    expect(Array.from({ length: 12 }, (_, i) => plannedStep(i, 'healthy'))).not.toContain(CHECKOUT);
    expect(new Set(await sendPlan(40, 'healthy'))).toEqual(new Set([200]));
    const report = await sla();
    expect(report.slos.map((slo) => slo.status)).toEqual(['ok', 'ok', 'ok']);
    expect(report.alerts.active).toEqual([]);
  });

  it('checks out every fourth step while the provider fails, which raises a critical availability alert', async () => {
    await setProvider(1, 0);
    const statuses = await sendPlan(40, 'failing');
    expect(statuses.filter((status) => status === 201)).toHaveLength(10); // each checkout places its own order…
    expect(statuses.filter((status) => status >= 500)).toHaveLength(10); // …and its payment fails
    const report = await sla();
    expect(report.slos.find((slo) => slo.id === 'availability')?.status).toBe('critical');
    expect(report.alerts.active).toContainEqual(expect.objectContaining({ slo: 'availability', severity: 'critical' }));
  });

  it('pays a fresh order at each checkout with a slow provider, so payments are slow but never refused', async () => {
    await setProvider(0, 800);
    const statuses = await sendPlan(20, 'slow');
    expect(statuses.filter((status) => status === 201)).toHaveLength(10); // 5 orders placed and 5 paid
    expect(statuses.every((status) => status < 400)).toBe(true);
    const report = await sla();
    expect(report.slos.map((slo) => slo.status)).toEqual(['ok', 'warning', 'ok']);
  });
});
