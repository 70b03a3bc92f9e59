import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { workbench } from '@messages/workbench';
import { shortcut } from '../app/shortcuts';

export interface HintsHandle {
  /** Reveals the next hint and moves focus to it; false when none is left. */
  revealNext(): boolean;
}

/** Hints revealed one at a time, gentlest first. */
export function Hints({ hints, ref }: { hints: string[]; ref?: Ref<HintsHandle> }) {
  const [shown, setShown] = useState(0);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  // The newly revealed hint takes focus once, so a keyboard or screen-reader user lands on it.
  useEffect(() => {
    if (focusIndex === null) return;
    (list.current?.children[focusIndex] as HTMLElement | undefined)?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const reveal = () => {
    if (shown >= hints.length) return false;
    setFocusIndex(shown);
    setShown(shown + 1);
    return true;
  };
  useImperativeHandle(ref, () => ({ revealNext: reveal }));

  if (hints.length === 0) return null;
  return (
    <section className="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">{workbench.hints.title}</h2>
      <ol ref={list}>
        {hints.slice(0, shown).map((html, i) => (
          <li key={i} tabIndex={-1} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" onClick={reveal} aria-keyshortcuts={shortcut('next-hint').keys}>
          {workbench.hints.show(shown + 1, hints.length)}
        </button>
      ) : (
        <p className="muted">{workbench.hints.last}</p>
      )}
    </section>
  );
}
