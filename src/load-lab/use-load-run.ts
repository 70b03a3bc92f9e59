import { useCallback, useEffect, useRef, useState } from 'react';
import { sandboxReady } from '../app/sandbox-ready';
import { startLoadRun, type LoadRun, type LoadSample } from './engine';
import { realClock } from './load-clock';
import type { LoadSettings } from './profiles';

/** How often the page redraws during a run: often enough to look live, rarely enough to leave the tab free for the sandbox. */
const REDRAW_MS = 250;

export interface LoadRunView {
  phase: 'idle' | 'running' | 'finished';
  /** The settings of the current or last run. */
  settings: LoadSettings | null;
  samples: LoadSample[];
  elapsedMs: number;
  stoppedEarly: boolean;
}

/** Runs the engine in the browser against the sandbox (real fetches through MSW), redrawing a few times a second. */
export function useLoadRun(): { view: LoadRunView; start(settings: LoadSettings): Promise<void>; stop(): void } {
  const [view, setView] = useState<LoadRunView>({ phase: 'idle', settings: null, samples: [], elapsedMs: 0, stoppedEarly: false });
  const run = useRef<LoadRun | null>(null);

  // Leaving the page ends the run: nobody would see it, and it would keep the sandbox busy.
  useEffect(() => () => run.current?.stop(), []);

  const start = useCallback(async (settings: LoadSettings) => {
    if (run.current) return;
    await sandboxReady();
    const samples: LoadSample[] = [];
    const startedAt = realClock.now();
    const handle = startLoadRun(settings, { fetch: (path, init) => fetch(path, init), clock: realClock, random: Math.random }, (sample) => samples.push(sample));
    run.current = handle;
    setView({ phase: 'running', settings, samples: [], elapsedMs: 0, stoppedEarly: false });
    const timer = setInterval(() => {
      const elapsedMs = Math.min(realClock.now() - startedAt, settings.durationSeconds * 1000);
      setView((current) => ({ ...current, samples: [...samples], elapsedMs }));
    }, REDRAW_MS);
    try {
      const end = await handle.done;
      setView({ phase: 'finished', settings, samples: end.samples, elapsedMs: end.elapsedMs, stoppedEarly: end.stoppedEarly });
    } finally {
      clearInterval(timer);
      run.current = null;
    }
  }, []);

  const stop = useCallback(() => run.current?.stop(), []);
  return { view, start, stop };
}
