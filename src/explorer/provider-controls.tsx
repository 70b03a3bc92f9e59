import { useEffect, useId, useState, type FormEvent } from 'react';
import { readProviderSettings, settingsWarning, type ProviderSettings } from './circuit-breaker-lab-model';
import { askSandbox, errorOf } from './sandbox-json';

const PROVIDER_PATH = '/api/v1/sandbox/payment-provider';

// One click to the situations worth watching; each is applied at once.
const presets: { name: string; settings: ProviderSettings }[] = [
  { name: 'Healthy', settings: { failure_rate: 0, latency_ms: 50 } },
  { name: 'Flaky', settings: { failure_rate: 0.5, latency_ms: 100 } },
  { name: 'Down', settings: { failure_rate: 1, latency_ms: 50 } },
  { name: 'Too slow', settings: { failure_rate: 0, latency_ms: 1500 } },
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
      (e: unknown) => setProblem(`The provider's settings could not be read: ${e instanceof Error ? e.message : String(e)}`),
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
      if (answer.status !== 200) throw new Error(errorOf(answer.body)?.message ?? `PUT ${PROVIDER_PATH} answered HTTP ${answer.status}.`);
      const applied = readProviderSettings(answer.body);
      setCurrent(applied);
      setDraft(applied);
      setProblem(null);
      onApplied(`Provider set to ${Math.round(applied.failure_rate * 100)}% failures and ${applied.latency_ms} ms latency.`);
    } catch (e) {
      setProblem(`The settings were not applied: ${e instanceof Error ? e.message : String(e)}`);
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
      <h2 id={`${id}-title`}>Payment provider</h2>
      <p className="muted">
        The outside service behind <code>POST /api/v1/payments</code>. Dial in faults, then send payments.
      </p>
      <div className="cb-presets" role="group" aria-label="Presets">
        {presets.map((preset) => (
          <button key={preset.name} type="button" disabled={busy} onClick={() => void apply(preset.settings)}>
            {preset.name}
          </button>
        ))}
      </div>
      <form onSubmit={submit} className="cb-form">
        <label htmlFor={`${id}-rate`}>Failure rate</label>
        <div className="cb-slider">
          <input
            id={`${id}-rate`}
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(draft.failure_rate * 100)}
            aria-valuetext={`${Math.round(draft.failure_rate * 100)} percent of payments fail`}
            onChange={(e) => setDraft({ ...draft, failure_rate: Number(e.target.value) / 100 })}
          />
          <output htmlFor={`${id}-rate`}>{Math.round(draft.failure_rate * 100)}%</output>
        </div>
        <label htmlFor={`${id}-latency`}>Latency</label>
        <div className="cb-slider">
          <input
            id={`${id}-latency`}
            type="range"
            min={0}
            max={5000}
            step={50}
            value={draft.latency_ms}
            aria-valuetext={`${draft.latency_ms} milliseconds`}
            onChange={(e) => setDraft({ ...draft, latency_ms: Number(e.target.value) })}
          />
          <output htmlFor={`${id}-latency`}>{draft.latency_ms} ms</output>
        </div>
        {warning && <p className="cb-warning">{warning}</p>}
        <div>
          <button type="submit" className="primary" disabled={busy}>
            Apply settings
          </button>
        </div>
      </form>
      <p className="muted" aria-live="polite">
        {current ? `Now: ${Math.round(current.failure_rate * 100)}% failures, ${current.latency_ms} ms latency.` : 'Reading the settings…'}
      </p>
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
