import { useId, useState } from 'react';
import { setInboxFaults, type Inbox } from './lab-api';

/** The inbox's fault switch: fail the next N deliveries with a 500, or by answering too late. */
export function FaultControls({ faults, onApplied, onError }: { faults: Inbox['faults'] | null; onApplied: (text: string) => void; onError: (text: string) => void }) {
  const [count, setCount] = useState(2);
  const [mode, setMode] = useState<'error' | 'timeout'>('error');
  const countId = useId();

  async function apply(failNext: number) {
    try {
      await setInboxFaults(failNext, mode);
      onApplied(failNext === 0 ? 'The inbox accepts deliveries again.' : `The inbox will fail the next ${failNext} deliveries (${mode === 'error' ? 'HTTP 500' : 'too late'}).`);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <fieldset className="wh-faults">
      <legend>Inbox faults</legend>
      <label htmlFor={countId}>Fail the next</label>
      <select id={countId} value={count} onChange={(event) => setCount(Number(event.target.value))}>
        {[1, 2, 3, 6, 7].map((n) => (
          <option key={n} value={n}>
            {n} {n === 1 ? 'delivery' : 'deliveries'}
          </option>
        ))}
      </select>
      <div role="radiogroup" aria-label="How they fail" className="wh-modes">
        <label>
          <input type="radio" name="wh-mode" checked={mode === 'error'} onChange={() => setMode('error')} /> with HTTP 500
        </label>
        <label>
          <input type="radio" name="wh-mode" checked={mode === 'timeout'} onChange={() => setMode('timeout')} /> by timing out
        </label>
      </div>
      <div className="wh-actions">
        <button type="button" onClick={() => void apply(count)}>
          Apply
        </button>
        <button type="button" onClick={() => void apply(0)}>
          Stop failing
        </button>
      </div>
      <p className="muted" data-testid="fault-state">
        {!faults || faults.remaining === 0 ? 'The inbox accepts every delivery.' : `${faults.remaining} more ${faults.remaining === 1 ? 'delivery fails' : 'deliveries fail'} (${faults.mode === 'error' ? 'HTTP 500' : 'timing out'}).`}
      </p>
    </fieldset>
  );
}
