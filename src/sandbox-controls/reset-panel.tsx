import { useId, useRef, useState } from 'react';
import { sandboxControls as text } from '@messages/sandbox-controls';
import { resetSandbox } from './sandbox-api';

/** "Reset the sandbox", with a confirmation step that says what goes back and what stays. */
export function ResetPanel({ onReset }: { onReset: () => void }) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const start = useRef<HTMLButtonElement>(null);

  async function reset() {
    setBusy(true);
    try {
      await resetSandbox();
      setStatus(text.resetDone);
      onReset();
    } catch (error) {
      setStatus(text.resetFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
      setConfirming(false);
      // The confirm buttons are gone; focus goes back to the button that started it.
      requestAnimationFrame(() => start.current?.focus());
    }
  }

  return (
    <section className="sandbox-reset" aria-labelledby={`${id}-reset`}>
      <p className="sandbox-caption" id={`${id}-reset`}>
        {text.resetHeading}
      </p>
      <p className="sandbox-hint muted" id={`${id}-explain`}>
        {text.resetExplain}
      </p>
      {confirming ? (
        <div className="sandbox-confirm" role="group" aria-labelledby={`${id}-reset`} aria-describedby={`${id}-explain`}>
          <button type="button" className="danger" disabled={busy} onClick={() => void reset()} autoFocus>
            {text.resetConfirm}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            {text.resetCancel}
          </button>
        </div>
      ) : (
        <button type="button" ref={start} onClick={() => setConfirming(true)} aria-describedby={`${id}-explain`}>
          {text.resetButton}
        </button>
      )}
      <p className="sandbox-status" role="status">
        {status}
      </p>
    </section>
  );
}
