// @ts-expect-error: the package ships no type declarations.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { Counter, escapeLabelValue, exposition, Gauge, Histogram } from '../../sandbox/observability/prometheus';
import { toTemplate } from '../../sandbox/observability/route-template';

describe('the Prometheus text exposition', () => {
  it('escapes backslashes, double quotes and line feeds in label values so a parser reads them back', () => {
    const awkward = 'C:\\dir\\"quoted"\nnext line';
    const counter = new Counter('demo_total', 'A counter with an awkward label.\nSecond help line.');
    counter.inc({ value: awkward }, 2);
    const text = exposition([counter]);
    expect(text).toContain(`demo_total{value="${escapeLabelValue(awkward)}"} 2`);
    expect(text).toContain('# HELP demo_total A counter with an awkward label.\\nSecond help line.');
    const [family] = parsePrometheusTextFormat(text);
    expect(family.metrics[0].labels.value).toBe(awkward);
    expect(family.metrics[0].value).toBe('2');
  });

  it('writes histograms as cumulative buckets ending in +Inf, with _sum and _count', () => {
    const histogram = new Histogram('demo_seconds', 'Demo.', [0.1, 1]);
    for (const value of [0.05, 0.5, 3]) histogram.observe({ route: '/x' }, value);
    const lines = exposition([histogram]).trim().split('\n');
    expect(lines).toEqual([
      '# HELP demo_seconds Demo.',
      '# TYPE demo_seconds histogram',
      'demo_seconds_bucket{route="/x",le="0.1"} 1',
      'demo_seconds_bucket{route="/x",le="1"} 2',
      'demo_seconds_bucket{route="/x",le="+Inf"} 3',
      'demo_seconds_sum{route="/x"} 3.55',
      'demo_seconds_count{route="/x"} 3',
    ]);
  });

  it('refuses histogram buckets that do not increase', () => {
    expect(() => new Histogram('bad_seconds', 'Bad.', [1, 0.5])).toThrow(/increasing/);
  });

  it('keeps one series per label set, whatever order the labels come in', () => {
    const counter = new Counter('pairs_total', 'Pairs.');
    counter.inc({ a: '1', b: '2' });
    counter.inc({ b: '2', a: '1' });
    const gauge = new Gauge('level', 'Level.');
    gauge.add({}, 3);
    gauge.add({}, -1);
    const text = exposition([counter, gauge]);
    expect(text.match(/^pairs_total/gm)).toHaveLength(1);
    expect(text).toContain('pairs_total{a="1",b="2"} 2');
    expect(text).toContain('level 2');
  });

  it('turns Hono route paths into OpenAPI templates', () => {
    expect(toTemplate('/api/v1/users/:id')).toBe('/api/v1/users/{id}');
    expect(toTemplate('/api/v1/tenants/:tenant/projects/:id{prj_[0-9]+}')).toBe('/api/v1/tenants/{tenant}/projects/{id}');
    expect(toTemplate('/api/grpc/*')).toBe('/api/grpc/*');
  });
});
