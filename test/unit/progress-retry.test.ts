import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../../src/progress/memory-storage';
import { createProgressStore } from '../../src/progress/progress-store';
import { progressKey } from '../../src/progress/storage';

const STARTER = 'type Order = {}\n';
const T0 = new Date('2026-11-05T08:00:00.000Z');

describe('retrying a failed save', () => {
  it('writes text typed while storage was full once space is freed, without another keystroke', () => {
    const storage = createMemoryStorage(500);
    storage.setItem('filler', 'x'.repeat(300));
    const store = createProgressStore({ storage, now: () => T0 });
    store.actorFor('typed-orders', STARTER).send({ type: 'exercise.edit', text: 'y'.repeat(250) });
    expect(store.getSaveError()).toMatchObject({ reason: 'quota_exceeded' });
    const listener = vi.fn();
    store.subscribe(listener);

    store.retrySaving(); // still full: the error stays
    expect(store.getSaveError()).toMatchObject({ reason: 'quota_exceeded' });

    storage.removeItem('filler');
    store.retrySaving();
    expect(store.getSaveError()).toBeNull();
    expect(JSON.parse(storage.getItem(progressKey('typed-orders'))!).text).toBe('y'.repeat(250));
    expect(listener).toHaveBeenCalled();
  });

  it('does nothing when everything is saved', () => {
    const storage = createMemoryStorage();
    const store = createProgressStore({ storage, now: () => T0 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.retrySaving();
    expect(listener).not.toHaveBeenCalled();
    expect(storage.length).toBe(0);
  });
});
