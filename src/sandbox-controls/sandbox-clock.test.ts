import { describe, expect, it } from 'vitest';
import { customSeconds, driftText, FAST_FORWARDS, formatDuration, MAX_MOVE_SECONDS, sandboxNowOf } from './sandbox-clock';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('the sandbox clock helpers', () => {
  it('reads now from the clock body, and nothing from anything else', () => {
    expect(sandboxNowOf({ now: '2026-04-01T12:00:00.000Z', offset_ms: 0 })).toBe(Date.parse('2026-04-01T12:00:00Z'));
    expect(sandboxNowOf({ error: { code: 'route_not_found' } })).toBeNull();
    expect(sandboxNowOf(null)).toBeNull();
  });

  it('writes a duration in its two largest units', () => {
    expect(formatDuration(DAY + 3 * HOUR + 5 * MIN)).toBe('1 day 3 h');
    expect(formatDuration(2 * DAY)).toBe('2 days');
    expect(formatDuration(15 * MIN + 999)).toBe('15 min');
    expect(formatDuration(HOUR + 30_000)).toBe('1 h');
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatDuration(-90 * MIN)).toBe('1 h 30 min');
    expect(formatDuration(0)).toBe('0 s');
  });

  it('says how the sandbox stands against real time, a second either way counting as in step', () => {
    expect(driftText(400)).toBe('In step with real time.');
    expect(driftText(DAY + 2000)).toBe('1 day ahead of real time.');
    expect(driftText(DAY - 40)).toBe('1 day ahead of real time.');
    expect(driftText(-15 * MIN)).toBe('15 min behind real time.');
  });

  it('offers the four fast-forwards the brief asks for', () => {
    expect(FAST_FORWARDS.map((f) => f.seconds)).toEqual([60, 900, 3600, 86400]);
  });

  it('accepts whole custom amounts within one move and refuses the rest', () => {
    expect(customSeconds('90', 'minutes')).toBe(5400);
    expect(customSeconds(' 3 ', 'days')).toBe(3 * 86400);
    expect(customSeconds('400', 'days')).toBe(MAX_MOVE_SECONDS);
    for (const bad of ['', '0', '-1', '1.5', '2h', '401']) expect(customSeconds(bad, bad === '401' ? 'days' : 'hours'), bad).toBeNull();
  });
});
