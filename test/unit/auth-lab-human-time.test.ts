import { describe, expect, it } from 'vitest';
import { countdown, duration, isoOf, relativeClaimTime } from '../../src/auth-lab/human-time';

describe('times in words', () => {
  it('uses the largest sensible unit', () => {
    expect(duration(45)).toBe('45 s');
    expect(duration(14 * 60 + 59)).toBe('14 min');
    expect(duration(3 * 3600 + 5 * 60)).toBe('3 h 5 min');
    expect(duration(2 * 3600)).toBe('2 h');
    expect(duration(7 * 86_400)).toBe('7 days');
    expect(duration(86_400)).toBe('1 day');
  });

  it('says whether a token expires or has expired', () => {
    expect(relativeClaimTime('exp', 1000 + 14 * 60 + 2, 1000)).toBe('expires in 14 min');
    expect(relativeClaimTime('exp', 1000, 1000 + 180)).toBe('expired 3 min ago');
  });

  it('explains nbf and an iat in the future', () => {
    expect(relativeClaimTime('nbf', 1060, 1000)).toBe('not valid for another 1 min');
    expect(relativeClaimTime('iat', 1000, 1030)).toBe('issued 30 s ago');
    expect(relativeClaimTime('iat', 2000, 1000)).toMatch(/in the future/);
  });

  it('prints NumericDates as UTC and refuses non-numbers', () => {
    expect(isoOf(1_772_359_200)).toBe('2026-03-01T10:00:00Z');
    expect(isoOf('soon')).toBeNull();
  });

  it('counts down as m:ss and stops at zero', () => {
    expect(countdown(899.6)).toBe('14:59');
    expect(countdown(-5)).toBe('0:00');
  });
});

describe('the sandbox clock', () => {
  it('reads now from GET /api/v1/sandbox/clock', async () => {
    const { sandboxNowOf } = await import('../../src/sandbox-controls/sandbox-clock');
    expect(sandboxNowOf({ now: '2026-04-01T12:00:00.000Z', offset_ms: 0 })).toBe(Date.parse('2026-04-01T12:00:00Z'));
    expect(sandboxNowOf({ error: { code: 'route_not_found' } })).toBeNull();
    expect(sandboxNowOf({ now: 'soon' })).toBeNull();
  });
});
