import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/progress/memory-storage';
import type { ExerciseProgress } from '../../src/progress/schema';
import {
  ProgressSaveError,
  backupKeyPrefix,
  describeCorruptEntry,
  loadAllProgress,
  progressKey,
  replaceAllProgress,
  saveProgress,
} from '../../src/progress/storage';

const NOW = new Date('2026-11-05T09:30:00.000Z');

function entry(overrides: Partial<ExerciseProgress> = {}): ExerciseProgress {
  return {
    state: 'in_progress',
    text: 'openapi: 3.1.0\n',
    attempts: 0,
    lastResults: null,
    lastGradedAt: null,
    solutionShown: false,
    undoText: null,
    updatedAt: '2026-11-05T09:00:00.000Z',
    ...overrides,
  };
}

describe('progress storage', () => {
  it('reads back exactly what was saved, one key per exercise', () => {
    const storage = createMemoryStorage();
    const audit = entry({ text: 'naïve — “quotes” 🚀\r\nline 2' });
    const orders = entry({
      state: 'passed',
      attempts: 2,
      lastResults: { version: 3, status: 'pass', message: null, tests: [], location: null },
      lastGradedAt: '2026-11-05T09:10:00.000Z',
      undoText: 'old',
    });
    saveProgress(storage, 'api-audit', audit);
    saveProgress(storage, 'design-orders', orders);
    expect(Object.keys(storage.dump()).sort()).toEqual([progressKey('api-audit'), progressKey('design-orders')]);
    expect(loadAllProgress(storage, NOW)).toEqual({ entries: { 'api-audit': audit, 'design-orders': orders }, corrupt: [] });
  });

  it('leaves keys of other features alone', () => {
    const storage = createMemoryStorage();
    storage.setItem('workbench.theme', 'dark');
    saveProgress(storage, 'api-audit', entry());
    expect(Object.keys(loadAllProgress(storage, NOW).entries)).toEqual(['api-audit']);
    expect(storage.getItem('workbench.theme')).toBe('dark');
  });

  it('raises a quota_exceeded ProgressSaveError when the storage is full', () => {
    const storage = createMemoryStorage(200);
    let caught: unknown;
    try {
      saveProgress(storage, 'api-audit', entry({ text: 'x'.repeat(500) }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProgressSaveError);
    expect(caught).toMatchObject({ reason: 'quota_exceeded', exerciseId: 'api-audit' });
    expect((caught as Error).message).toMatch(/storage for this site is full/);
  });

  it('reports a write the browser refuses for another reason as write_failed', () => {
    const storage = createMemoryStorage();
    storage.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(() => saveProgress(storage, 'api-audit', entry())).toThrow(
      expect.objectContaining({ reason: 'write_failed', message: expect.stringContaining('The operation is insecure.') }),
    );
  });

  it('backs up an entry that is not JSON, reports it, and loads the others', () => {
    const storage = createMemoryStorage();
    saveProgress(storage, 'design-orders', entry());
    storage.setItem(progressKey('api-audit'), '{"state":"in_progr');
    const { entries, corrupt } = loadAllProgress(storage, NOW);
    expect(Object.keys(entries)).toEqual(['design-orders']);
    expect(corrupt).toHaveLength(1);
    const [report] = corrupt;
    expect(report).toMatchObject({ exerciseId: 'api-audit', raw: '{"state":"in_progr' });
    expect(report!.problem).toMatch(/^not valid JSON/);
    expect(report!.backupKey).toBe(`${backupKeyPrefix}api-audit:${NOW.toISOString()}`);
    expect(storage.getItem(report!.backupKey!)).toBe('{"state":"in_progr');
    expect(storage.getItem(progressKey('api-audit'))).toBeNull();
    expect(describeCorruptEntry(report!)).toContain(report!.backupKey!);
  });

  it('treats JSON that breaks the schema as corrupt and names the field', () => {
    const storage = createMemoryStorage();
    storage.setItem(progressKey('api-audit'), JSON.stringify({ ...entry(), attempts: 'three' }));
    const { corrupt } = loadAllProgress(storage, NOW);
    expect(corrupt[0]!.problem).toMatch(/^attempts: /);
  });

  it('keeps the damaged value in place and says so when even the backup does not fit', () => {
    const raw = `{"broken": "${'y'.repeat(100)}`;
    const storage = createMemoryStorage(progressKey('api-audit').length + raw.length + 10);
    storage.setItem(progressKey('api-audit'), raw);
    const { corrupt } = loadAllProgress(storage, NOW);
    expect(corrupt[0]).toMatchObject({ exerciseId: 'api-audit', raw, backupKey: null });
    expect(storage.getItem(progressKey('api-audit'))).toBe(raw);
    expect(describeCorruptEntry(corrupt[0]!)).toMatch(/too full to keep a backup/);
  });

  it('replaces all entries on import, removing those the import lacks', () => {
    const storage = createMemoryStorage();
    saveProgress(storage, 'api-audit', entry());
    saveProgress(storage, 'old-exercise', entry());
    const incoming = { 'api-audit': entry({ text: 'imported' }), 'new-exercise': entry({ state: 'not_started' }) };
    replaceAllProgress(storage, incoming);
    expect(loadAllProgress(storage, NOW).entries).toEqual(incoming);
  });

  it('puts every previous entry back when an import does not fit', () => {
    const storage = createMemoryStorage(600);
    saveProgress(storage, 'api-audit', entry());
    const before = storage.dump();
    const incoming = { 'api-audit': entry({ text: 'a'.repeat(100) }), 'big-one': entry({ text: 'b'.repeat(400) }) };
    expect(() => replaceAllProgress(storage, incoming)).toThrow(ProgressSaveError);
    expect(storage.dump()).toEqual(before);
  });
});
