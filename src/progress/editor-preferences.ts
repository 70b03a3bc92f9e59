/**
 * The editor preferences a learner expects the browser to remember, under one
 * versioned key. Today that is the screen-reader mode of Monaco: "auto" lets Monaco
 * decide, "on"/"off" are the learner's (or a detection's) choice, applied on load.
 */
import { z } from 'zod';
import type { StorageLike } from './storage';

export const editorPreferencesKey = 'workbench.editor-preferences.v1';

export const screenReaderModes = ['auto', 'on', 'off'] as const;
export type ScreenReaderMode = (typeof screenReaderModes)[number];

export const editorPreferencesSchema = z.strictObject({
  screenReader: z.enum(screenReaderModes).describe('Monaco accessibilitySupport: auto, on or off.'),
});
export type EditorPreferences = z.infer<typeof editorPreferencesSchema>;

export const defaultEditorPreferences: EditorPreferences = { screenReader: 'auto' };

/** The saved preferences; the defaults when none are saved or the saved value does not match the schema. */
export function readEditorPreferences(storage: StorageLike | null): EditorPreferences {
  try {
    const raw = storage?.getItem(editorPreferencesKey);
    if (!raw) return defaultEditorPreferences;
    const parsed = editorPreferencesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultEditorPreferences;
  } catch {
    return defaultEditorPreferences;
  }
}

/** Saves the preferences; returns false when the browser refuses (the choice then lasts for this page only). */
export function saveEditorPreferences(storage: StorageLike | null, preferences: EditorPreferences): boolean {
  if (!storage) return false;
  try {
    storage.setItem(editorPreferencesKey, JSON.stringify(editorPreferencesSchema.parse(preferences)));
    return true;
  } catch {
    return false;
  }
}
