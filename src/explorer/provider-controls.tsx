import { useEffect, useId, useState, type FormEvent } from 'react';
import { readProviderSettings, settingsWarning, type ProviderSettings } from './circuit-breaker-lab-model';
import { askSandbox, errorOf } from './sandbox-json';
import { circuitBreakerLab } from '@messages/circuit-breaker-lab';
import { richText } from '../messages/rich-text';

const m = circuitBreakerLab.provider;

const PROVIDER_PATH = '/api/v1/sandbox/payment-provider';

// One click to the situations worth watching; each is applied at once.
const presets: { name: string; settings: ProviderSettings }[] = [
  { name: m.presetNames.healthy, settings: { failure_rate: 0, latency_ms: 50 } },
  { name: m.presetNames.flaky, settings: { failure_rate: 0.5, latency_ms: 100 } },
  { name: m.presetNames.down, settings: { failure_rate: 1, latency_ms: 50 } },
  { name: m.presetNames.tooSlow, settings: { failure_rate: 0, latency_ms: 1500 } },
];

/** The payment provider's fault settings: sliders, presets, and what the sandbox says it is using now. */
export function ProviderControls({ onApplied }: { onApplied: (message: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<ProviderSettings>({ failure_rate: 0, latency_ms: 0 });
  const [current, setCurrent] = useState<ProviderSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    askSandbox(PROVIDER_PATH).then(
      (answer) => {
        const settings = readProviderSettings(answer.body);
        setCurrent(settings);
        setDraft(settings);
      },
      (e: unknown) => setProblem(m.readFailed(e instanceof Error ? e.message : String(e))),
    );
  }, []);

  async function apply(settings: ProviderSettings) {
    setBusy(true);
    try {
      const answer = await askSandbox(PROVIDER_PATH, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(settings),
      });
      if (answer.status !== 200) throw new Error(errorOf(answer.body)?.message ?? m.putFailed(PROVIDER_PATH, answer.status));
      const applied = readProviderSettings(answer.body);
      setCurrent(applied);
      setDraft(applied);
      setProblem(null);
      onApplied(m.applied(Math.round(applied.failure_rate * 100), applied.latency_ms));
    } catch (e) {
      setProblem(m.notApplied(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void apply(draft);
  };
  const warning = settingsWarning(draft);

  return (
    <section className="cb-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.title}</h2>
      <p className="muted">
        {richText(m.text, { endpoint: <code>{'POST /api/v1/payments'}</code> })}
      </p>
      <div className="cb-presets" role="group" aria-label={m.presets}>
        {presets.map((preset) => (
          <button key={preset.name} type="button" disabled={busy} onClick={() => void apply(preset.settings)}>
            {preset.name}
          </button>
        ))}
      </div>
      <form onSubmit={submit} className="cb-form">
        <label htmlFor={`${id}-rate`}>{m.failureRate}</label>
        <div className="cb-slider">
          <input
            id={`${id}-rate`}
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(draft.failure_rate * 100)}
            aria-valuetext={m.failureRateValue(Math.round(draft.failure_rate * 100))}
            onChange={(e) => setDraft({ ...draft, failure_rate: Number(e.target.value) / 100 })}
          />
          <output htmlFor={`${id}-rate`}>{Math.round(draft.failure_rate * 100)}%</output>
        </div>
        <label htmlFor={`${id}-latency`}>{m.latency}</label>
        <div className="cb-slider">
          <input
            id={`${id}-latency`}
            type="range"
            min={0}
            max={5000}
            step={50}
            value={draft.latency_ms}
            aria-valuetext={m.latencyValue(draft.latency_ms)}
            onChange={(e) => setDraft({ ...draft, latency_ms: Number(e.target.value) })}
          />
          <output htmlFor={`${id}-latency`}>{circuitBreakerLab.payments.ms(draft.latency_ms)}</output>
        </div>
        {warning && <p className="cb-warning">{warning}</p>}
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {m.apply}
          </button>
        </div>
      </form>
      <p className="muted" aria-live="polite">
        {current ? m.now(Math.round(current.failure_rate * 100), current.latency_ms) : m.reading}
      </p>
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
