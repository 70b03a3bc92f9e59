import { describe, expect, it } from 'vitest';
import { duration, percent, perSecond } from '../../src/monitoring-lab/format';
import { alertState, budgetText, sloValue, sortAlerts, thresholdsText } from '../../src/monitoring-lab/sla-model';

describe('format', () => {
  it('writes ratios as percentages and durations in ms or s, with a dash for no data', () => {
    expect(percent(0.9975)).toBe('99.75 %');
    expect(percent(null)).toBe('—');
    expect(duration(312.4)).toBe('312 ms');
    expect(duration(1530)).toBe('1.53 s');
    expect(perSecond(2.46)).toBe('2.5/s');
  });
});

describe('the SLA panel wording', () => {
  it('shows a value in the SLO unit, and no data as such', () => {
    expect(sloValue({ unit: 'ratio', value: 0.99875 })).toBe('99.875 %');
    expect(sloValue({ unit: 'ms', value: 640 })).toBe('640 ms');
    expect(sloValue({ unit: 'ratio', value: null })).toBe('no data');
  });

  it('says which side of each threshold is bad', () => {
    expect(thresholdsText({ unit: 'ratio', thresholds: { direction: 'min', warning: 0.999, critical: 0.99 } })).toBe('warning below 99.9 %, critical below 99 %');
    expect(thresholdsText({ unit: 'ms', thresholds: { direction: 'max', warning: 500, critical: 1000 } })).toBe('warning above 500 ms, critical above 1 s');
  });

  it('describes the error budget used, and nothing without one', () => {
    expect(budgetText({ error_budget: { allowed: 0.2, used: 1, used_ratio: 5 } })).toBe('1 bad of 0.2 allowed (500 % of the budget used)');
    expect(budgetText({ error_budget: null })).toBeNull();
    expect(budgetText({ error_budget: { allowed: 0, used: 0, used_ratio: null } })).toBeNull();
  });

  it('counts a pending alert towards its for-duration and a firing one from when it fired', () => {
    const since = '2026-11-24T10:00:00.000Z';
    expect(alertState({ state: 'pending', severity: 'critical', active_seconds: 12.4, for_seconds: 30, firing_since: null, since })).toBe('critical · pending 12 of 30 s');
    expect(alertState({ state: 'firing', severity: 'warning', active_seconds: 75, for_seconds: 30, firing_since: '2026-11-24T10:00:30.000Z', since })).toBe('warning · firing for 45 s');
  });

  it('puts critical firing alerts first and pending warnings last', () => {
    const alerts = [
      { slo: 'a', severity: 'warning' as const, state: 'pending' as const, since: '2026-11-24T10:00:00.000Z' },
      { slo: 'b', severity: 'critical' as const, state: 'pending' as const, since: '2026-11-24T10:00:00.000Z' },
      { slo: 'c', severity: 'critical' as const, state: 'firing' as const, since: '2026-11-24T10:00:05.000Z' },
      { slo: 'd', severity: 'warning' as const, state: 'firing' as const, since: '2026-11-24T10:00:00.000Z' },
    ];
    expect(sortAlerts(alerts).map((alert) => alert.slo)).toEqual(['c', 'b', 'd', 'a']);
  });
});
