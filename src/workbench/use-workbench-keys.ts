/**
 * The exercise page's keyboard shortcuts (registered in src/app/shortcuts.ts). The
 * listener sits on the window in the capture phase, so the keys work inside Monaco
 * too, and stops each handled event there, before Monaco can act on it.
 */
import { useEffect, useRef } from 'react';
import { matchesKeys, shortcut } from '../app/shortcuts';

export interface WorkbenchKeyActions {
  run(): void;
  nextHint(): void;
  nextFailingCheck(): void;
  toggleFocus(): void;
}

const bindings: [string, keyof WorkbenchKeyActions][] = [
  ['run-tests', 'run'],
  ['next-hint', 'nextHint'],
  ['next-failing-check', 'nextFailingCheck'],
  ['toggle-focus', 'toggleFocus'],
];

/** Binds the exercise shortcuts for as long as the calling component is mounted. */
export function useWorkbenchKeys(actions: WorkbenchKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    const keyed = bindings.map(([id, action]) => [shortcut(id).keys, action] as const);
    const onKey = (event: KeyboardEvent) => {
      // A modal dialog (help, solution, comparison) makes the page behind it inert; its keys rest too.
      if (document.querySelector('dialog:modal')) return;
      const hit = keyed.find(([keys]) => matchesKeys(event, keys));
      if (!hit) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current[hit[1]]();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
