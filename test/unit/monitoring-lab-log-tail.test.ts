import { describe, expect, it } from 'vitest';
import { appendLines, cleanFilter, filterProblem, lastSeq, requestSummary } from '../../src/monitoring-lab/log-tail';
import type { LogLine } from '../../src/monitoring-lab/monitoring-api';

const line = (seq: number, extra: Partial<LogLine> = {}): LogLine => ({
  seq,
  timestamp: '2026-11-24T10:00:00.000Z',
  level: 'info',
  event: 'request.received',
  message: 'GET /api/v1/products received',
  request_id: `req_${seq}`,
  method: 'GET',
  route: '/api/v1/products',
  path: '/api/v1/products',
  ...extra,
});

describe('appendLines', () => {
  it('adds new lines in seq order and shows a line seen twice only once', () => {
    const merged = appendLines([line(1), line(2)], [line(2), line(4), line(3)]);
    expect(merged.map((l) => l.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps only the newest lines when there are more than it keeps', () => {
    expect(appendLines([line(1), line(2)], [line(3)], 2).map((l) => l.seq)).toEqual([2, 3]);
  });
});

describe('lastSeq', () => {
  it('is the highest seq, and undefined without lines', () => {
    expect(lastSeq([line(7), line(3)])).toBe(7);
    expect(lastSeq([])).toBeUndefined();
  });
});

describe('filterProblem', () => {
  it('accepts an exact status and a status class', () => {
    expect(filterProblem({ status: '404' })).toBeNull();
    expect(filterProblem({ status: '5xx' })).toBeNull();
  });

  it('explains a status that is neither a code nor a class', () => {
    expect(filterProblem({ status: '40' })).toMatch(/such as 404, or a class such as 5xx/);
    expect(filterProblem({ status: '6xx' })).toMatch(/"6xx" is not a status/);
  });

  it('asks for a route template that starts with a slash', () => {
    expect(filterProblem({ route: 'api/v1/products' })).toMatch(/starting with \//);
    expect(filterProblem({ route: '(unmatched)' })).toBeNull();
  });

  it('refuses a request id no request could have', () => {
    expect(filterProblem({ request_id: 'two words' })).toMatch(/Request id "two words"/);
  });
});

describe('cleanFilter', () => {
  it('drops empty fields and trims the others', () => {
    expect(cleanFilter({ request_id: ' req_1 ', route: '', status: '  ' })).toEqual({ request_id: 'req_1' });
  });
});

describe('requestSummary', () => {
  it('takes the status and duration from response.sent and the error from request.failed', () => {
    const lines = [
      line(1),
      line(2, { event: 'request.failed', level: 'warn', status: 404, duration_ms: 3, error: { type: 'business_error', code: 'resource_not_found', message: 'No product' } }),
      line(3, { event: 'response.sent', level: 'warn', status: 404, duration_ms: 4 }),
    ];
    expect(requestSummary(lines)).toEqual({ status: 404, durationMs: 4, error: { type: 'business_error', code: 'resource_not_found', message: 'No product' }, events: 3 });
  });

  it('has no status for a request that has not been answered yet', () => {
    expect(requestSummary([line(1)])).toEqual({ status: undefined, durationMs: undefined, error: undefined, events: 1 });
  });
});
