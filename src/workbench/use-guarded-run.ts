/**
 * Runs the checks with the "never re-run frozen code" guarantee: an in-flight marker
 * is stored before the worker starts and removed when results arrive, so a reload
 * after a freeze or a crash finds it, and the page tells the learner instead of
 * grading that text again (src/progress/run-marker.ts).
 */
import { useCallback, useRef, useState } from 'react';
import { gradeInWorker } from '../grading/browser';
import type { GradeResults } from '../grading/results';
import { markRunFinished, markRunStarted, unfinishedRun } from '../progress/run-marker';
import type { RunMarker } from '../progress/run-marker';
import { browserStorage } from '../progress/storage';

export type UnfinishedRun = RunMarker | { startedAt: null; textLength: null };

export interface GuardedRun {
  running: boolean;
  /** The run a previous page left unfinished, until the learner runs again or dismisses it. */
  unfinished: UnfinishedRun | null;
  run(): Promise<void>;
  dismissUnfinished(): void;
}

/** Grades `getText()` for `exerciseId` on request only, handing results to `onResults`. */
export function useGuardedRun(exerciseId: string, getText: () => string, onResults: (results: GradeResults) => void): GuardedRun {
  const [storage] = useState(browserStorage);
  const [unfinished, setUnfinished] = useState<UnfinishedRun | null>(() => unfinishedRun(storage, exerciseId));
  const [running, setRunning] = useState(false);
  // A ref, not the state: two key presses in one frame must not start two workers.
  const inFlight = useRef(false);

  const run = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setRunning(true);
    const text = getText();
    markRunStarted(storage, exerciseId, text);
    try {
      const results = await gradeInWorker(exerciseId, text);
      markRunFinished(storage, exerciseId);
      setUnfinished(null);
      onResults(results);
    } finally {
      inFlight.current = false;
      setRunning(false);
    }
  }, [storage, exerciseId, getText, onResults]);

  const dismissUnfinished = useCallback(() => {
    markRunFinished(storage, exerciseId);
    setUnfinished(null);
  }, [storage, exerciseId]);

  return { running, unfinished, run, dismissUnfinished };
}
