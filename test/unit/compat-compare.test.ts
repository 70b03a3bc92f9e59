import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/compat/compare';
import { compareExamples } from '../../src/compat/examples';

const example = (id: string) => compareExamples.find((candidate) => candidate.id === id)!;

describe('compareTexts', () => {
  it('names the side, line and column of a JSON parse error', () => {
    const result = compareTexts('json', '{"a": 1}', '{\n  "a": 1,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ side: 'after', location: { line: 3 } });
    expect(result.errors[0]!.message).toMatch(/^The new version: This is not valid JSON on line 3/);
  });

  it('reports both sides when both fail, and an empty side as such', () => {
    const result = compareTexts('openapi', '', 'openapi: 3.1.0\npaths: [');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.side)).toEqual(['before', 'after']);
    expect(result.errors[0]!.message).toBe('The old version is empty: paste an OpenAPI document (YAML or JSON).');
    expect(result.errors[1]!.location).not.toBeNull();
  });

  it('explains what an OpenAPI document still lacks', () => {
    const result = compareTexts('openapi', 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\n', 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/no paths/);
  });

  it('reads JSON documents in OpenAPI mode too', () => {
    const doc = (version: string) => JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version }, paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } } });
    expect(compareTexts('openapi', doc('1'), doc('2'))).toEqual({ ok: true, changes: [] });
  });
});

describe('the preloaded examples', () => {
  it('shows the additive JSON release as additive only', () => {
    const { mode, before, after } = example('json-additive');
    const result = compareTexts(mode, before, after);
    expect(result.ok && result.changes.map((change) => change.severity)).toEqual(['additive', 'additive']);
  });

  it('shows the split name as one breaking change', () => {
    const { mode, before, after } = example('json-split-name');
    const result = compareTexts(mode, before, after);
    expect(result.ok && result.changes.map((change) => change.kind)).toEqual(['field-split']);
  });

  it('finds no breaking change in the additive OpenAPI release and several in the breaking one', () => {
    const additive = example('openapi-additive');
    const breaking = example('openapi-breaking');
    const a = compareTexts(additive.mode, additive.before, additive.after);
    const b = compareTexts(breaking.mode, breaking.before, breaking.after);
    expect(a.ok && a.changes.filter((change) => change.severity === 'breaking')).toEqual([]);
    expect(a.ok && a.changes.length).toBeGreaterThan(2);
    const kinds = new Set(b.ok ? b.changes.filter((change) => change.severity === 'breaking').map((change) => change.kind) : []);
    expect([...kinds].sort()).toEqual(['enum-narrowed-request', 'enum-widened-response', 'field-removed', 'operation-removed', 'required-field-added']);
  });
});
