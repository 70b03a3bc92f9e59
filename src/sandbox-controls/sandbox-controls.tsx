import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { sandboxControls as text } from '@messages/sandbox-controls';
import { ClockPanel } from './clock-panel';
import { ResetPanel } from './reset-panel';
import { useSandboxTime } from './use-sandbox-time';
import './sandbox-controls.css';

/**
 * The header's sandbox controls: a disclosure button that opens a small panel with the
 * sandbox clock (and how far it runs ahead of real time), fast-forward buttons, and a
 * reset. Closed, it is one button: the sandbox is only started and read once it opens.
 */
export function SandboxControls() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [panelTop, setPanelTop] = useState(0);
  const time = useSandboxTime(open);

  const flip = () => {
    // Where the panel starts on narrow screens (see the CSS): just below the button, wherever the header put it.
    setPanelTop(Math.round(toggle.current?.getBoundingClientRect().bottom ?? 0) + 6);
    setOpen((was) => !was);
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    // A click elsewhere closes it, like any popover; focus stays where the click put it.
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="sandbox-controls" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="sandbox-controls-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={text.toggleLabel}
        onClick={flip}
      >
        <span aria-hidden="true">◷</span>
        {/* The accessible name is the button's aria-label; the word is only a visual cue, dropped on narrow headers. */}
        <span className="sandbox-controls-word" aria-hidden="true">
          {text.toggle}
        </span>
      </button>
      <div id={`${id}-panel`} className="sandbox-controls-panel" role="group" aria-labelledby={`${id}-heading`} hidden={!open} style={{ '--panel-top': `${panelTop}px` } as CSSProperties}>
        {open && (
          <>
            <h2 id={`${id}-heading`}>{text.heading}</h2>
            <ClockPanel time={time} />
            <ResetPanel onReset={() => void time.update()} />
            <button type="button" className="sandbox-controls-close" onClick={() => {
              setOpen(false);
              toggle.current?.focus();
            }}>
              {text.close}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
