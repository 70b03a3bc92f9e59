import { useId, useState } from 'react';
import { webhooksLab } from '@messages/webhooks-lab';
import { setInboxFaults, type Inbox } from './lab-api';

const m = webhooksLab.faults;

/** The inbox's fault switch: fail the next N deliveries with a 500, or by answering too late. */
export function FaultControls({ faults, onApplied, onError }: { faults: Inbox['faults'] | null; onApplied: (text: string) => void; onError: (text: string) => void }) {
  const [count, setCount] = useState(2);
  const [mode, setMode] = useState<'error' | 'timeout'>('error');
  const countId = useId();

  async function apply(failNext: number) {
    try {
      await setInboxFaults(failNext, mode);
      onApplied(failNext === 0 ? m.acceptsAgain : m.willFail(failNext, mode));
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <fieldset className="wh-faults">
      <legend>{m.legend}</legend>
      <label htmlFor={countId}>{m.failNext}</label>
      <select id={countId} value={count} onChange={(event) => setCount(Number(event.target.value))}>
        {[1, 2, 3, 6, 7].map((n) => (
          <option key={n} value={n}>
            {m.deliveries(n)}
          </option>
        ))}
      </select>
      <div role="radiogroup" aria-label={m.howTheyFail} className="wh-modes">
        <label>
          <input type="radio" name="wh-mode" checked={mode === 'error'} onChange={() => setMode('error')} /> {m.withError}
        </label>
        <label>
          <input type="radio" name="wh-mode" checked={mode === 'timeout'} onChange={() => setMode('timeout')} /> {m.byTimeout}
        </label>
      </div>
      <div className="wh-actions">
        <button type="button" onClick={() => void apply(count)}>
          {m.apply}
        </button>
        <button type="button" onClick={() => void apply(0)}>
          {m.stop}
        </button>
      </div>
      <p className="muted" data-testid="fault-state">
        {!faults || faults.remaining === 0 ? m.acceptsEvery : m.remaining(faults.remaining, faults.mode)}
      </p>
    </fieldset>
  );
}
