import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/progress/memory-storage';
import { markRunFinished, markRunStarted, mayAutoGrade, runMarkerKey, unfinishedRun } from '../../src/progress/run-marker';

const now = new Date('2026-11-24T20:00:00.000Z');

describe('the in-flight run marker', () => {
  it('forbids automatic grading from the start of a run until its results arrive', () => {
    const storage = createMemoryStorage();
    expect(mayAutoGrade(storage, 'api-audit')).toBe(true);
    expect(markRunStarted(storage, 'api-audit', 'while (true) {}', now)).toBe(true);
    expect(mayAutoGrade(storage, 'api-audit')).toBe(false);
    expect(unfinishedRun(storage, 'api-audit')).toEqual({ startedAt: now.toISOString(), textLength: 15 });
    markRunFinished(storage, 'api-audit');
    expect(mayAutoGrade(storage, 'api-audit')).toBe(true);
    expect(storage.dump()).toEqual({});
  });

  it('keeps exercises apart', () => {
    const storage = createMemoryStorage();
    markRunStarted(storage, 'api-audit', 'x', now);
    expect(mayAutoGrade(storage, 'resource-links')).toBe(true);
  });

  it('treats an unreadable marker as an unfinished run of unknown time, never as all clear', () => {
    const storage = createMemoryStorage();
    storage.setItem(runMarkerKey('api-audit'), '{not json');
    expect(unfinishedRun(storage, 'api-audit')).toEqual({ startedAt: null, textLength: null });
    storage.setItem(runMarkerKey('api-audit'), JSON.stringify({ startedAt: 'yesterday', textLength: -1 }));
    expect(mayAutoGrade(storage, 'api-audit')).toBe(false);
  });

  it('reports false when storage refuses the marker, and runs unguarded rather than not at all', () => {
    const full = createMemoryStorage(10);
    expect(markRunStarted(full, 'api-audit', 'x', now)).toBe(false);
    expect(markRunStarted(null, 'api-audit', 'x', now)).toBe(false);
    expect(mayAutoGrade(full, 'api-audit')).toBe(true);
  });
});
