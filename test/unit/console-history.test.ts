import { describe, expect, it } from 'vitest';
import { addEntry, HISTORY_LIMIT, historyKey, newEntry, parseHistory, readHistory, saveHistory, type HistoryEntry } from '../../src/console/console-history';
import { defaultDraft } from '../../src/console/console-request';

function memoryStore(failWith?: Error) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failWith) throw failWith;
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}

const entry = (url: string, at = '2026-11-24T10:00:00.000Z'): HistoryEntry => ({ ...newEntry({ ...defaultDraft(), url }, { status: 200, ms: 5 }, new Date(at)) });

describe('the console history', () => {
  it('puts the newest request first and keeps at most the limit', () => {
    let entries: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) entries = addEntry(entries, entry(`/r/${i}`));
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0].request.url).toBe(`/r/${HISTORY_LIMIT + 4}`);
  });

  it('moves a repeated request to the top instead of listing it twice', () => {
    const entries = addEntry(addEntry(addEntry([], entry('/a')), entry('/b')), entry('/a'));
    expect(entries.map((e) => e.request.url)).toEqual(['/a', '/b']);
  });

  it('saves and reads back the same entries', () => {
    const store = memoryStore();
    const entries = [entry('/a'), entry('/b')];
    expect(saveHistory(entries, store)).toBeNull();
    expect(readHistory(store)).toEqual(entries);
  });

  it('drops entries that do not match the schema and keeps the valid ones', () => {
    const good = entry('/good');
    const damaged = [good, { ...good, request: { ...good.request, method: 'TRACE' } }, { ...good, at: 'yesterday' }, { ...good, status: 42 }, 'junk', null];
    expect(parseHistory(damaged)).toEqual([good]);
    expect(parseHistory({ not: 'an array' })).toEqual([]);
  });

  it('reads unparseable storage as an empty history', () => {
    const store = memoryStore();
    store.data.set(historyKey, '{not json');
    expect(readHistory(store)).toEqual([]);
  });

  it('reports why saving failed instead of throwing', () => {
    expect(saveHistory([entry('/a')], memoryStore(new Error('QuotaExceededError')))).toBe('QuotaExceededError');
    expect(saveHistory([entry('/a')], null)).toMatch(/storage is turned off/);
  });

  it('removes the key when the history is cleared', () => {
    const store = memoryStore();
    saveHistory([entry('/a')], store);
    saveHistory([], store);
    expect(store.data.has(historyKey)).toBe(false);
  });

  it('stores a copy of the request, so later edits in the form do not rewrite history', () => {
    const draft = defaultDraft();
    const saved = newEntry(draft, null);
    draft.headers[0].value = 'changed';
    expect(saved.request.headers[0].value).toBe('application/json');
    expect(saved.status).toBeNull();
  });
});
