import { describe, expect, it } from 'vitest';
import { pactFromText, pactFileName } from '../../src/contract-lab/draft-json';
import { parsePath, ruleWeight } from '../../src/contract-lab/json-path';
import { compileRules, matchBody } from '../../src/contract-lab/match-body';
import type { PactRuleSet } from '../../src/contract-lab/pact-types';
import { formatToPattern } from '../../src/contract-lab/rule-check';

const rules = (entries: Record<string, PactRuleSet['matchers']>, combine: 'AND' | 'OR' = 'AND') =>
  compileRules(Object.fromEntries(Object.entries(entries).map(([path, matchers]) => [path, { combine, matchers }])));
const paths = (expected: unknown, actual: unknown, set = rules({})) => matchBody(expected, actual, set).map((m) => `${m.path}: ${m.expected} / ${m.actual}`);

describe('JSONPath rules', () => {
  it('reads keys, quoted keys, indexes and wildcards, and refuses what it cannot read', () => {
    expect(parsePath("$.data[*]['odd key'][0].*")).toEqual([
      { kind: 'key', key: 'data' },
      { kind: 'any' },
      { kind: 'key', key: 'odd key' },
      { kind: 'index', index: 0 },
      { kind: 'any' },
    ]);
    expect(() => parsePath('data.id')).toThrow(/must start with \$/);
    expect(() => parsePath('$.data[x]')).toThrow(/cannot be read at character 7/);
  });

  it('prefers an exact step over a wildcard and ignores rules for other paths', () => {
    expect(ruleWeight(parsePath('$.data[0].id'), ['data', 0, 'id'])).toBeGreaterThan(ruleWeight(parsePath('$.data[*].id'), ['data', 0, 'id'])!);
    expect(ruleWeight(parsePath('$.data.name'), ['data', 'id'])).toBeNull();
  });
});

describe('matchBody', () => {
  it('allows extra keys in the answer but not missing ones, and compares values without a rule exactly', () => {
    expect(paths({ a: 1, b: 'x' }, { a: 1, b: 'y', c: true })).toEqual(['$.b: "x" / "y"']);
    expect(paths({ a: 1 }, {})).toEqual(['$.a: a value like 1 / no such key']);
  });

  it('lets a type rule on an object reach the values inside it', () => {
    const set = rules({ '$.user': [{ match: 'type' }] });
    expect(paths({ user: { id: 'usr_1', age: 3 } }, { user: { id: 'usr_9', age: 40 } }, set)).toEqual([]);
    expect(paths({ user: { id: 'usr_1', age: 3 } }, { user: { id: 9, age: 40 } }, set)).toEqual(['$.user.id: a string (like "usr_1") / number 9']);
  });

  it('holds every item of an eachLike array to the example and counts the minimum', () => {
    const set = rules({ '$.data': [{ match: 'type', min: 2 }], '$.data[*].id': [{ match: 'regex', regex: 'usr_\\d+' }] });
    expect(paths({ data: [{ id: 'usr_1' }] }, { data: [{ id: 'usr_5' }, { id: 'usr_6' }, { id: 'usr_7' }] }, set)).toEqual([]);
    expect(paths({ data: [{ id: 'usr_1' }] }, { data: [{ id: 'usr_5' }, { id: 'u6' }] }, set)).toEqual(['$.data[1].id: a string matching /usr_\\d+/ / string "u6"']);
    expect(paths({ data: [{ id: 'usr_1' }] }, { data: [{ id: 'usr_5' }] }, set)).toEqual(['$.data: at least 2 items / 1']);
  });

  it('requires the same length of an array without a rule', () => {
    expect(paths({ tags: ['a', 'b'] }, { tags: ['a'] })).toEqual(['$.tags: 2 items / 1 items']);
  });

  it('passes an OR rule when one matcher passes and an AND rule only when all do', () => {
    const or = rules({ '$.v': [{ match: 'null' }, { match: 'integer' }] }, 'OR');
    expect(paths({ v: 1 }, { v: null }, or)).toEqual([]);
    expect(paths({ v: 1 }, { v: 'x' }, or)).toHaveLength(1);
    const and = rules({ '$.v': [{ match: 'integer' }, { match: 'include', value: '1' }] });
    expect(paths({ v: 1 }, { v: 2 }, and)).toEqual(['$.v: a string containing "1" / number 2']);
  });

  it('checks timestamps against a Java-style format', () => {
    const set = rules({ '$.at': [{ match: 'timestamp', format: "yyyy-MM-dd'T'HH:mm:ss.SSSX" }] });
    expect(paths({ at: '2026-01-05T09:00:00.000Z' }, { at: '2026-03-01T12:00:00.000Z' }, set)).toEqual([]);
    expect(paths({ at: '2026-01-05T09:00:00.000Z' }, { at: 1767600000 }, set)).toEqual([
      "$.at: a timestamp written yyyy-MM-dd'T'HH:mm:ss.SSSX / number 1767600000",
    ]);
    expect(() => formatToPattern('EEE, dd MMM yyyy')).toThrow(/uses "E", which this lab does not read/);
  });
});

describe('the editor text', () => {
  it('names the line and column of a JSON syntax error', () => {
    expect(() => pactFromText('{\n  "interactions": [\n    {} {}\n  ]\n}')).toThrow(/line 3, column 8/);
  });

  it('reads a recorded Pact file as it is and a draft by recording it', () => {
    const draft = { interactions: [{ description: 'x', request: { method: 'GET', path: '/a' }, response: { status: 200 } }] };
    const recorded = pactFromText(JSON.stringify(draft));
    expect(recorded.metadata.pactSpecification.version).toBe('3.0.0');
    expect(pactFromText(JSON.stringify(recorded))).toEqual(recorded);
    expect(pactFileName(recorded)).toBe('users-app-workbench-sandbox.json');
  });
});
