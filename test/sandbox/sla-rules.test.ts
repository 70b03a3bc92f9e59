import { describe, expect, it } from 'vitest';
import { ALERT_FOR_MS, NO_ALERTS, nextAlerts } from '../../sandbox/observability/alerts';
import type { RequestRecord } from '../../sandbox/observability/request-record';
import { evaluateSlo, SLO_DEFINITIONS, type SloId, type SloResult } from '../../sandbox/observability/slo';

/** `n` records with the given statuses and durations (cycled). */
function records(statuses: number[], durations: number[] = [0]): RequestRecord[] {
  return statuses.map((status, index) => ({
    requestId: `req_${index}`,
    startedAt: 0,
    method: 'GET',
    route: '/api/v1/users',
    path: '/api/v1/users',
    status,
    durationMs: durations[index % durations.length]!,
    client: 'anonymous',
    error: null,
    observer: false,
  }));
}

/** 1000 requests of which `bad` have `badStatus`. */
const thousand = (bad: number, badStatus: number) => records([...Array(1000 - bad).fill(200), ...Array(bad).fill(badStatus)]);
const slo = (id: SloId) => SLO_DEFINITIONS.find((definition) => definition.id === id)!;

describe('the SLOs at their boundaries', () => {
  it('availability: exactly 99.9 % meets the objective; below is a warning; below 99 % is critical', () => {
    expect(evaluateSlo(slo('availability'), thousand(1, 503))).toMatchObject({ status: 'ok', value: 0.999 });
    expect(evaluateSlo(slo('availability'), thousand(2, 503))).toMatchObject({ status: 'warning', value: 0.998 });
    expect(evaluateSlo(slo('availability'), thousand(10, 503))).toMatchObject({ status: 'warning', value: 0.99 });
    expect(evaluateSlo(slo('availability'), thousand(11, 503)).status).toBe('critical');
    // Client errors are the client's: they do not make the API unavailable.
    expect(evaluateSlo(slo('availability'), thousand(500, 404))).toMatchObject({ status: 'ok', value: 1 });
  });

  it('latency_p95: 500 ms meets it, 501 ms warns, above 1000 ms is critical (nearest rank)', () => {
    const latency = (p95: number) => records(Array(20).fill(200), [...Array(18).fill(10), p95, 5000]); // the 19th of 20 is the p95
    expect(evaluateSlo(slo('latency_p95'), latency(500))).toMatchObject({ status: 'ok', value: 500 });
    expect(evaluateSlo(slo('latency_p95'), latency(501))).toMatchObject({ status: 'warning', value: 501 });
    expect(evaluateSlo(slo('latency_p95'), latency(1000)).status).toBe('warning');
    expect(evaluateSlo(slo('latency_p95'), latency(1001)).status).toBe('critical');
  });

  it('error_rate: 1 % meets it, 5 % is still a warning, above 5 % is critical; 4xx count', () => {
    expect(evaluateSlo(slo('error_rate'), thousand(10, 422))).toMatchObject({ status: 'ok', value: 0.01 });
    expect(evaluateSlo(slo('error_rate'), thousand(11, 404)).status).toBe('warning');
    expect(evaluateSlo(slo('error_rate'), thousand(50, 500)).status).toBe('warning');
    expect(evaluateSlo(slo('error_rate'), thousand(51, 500)).status).toBe('critical');
    expect(evaluateSlo(slo('error_rate'), records([500, 500]))).toMatchObject({ status: 'critical', value: 1 });
  });

  it('an empty window is no_data, never a violation', () => {
    for (const definition of SLO_DEFINITIONS) expect(evaluateSlo(definition, [])).toMatchObject({ status: 'no_data', value: null });
  });

  it('reports the error budget of the ratio SLOs', () => {
    expect(evaluateSlo(slo('availability'), thousand(2, 503)).error_budget).toEqual({ allowed: 1, used: 2, used_ratio: 2 });
    expect(evaluateSlo(slo('error_rate'), thousand(5, 404)).error_budget).toEqual({ allowed: 10, used: 5, used_ratio: 0.5 });
    expect(evaluateSlo(slo('latency_p95'), thousand(0, 200)).error_budget).toBeNull();
  });
});

describe('the alert lifecycle', () => {
  const result = (status: SloResult['status'], value: number | null = status === 'ok' ? 1 : 0.5): SloResult => ({ id: 'availability', status, value, error_budget: null });

  it('goes pending when an SLO is violated, fires after ALERT_FOR_MS, and resolves into the history', () => {
    let state = nextAlerts(NO_ALERTS, [result('warning')], 1_000);
    expect(state.active.availability).toMatchObject({ state: 'pending', severity: 'warning', since: 1_000, firing_since: null });

    state = nextAlerts(state, [result('warning')], 1_000 + ALERT_FOR_MS - 1);
    expect(state.active.availability!.state).toBe('pending');
    state = nextAlerts(state, [result('critical')], 1_000 + ALERT_FOR_MS);
    expect(state.active.availability).toMatchObject({ state: 'firing', severity: 'critical', peak_severity: 'critical', since: 1_000, firing_since: 1_000 + ALERT_FOR_MS });

    state = nextAlerts(state, [result('warning')], 60_000);
    expect(state.active.availability).toMatchObject({ state: 'firing', severity: 'warning', peak_severity: 'critical', since: 1_000 });

    state = nextAlerts(state, [result('ok')], 90_000);
    expect(state.active).toEqual({});
    expect(state.resolved).toEqual([{ slo: 'availability', peak_severity: 'critical', since: 1_000, firing_since: 1_000 + ALERT_FOR_MS, resolved_at: 90_000 }]);
  });

  it('drops a pending alert that clears before it fires, without a history entry', () => {
    const pending = nextAlerts(NO_ALERTS, [result('critical')], 0);
    const cleared = nextAlerts(pending, [result('no_data', null)], 5_000);
    expect(cleared).toEqual({ active: {}, resolved: [] });
  });

  it('keeps one alert per SLO however often it is evaluated', () => {
    let state = NO_ALERTS;
    for (let at = 0; at <= 120_000; at += 1_000) state = nextAlerts(state, [result('warning')], at);
    expect(Object.keys(state.active)).toEqual(['availability']);
    expect(state.active.availability!.since).toBe(0);
  });
});
