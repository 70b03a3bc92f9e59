/**
 * Monaco's screen-reader mode, remembered across visits: the saved choice is applied
 * when the editor is created; when Monaco itself detects a screen reader, that is
 * saved as "on" so the next visit starts optimised; the toolbar toggle saves on/off.
 */
import { useCallback, useRef, useState } from 'react';
import { readEditorPreferences, saveEditorPreferences } from '../progress/editor-preferences';
import type { ScreenReaderMode } from '../progress/editor-preferences';
import { browserStorage } from '../progress/storage';

export interface ScreenReaderModeApi {
  /** What Monaco is told: auto, on or off. */
  mode: ScreenReaderMode;
  /** What Monaco reports: is the editor optimised for a screen reader right now? */
  optimized: boolean;
  /** True once Monaco detected a screen reader during this visit (and it was saved). */
  detected: boolean;
  /** Pass to CodeEditor's onScreenReaderOptimized. */
  onOptimized(enabled: boolean): void;
  toggle(): void;
}

/** The editor's screen-reader mode, read from and saved to the browser's storage. */
export function useScreenReaderMode(): ScreenReaderModeApi {
  const [storage] = useState(browserStorage);
  const [mode, setMode] = useState<ScreenReaderMode>(() => readEditorPreferences(storage).screenReader);
  const [optimized, setOptimized] = useState(mode === 'on');
  const [detected, setDetected] = useState(false);
  const modeRef = useRef(mode);
  modeRef.current = mode;

  const choose = useCallback(
    (next: ScreenReaderMode) => {
      saveEditorPreferences(storage, { screenReader: next });
      modeRef.current = next;
      setMode(next);
    },
    [storage],
  );

  const onOptimized = useCallback(
    (enabled: boolean) => {
      setOptimized(enabled);
      // Only a detection counts here: with "on"/"off" Monaco is just echoing the saved choice.
      if (enabled && modeRef.current === 'auto') {
        choose('on');
        setDetected(true);
      }
    },
    [choose],
  );

  const toggle = useCallback(() => choose(optimized ? 'off' : 'on'), [choose, optimized]);
  return { mode, optimized, detected, onOptimized, toggle };
}
