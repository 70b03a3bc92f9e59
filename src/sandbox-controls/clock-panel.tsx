import { useId, useState, type FormEvent } from 'react';
import { sandboxControls as text } from '@messages/sandbox-controls';
import { advanceSandboxClock } from './sandbox-api';
import { customSeconds, driftText, FAST_FORWARDS, formatDuration, type CustomUnit } from './sandbox-clock';
import type { SandboxTime } from './use-sandbox-time';

const UNITS: CustomUnit[] = ['minutes', 'hours', 'days'];

/** The sandbox time, ticking, how far it is from real time, and the fast-forward controls. */
export function ClockPanel({ time }: { time: SandboxTime }) {
  const id = useId();
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<CustomUnit>('hours');
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const { reading } = time;

  async function move(seconds: number) {
    setBusy(true);
    try {
      await time.update(await advanceSandboxClock(seconds));
      setStatus(text.moved(formatDuration(seconds * 1000)));
    } catch (error) {
      setStatus(text.moveFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  function submitCustom(event: FormEvent) {
    event.preventDefault();
    const seconds = customSeconds(amount, unit);
    setInvalid(seconds === null);
    if (seconds !== null) void move(seconds);
  }

  const sandboxNow = reading ? reading.sandboxMs + (time.now - reading.readAt) : null;
  return (
    <section className="sandbox-clock" aria-labelledby={`${id}-clock`}>
      <p className="sandbox-caption" id={`${id}-clock`}>
        {text.clockCaption}
      </p>
      {time.error ? (
        <p className="sandbox-error">{text.unreadable(time.error)}</p>
      ) : sandboxNow === null ? (
        <p className="muted">{text.reading}</p>
      ) : (
        <>
          <p className="sandbox-time" data-testid="sandbox-time">
            <time dateTime={new Date(sandboxNow).toISOString()}>{new Date(sandboxNow).toLocaleString([], { dateStyle: 'medium', timeStyle: 'medium' })}</time>
          </p>
          <p className="sandbox-drift" data-testid="sandbox-drift">
            {driftText(reading!.sandboxMs - reading!.readAt)}
          </p>
        </>
      )}
      <p className="sandbox-caption">{text.fastForwardHeading}</p>
      <p className="sandbox-hint muted">{text.fastForwardHint}</p>
      <div className="sandbox-presets">
        {FAST_FORWARDS.map((preset) => (
          <button key={preset.seconds} type="button" disabled={busy} onClick={() => void move(preset.seconds)} aria-label={text.presetLabel(formatDuration(preset.seconds * 1000))}>
            {preset.label}
          </button>
        ))}
      </div>
      <form className="sandbox-custom" onSubmit={submitCustom} noValidate>
        <label className="visually-hidden" htmlFor={`${id}-amount`}>
          {text.customAmount}
        </label>
        <input
          id={`${id}-amount`}
          type="text"
          inputMode="numeric"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          placeholder="90"
          size={5}
        />
        <label className="visually-hidden" htmlFor={`${id}-unit`}>
          {text.customUnit}
        </label>
        <select id={`${id}-unit`} value={unit} onChange={(e) => setUnit(e.target.value as CustomUnit)}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {text.unitNames[u]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          {text.customMove}
        </button>
      </form>
      {invalid && (
        <p className="sandbox-error" id={`${id}-invalid`}>
          {text.customInvalid}
        </p>
      )}
      <p className="sandbox-status" role="status">
        {status}
      </p>
    </section>
  );
}
