import { describe, expect, it } from 'vitest';
import { keyLabels, matchesKeys, shortcut, shortcuts } from '../../src/app/shortcuts';
import type { KeyLike } from '../../src/app/shortcuts';

const press = (over: Partial<KeyLike>): KeyLike => ({ key: '', code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...over });

describe('the shortcut registry', () => {
  it('gives every shortcut a unique id, keys and a description', () => {
    expect(new Set(shortcuts.map((s) => s.id)).size).toBe(shortcuts.length);
    for (const s of shortcuts) {
      expect(s.keys).toMatch(/^\S+( \S+)*$/);
      expect(s.description.length).toBeGreaterThan(10);
    }
  });

  it('never binds a key Monaco or a browser menu already uses with Alt', () => {
    // Monaco 0.57 binds Alt with A, C, F, I, L, O, P, R, W; Firefox opens menus with Alt+F, E, V, S, B, T, H.
    const taken = new Set(['A', 'C', 'F', 'I', 'L', 'O', 'P', 'R', 'W', 'E', 'V', 'S', 'B', 'T', 'H']);
    for (const s of shortcuts)
      for (const combo of s.keys.split(' ')) {
        const match = combo.match(/^Alt\+([A-Z])$/);
        if (match) expect(taken.has(match[1]!), `${s.id} uses ${combo}`).toBe(false);
        expect(combo.startsWith('Control+Alt+'), `${s.id}: Ctrl+Alt is AltGr on Windows`).toBe(false);
      }
  });

  it('throws a message naming the registry for an unknown id', () => {
    expect(() => shortcut('does-not-exist')).toThrow(/src\/app\/shortcuts\.ts/);
  });
});

describe('matchesKeys', () => {
  it('matches Control+Enter and Meta+Enter as alternatives', () => {
    const keys = shortcut('run-tests').keys;
    expect(matchesKeys(press({ key: 'Enter', code: 'Enter', ctrlKey: true }), keys)).toBe(true);
    expect(matchesKeys(press({ key: 'Enter', code: 'Enter', metaKey: true }), keys)).toBe(true);
    expect(matchesKeys(press({ key: 'Enter', code: 'Enter' }), keys)).toBe(false);
    expect(matchesKeys(press({ key: 'Enter', code: 'Enter', ctrlKey: true, shiftKey: true }), keys)).toBe(false);
  });

  it('matches a letter by its physical key, so Option+N on a Mac ("˜") still counts', () => {
    expect(matchesKeys(press({ key: '˜', code: 'KeyN', altKey: true }), 'Alt+N')).toBe(true);
    expect(matchesKeys(press({ key: 'n', code: 'KeyN' }), 'Alt+N')).toBe(false);
    expect(matchesKeys(press({ key: 'j', code: 'KeyJ', altKey: true }), 'Alt+N')).toBe(false);
  });

  it('matches "?" whatever Shift the keyboard layout needs, but not with Control', () => {
    expect(matchesKeys(press({ key: '?', code: 'Slash', shiftKey: true }), '?')).toBe(true);
    expect(matchesKeys(press({ key: '?', code: 'Minus' }), '?')).toBe(true);
    expect(matchesKeys(press({ key: '?', code: 'Slash', shiftKey: true, ctrlKey: true }), '?')).toBe(false);
    expect(matchesKeys(press({ key: '/', code: 'Slash' }), '?')).toBe(false);
  });
});

describe('keyLabels', () => {
  it('shows Ctrl off a Mac and the Command symbol on one', () => {
    expect(keyLabels('Control+Enter Meta+Enter', false)).toEqual(['Ctrl+Enter']);
    expect(keyLabels('Control+Enter Meta+Enter', true)).toEqual(['⌘ Enter']);
  });

  it('writes Alt as the Option symbol on a Mac', () => {
    expect(keyLabels('Alt+J', false)).toEqual(['Alt+J']);
    expect(keyLabels('Alt+J', true)).toEqual(['⌥ J']);
  });
});
