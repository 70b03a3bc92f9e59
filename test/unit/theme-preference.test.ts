import { describe, expect, it } from 'vitest';
import { readThemeChoice, setThemeChoice, themeKey } from '../../src/app/theme-preference';

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

describe('theme preference', () => {
  it('defaults to system, and to system again for an unknown stored value', () => {
    expect(readThemeChoice(memory())).toBe('system');
    expect(readThemeChoice(memory({ [themeKey]: 'purple' }))).toBe('system');
    expect(readThemeChoice(null)).toBe('system');
  });

  it('remembers light and dark, and forgets the key for system', () => {
    const root = { dataset: {} as Record<string, string> };
    const previous = globalThis.document;
    Object.assign(globalThis, { document: { documentElement: root } });
    try {
      const store = memory();
      setThemeChoice('dark', store);
      expect(readThemeChoice(store)).toBe('dark');
      expect(root.dataset.theme).toBe('dark');
      setThemeChoice('system', store);
      expect(store.items.has(themeKey)).toBe(false);
      expect(root.dataset.theme).toBeUndefined();
    } finally {
      Object.assign(globalThis, { document: previous });
    }
  });
});
