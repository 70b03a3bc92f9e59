import { describe, expect, it } from 'vitest';
import {
  describeState,
  paymentLogEntry,
  readBreakerStatus,
  readProviderSettings,
  secondsUntil,
  settingsWarning,
  transitionAnnouncement,
  type BreakerStatus,
} from '../../src/explorer/circuit-breaker-lab-model';
import { createSandbox } from '../../sandbox/index';

const closed: BreakerStatus = { state: 'closed', consecutive_failures: 2, failure_threshold: 5, opened_at: null, retry_at: null, counts: { success: 1, failure: 2, rejected: 0 } };
const now = Date.parse('2026-03-01T10:00:00Z');
const open: BreakerStatus = { ...closed, state: 'open', consecutive_failures: 5, opened_at: '2026-03-01T10:00:00Z', retry_at: '2026-03-01T10:00:29.200Z' };
const halfOpen: BreakerStatus = { ...open, state: 'half_open' };

describe('the breaker in words', () => {
  it('says how many more failures open a closed breaker', () => {
    expect(describeState(closed, now)).toMatchObject({ name: 'Closed', tone: 'ok', meaning: expect.stringContaining('3 more failures in a row') });
    expect(describeState({ ...closed, consecutive_failures: 4 }, now).meaning).toContain('1 more failure in a row');
  });

  it('counts down to the trial payment of an open breaker, rounding up', () => {
    expect(secondsUntil(open.retry_at, now)).toBe(30);
    expect(secondsUntil(open.retry_at, now + 60_000)).toBe(0);
    expect(describeState(open, now)).toMatchObject({ name: 'Open', tone: 'fail', meaning: expect.stringContaining('A trial payment is allowed in 30 s.') });
  });

  it('calls half-open a trial', () => {
    expect(describeState(halfOpen, now)).toMatchObject({ name: 'Half-open', tone: 'warn' });
  });
});

describe('announcements', () => {
  it('stay silent on the first reading and when the state holds', () => {
    expect(transitionAnnouncement(null, open)).toBeNull();
    expect(transitionAnnouncement(closed, { ...closed, consecutive_failures: 3 })).toBeNull();
  });

  it('tell each transition apart', () => {
    expect(transitionAnnouncement(closed, open)).toMatch(/opened after 5 failures in a row/);
    expect(transitionAnnouncement(open, halfOpen)).toMatch(/half-open/);
    expect(transitionAnnouncement(halfOpen, closed)).toMatch(/trial payment succeeded/);
    expect(transitionAnnouncement(halfOpen, open)).toMatch(/trial payment failed/);
  });
});

describe('the payment log', () => {
  it('shows the error code of a refusal and the payment id of a success', () => {
    expect(paymentLogEntry(3, { status: 503, body: { error: { code: 'service_unavailable' } }, ms: 2 })).toEqual({ n: 3, status: 503, result: 'service_unavailable', ms: 2 });
    expect(paymentLogEntry(4, { status: 201, body: { data: { id: 'pay_1' } }, ms: 40 }).result).toBe('paid: pay_1');
    expect(paymentLogEntry(5, { status: 502, body: null, ms: 1 }).result).toBe('(no body)');
  });
});

describe('settings', () => {
  it('warn when every payment will time out or fail', () => {
    expect(settingsWarning({ failure_rate: 0, latency_ms: 1500 })).toMatch(/times out \(504\)/);
    expect(settingsWarning({ failure_rate: 1, latency_ms: 0 })).toMatch(/fails \(502\)/);
    expect(settingsWarning({ failure_rate: 0.5, latency_ms: 200 })).toBeNull();
  });

  it('read what the sandbox’s control routes answer', async () => {
    const sandbox = createSandbox();
    const get = async (path: string) => (await sandbox.fetch(new Request(`http://sandbox.local${path}`))).json();
    expect(readBreakerStatus(await get('/api/v1/sandbox/circuit-breakers/payment-provider'))).toMatchObject({ state: 'closed', failure_threshold: 5 });
    expect(readProviderSettings(await get('/api/v1/sandbox/payment-provider'))).toEqual({ failure_rate: 0, latency_ms: 0 });
    expect(() => readBreakerStatus({ state: 'ajar' })).toThrow(/closed, open or half_open/);
  });
});
