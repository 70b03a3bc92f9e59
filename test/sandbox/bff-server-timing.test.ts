import { describe, expect, it } from 'vitest';
import { serverTiming } from '../../sandbox/bff/gather';
import { parseServerTiming, splitTotal } from '../../src/bff-lab/server-timing';
import { call, testSandbox } from './support';

describe('Server-Timing, written by the BFFs and read by the lab', () => {
  it('writes one metric per call, a desc for failed calls, and the total last', () => {
    const header = serverTiming(
      [
        { name: 'user', start_ms: 0, duration_ms: 80.4, outcome: 'ok' },
        { name: 'orders', start_ms: 0, duration_ms: 300, outcome: 'timeout' },
      ],
      300,
    );
    expect(header).toBe('user;dur=80, orders;dur=300;desc="timeout", total;dur=300');
  });

  it('reads back what the sandbox sends, separating the total from the calls', async () => {
    const res = await call(testSandbox(), 'GET', '/api/web/v1/dashboard');
    const { calls, total } = splitTotal(parseServerTiming(res.headers.get('Server-Timing')));
    expect(calls.map((metric) => [metric.name, metric.duration])).toEqual([
      ['user', 80],
      ['orders', 120],
      ['recommendations', 100],
      ['preferences', 80],
    ]);
    expect(total).toBe(120);
  });

  it('skips malformed entries instead of throwing, and reads quoted descriptions', () => {
    expect(parseServerTiming('db;dur=12.5;desc="cache miss", ;;, bad name;dur=3, cpu')).toEqual([
      { name: 'db', duration: 12.5, description: 'cache miss' },
      { name: 'cpu', duration: 0, description: null },
    ]);
    expect(parseServerTiming(null)).toEqual([]);
  });
});
