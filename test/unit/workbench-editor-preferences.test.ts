import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/progress/memory-storage';
import { editorPreferencesKey, readEditorPreferences, saveEditorPreferences } from '../../src/progress/editor-preferences';

describe('editor preferences', () => {
  it('starts with automatic screen-reader detection', () => {
    expect(readEditorPreferences(createMemoryStorage())).toEqual({ screenReader: 'auto' });
    expect(readEditorPreferences(null)).toEqual({ screenReader: 'auto' });
  });

  it('remembers the screen-reader mode it saved', () => {
    const storage = createMemoryStorage();
    expect(saveEditorPreferences(storage, { screenReader: 'on' })).toBe(true);
    expect(readEditorPreferences(storage)).toEqual({ screenReader: 'on' });
    saveEditorPreferences(storage, { screenReader: 'off' });
    expect(readEditorPreferences(storage)).toEqual({ screenReader: 'off' });
  });

  it('falls back to the defaults when the saved value does not match the schema', () => {
    const storage = createMemoryStorage();
    storage.setItem(editorPreferencesKey, JSON.stringify({ screenReader: 'loud' }));
    expect(readEditorPreferences(storage)).toEqual({ screenReader: 'auto' });
    storage.setItem(editorPreferencesKey, 'not json');
    expect(readEditorPreferences(storage)).toEqual({ screenReader: 'auto' });
  });

  it('reports a refused write instead of throwing', () => {
    expect(saveEditorPreferences(createMemoryStorage(5), { screenReader: 'on' })).toBe(false);
  });
});
