import { describe, expect, it, vi } from 'vitest';
import type { GradeResults } from '../../src/grading/results';
import { createMemoryStorage } from '../../src/progress/memory-storage';
import { createProgressStore } from '../../src/progress/progress-store';
import { progressKey } from '../../src/progress/storage';

const STARTER = 'type Order = {}\n';
const T0 = new Date('2026-11-05T08:00:00.000Z');
const passing: GradeResults = { version: 3, status: 'pass', message: null, tests: [] };

function reload(storage: ReturnType<typeof createMemoryStorage>) {
  return createProgressStore({ storage, now: () => T0 });
}

describe('progress store', () => {
  it('saves the text on every edit, so a reload resumes mid-word', () => {
    const storage = createMemoryStorage();
    const actor = reload(storage).actorFor('typed-orders', STARTER);
    actor.send({ type: 'exercise.edit', text: `${STARTER}export const ord` });
    // No flush, no timer: the write already happened.
    const resumed = reload(storage).actorFor('typed-orders', STARTER).getSnapshot();
    expect(resumed.value).toBe('inProgress');
    expect(resumed.context.text).toBe(`${STARTER}export const ord`);
  });

  it('writes nothing for an exercise that was only opened', () => {
    const storage = createMemoryStorage();
    const actor = reload(storage).actorFor('typed-orders', STARTER);
    actor.send({ type: 'exercise.edit', text: STARTER });
    expect(storage.length).toBe(0);
  });

  it('stamps updatedAt from its clock and keeps it when an event changes nothing', () => {
    const storage = createMemoryStorage();
    let now = T0;
    const store = createProgressStore({ storage, now: () => now });
    const actor = store.actorFor('typed-orders', STARTER);
    actor.send({ type: 'exercise.graded', results: passing, at: T0.toISOString() });
    const first = store.getAll();
    now = new Date('2026-11-05T09:00:00.000Z');
    actor.send({ type: 'exercise.undoReset' });
    expect(store.getAll()).toBe(first);
    expect(first['typed-orders']!.updatedAt).toBe(T0.toISOString());
  });

  it('reports a full storage, keeps the change in memory, and saves it once it fits', () => {
    const storage = createMemoryStorage(400);
    const store = reload(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    const actor = store.actorFor('typed-orders', STARTER);
    actor.send({ type: 'exercise.edit', text: 'x'.repeat(500) });
    expect(store.getSaveError()).toMatchObject({ reason: 'quota_exceeded', exerciseId: 'typed-orders' });
    expect(store.getAll()['typed-orders']!.text).toBe('x'.repeat(500));
    expect(actor.getSnapshot().context.text).toBe('x'.repeat(500));
    expect(listener).toHaveBeenCalled();
    actor.send({ type: 'exercise.edit', text: 'short' });
    expect(store.getSaveError()).toBeNull();
    expect(JSON.parse(storage.getItem(progressKey('typed-orders'))!).text).toBe('short');
  });

  it('keeps reporting the error while an earlier change is still unsaved', () => {
    const storage = createMemoryStorage(450);
    const store = reload(storage);
    store.actorFor('big-one', STARTER).send({ type: 'exercise.edit', text: 'x'.repeat(500) });
    store.actorFor('small-one', STARTER).send({ type: 'exercise.edit', text: 'ok' });
    expect(storage.getItem(progressKey('small-one'))).not.toBeNull();
    expect(store.getSaveError()).toMatchObject({ reason: 'quota_exceeded', exerciseId: 'big-one' });
  });

  it('works from memory and says why when the browser gives no storage', () => {
    const store = createProgressStore({ storage: null, now: () => T0 });
    store.actorFor('typed-orders', STARTER).send({ type: 'exercise.edit', text: 'draft' });
    expect(store.getAll()['typed-orders']!.text).toBe('draft');
    expect(store.getSaveError()).toMatchObject({ reason: 'unavailable' });
  });

  it('reports corrupt entries found when it loads and starts them fresh', () => {
    const storage = createMemoryStorage();
    storage.setItem(progressKey('typed-orders'), 'not json');
    const store = reload(storage);
    expect(store.getCorrupt().map((c) => c.exerciseId)).toEqual(['typed-orders']);
    expect(store.actorFor('typed-orders', STARTER).getSnapshot().value).toBe('notStarted');
  });

  it('replaces live actors on import, and a replaced actor no longer writes', () => {
    const storage = createMemoryStorage();
    const store = reload(storage);
    const before = store.actorFor('typed-orders', STARTER);
    before.send({ type: 'exercise.edit', text: 'mine' });
    const imported = {
      'typed-orders': {
        state: 'passed' as const,
        text: 'imported',
        attempts: 1,
        lastResults: passing,
        lastGradedAt: T0.toISOString(),
        solutionShown: false,
        undoText: null,
        updatedAt: T0.toISOString(),
      },
    };
    store.replaceAll(imported);
    const after = store.actorFor('typed-orders', STARTER);
    expect(after).not.toBe(before);
    expect(after.getSnapshot().context.text).toBe('imported');
    before.send({ type: 'exercise.edit', text: 'late keystroke' });
    expect(reload(storage).getAll()).toEqual(imported);
  });
});
