import { describe, expect, it } from 'vitest';
import { diffJson } from '../../src/compat/json-diff';
import { countBySeverity, groupChanges, verdict } from '../../src/compat/change';

const kinds = (before: unknown, after: unknown) => diffJson(before, after).map((change) => `${change.severity} ${change.kind} ${change.path}`);

describe('comparing two JSON responses', () => {
  it('finds nothing when only the example values differ', () => {
    expect(diffJson({ id: 'usr_1', name: 'Ada', email: 'ada@example.com' }, { email: 'grace@example.org', id: 'usr_2', name: 'Grace' })).toEqual([]);
  });

  it('calls new fields, nested objects included, additive', () => {
    const changes = diffJson({ id: 'u', name: 'Ada Lovelace' }, { id: 'u', name: 'Ada Lovelace', created_at: '2025-01-01T00:00:00Z', preferences: { theme: 'dark' } });
    expect(changes.map((change) => [change.severity, change.path])).toEqual([
      ['additive', 'created_at'],
      ['additive', 'preferences'],
    ]);
    expect(changes[0]!.reason).toMatch(/ignore fields they do not know/);
  });

  it('says a client reading a removed field gets undefined', () => {
    const [change] = diffJson({ id: 'u', name: 'Ada' }, { id: 'u' });
    expect(change).toMatchObject({ severity: 'breaking', kind: 'field-removed', path: 'name' });
    expect(change!.reason).toContain('A client reading `name` gets undefined');
  });

  it('recognises a rename by the value that moved, and does not also report the new name as added', () => {
    expect(kinds({ user_id: 'usr_123', email: 'a@b.co' }, { id: 'usr_123', email: 'a@b.co' })).toEqual(['breaking field-renamed user_id']);
  });

  it('does not take equal booleans or nulls for a rename', () => {
    expect(kinds({ active: true }, { verified: true })).toEqual(['breaking field-removed active', 'additive field-added verified']);
  });

  it('recognises the guide’s split of name into first and last name', () => {
    const [change, ...rest] = diffJson({ id: 'u', name: 'Ada Lovelace' }, { id: 'u', first_name: 'Ada', last_name: 'Lovelace' });
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ severity: 'breaking', kind: 'field-split', path: 'name' });
    expect(change!.summary).toContain('`first_name` and `last_name`');
  });

  it('recognises a split into a nested object', () => {
    const [change] = diffJson({ full_name: 'Ada King  Lovelace' }, { name: { first: 'Ada', last: 'King Lovelace' } });
    expect(change).toMatchObject({ kind: 'field-split', summary: expect.stringContaining('`name.first` and `name.last`') });
  });

  it('reports a type change with what a client did with the old type', () => {
    const [change] = diffJson({ total: 10 }, { total: '10.00' });
    expect(change).toMatchObject({ severity: 'breaking', kind: 'type-changed', path: 'total' });
    expect(change!.summary).toBe('`total` changed from a number to a string.');
  });

  it('reports a string turned into an object, naming its fields', () => {
    const [change] = diffJson({ name: 'Ada Lovelace' }, { name: { first: 'Ada', last: 'Lovelace' } });
    expect(change!.summary).toContain('fields `first`, `last`');
  });

  it('treats a value that became null as breaking and null that became a value as neutral', () => {
    expect(kinds({ phone: '+441234567890' }, { phone: null })).toEqual(['breaking became-null phone']);
    expect(kinds({ phone: null }, { phone: '+441234567890' })).toEqual(['neutral null-filled phone']);
  });

  it('follows nested objects and names the full path', () => {
    expect(kinds({ user: { address: { city: 'London', zip: 'N1' } } }, { user: { address: { city: 'London' } } })).toEqual(['breaking field-removed user.address.zip']);
  });

  it('compares array items by their merged shape', () => {
    const before = { data: [{ id: 1, tags: ['a'] }, { id: 2, note: 'x', tags: [] }] };
    const after = { data: [{ id: 1, tags: ['a'], status: 'ok' }] };
    expect(kinds(before, after)).toEqual(['breaking field-removed data[].note', 'additive field-added data[].status']);
  });

  it('reports items that changed type', () => {
    expect(kinds({ ids: [1, 2] }, { ids: ['1', '2'] })).toEqual(['breaking type-changed ids[]']);
    expect(kinds({ ids: [1, 2] }, { ids: [1, 'two'] })).toEqual(['breaking items-type-added ids[]']);
  });

  it('says so when an empty array leaves nothing to compare', () => {
    expect(kinds({ items: [] }, { items: [{ id: 1 }] })).toEqual(['neutral items-not-compared items[]']);
  });

  it('notices a date-time that became free text', () => {
    const [change] = diffJson({ created_at: '2024-01-01T00:00:00Z' }, { created_at: '01/01/2024' });
    expect(change).toMatchObject({ severity: 'breaking', kind: 'format-changed' });
    expect(change!.summary).toContain('ISO 8601 date-time');
  });

  it('compares top-level arrays and a changed root type', () => {
    expect(kinds([{ id: 1 }], [{ id: 1, x: 2 }])).toEqual(['additive field-added [].x']);
    expect(kinds({ data: [] }, [])[0]).toBe('breaking type-changed ');
  });

  it('lists breaking changes first and sums them up in a verdict', () => {
    const changes = diffJson({ a: 1, b: 'x' }, { b: 'x', c: 3, a: 1, d: null, e: 'yes' }).concat(diffJson({ z: 'q' }, {}));
    expect(countBySeverity(changes)).toEqual({ breaking: 1, additive: 3, neutral: 0 });
    expect(verdict(diffJson({ a: 1 }, { a: 1, b: 2 }))).toMatch(/^Backward compatible/);
    expect(verdict(diffJson({ a: 1 }, {}))).toMatch(/^1 breaking change:/);
    expect(verdict([])).toMatch(/interchangeable/);
  });
});

describe('grouping changes', () => {
  it('folds the same change found in several places into one entry that lists them all', () => {
    const change = { severity: 'breaking' as const, kind: 'field-removed', summary: '`name` was removed.', reason: 'r' };
    const groups = groupChanges([
      { ...change, path: 'GET /users/{id} → 200 → name' },
      { ...change, kind: 'field-added', path: 'x' },
      { ...change, path: 'POST /users → 201 → name' },
    ]);
    expect(groups.map((group) => group.paths)).toEqual([['GET /users/{id} → 200 → name', 'POST /users → 201 → name'], ['x']]);
  });
});
