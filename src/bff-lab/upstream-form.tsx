import { useState, type FormEvent } from 'react';
import { bffLab } from '@messages/bff-lab';
import type { UpstreamSettings } from './lab-api';

interface UpstreamFormProps {
  settings: UpstreamSettings;
  busy: boolean;
  onApply: (settings: UpstreamSettings) => void;
}

const m = bffLab.upstreams;

const SERVICES = [
  { id: 'user', label: m.services.user },
  { id: 'order', label: m.services.order },
  { id: 'product', label: m.services.product },
] as const;

/** The three services' latency and failure switches, and the BFFs' per-call timeout. */
export function UpstreamForm({ settings, busy, onApply }: UpstreamFormProps) {
  const [draft, setDraft] = useState(settings);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const setLatency = (id: (typeof SERVICES)[number]['id'], value: number) => setDraft({ ...draft, latency_ms: { ...draft.latency_ms, [id]: value } });
  const setFailing = (id: (typeof SERVICES)[number]['id'], on: boolean) => setDraft({ ...draft, failing: on ? [...draft.failing.filter((s) => s !== id), id] : draft.failing.filter((s) => s !== id) });
  return (
    <form className="bff-form" onSubmit={submit} aria-label={m.formLabel}>
      {SERVICES.map((service) => (
        <fieldset key={service.id}>
          <legend>{service.label}</legend>
          <label>
            {m.latency}
            <input type="number" min={0} max={60000} value={draft.latency_ms[service.id]} onChange={(e) => setLatency(service.id, Number(e.target.value))} />
          </label>
          <label className="bff-check">
            <input type="checkbox" checked={draft.failing.includes(service.id)} onChange={(e) => setFailing(service.id, e.target.checked)} />
            {m.fails}
          </label>
        </fieldset>
      ))}
      <label>
        {m.timeout}
        <input type="number" min={1} max={60000} value={draft.timeout_ms} onChange={(e) => setDraft({ ...draft, timeout_ms: Number(e.target.value) })} />
      </label>
      <button type="submit" disabled={busy}>
        {m.apply}
      </button>
    </form>
  );
}
