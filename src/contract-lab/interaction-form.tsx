import { useState, type FormEvent } from 'react';
import { contractLab } from '@messages/contract-lab';
import { PROVIDER_STATES } from './provider-states';

const m = contractLab.form;

/**
 * A form that adds one interaction to the draft in the editor: the request and the status
 * it expects. The body expectations are then written in the JSON, where matchers fit.
 */
export function InteractionForm({ text, onText, onError }: { text: string; onText: (text: string) => void; onError: (message: string) => void }) {
  const [description, setDescription] = useState(m.defaultDescription);
  const [state, setState] = useState('');
  const [method, setMethod] = useState('GET');
  const [path, setPath] = useState('/api/v1/users?limit=2');
  const [status, setStatus] = useState(200);

  function add(event: FormEvent) {
    event.preventDefault();
    let draft: { interactions?: unknown };
    try {
      draft = JSON.parse(text) as { interactions?: unknown };
    } catch {
      onError(m.fixJsonFirst);
      return;
    }
    const interactions = Array.isArray(draft.interactions) ? draft.interactions : [];
    const [bare, query] = path.split('?');
    const interaction = {
      description,
      ...(state && { providerStates: [{ name: state }] }),
      request: { method, path: bare, ...(query && { query: Object.fromEntries(new URLSearchParams(query)) }) },
      response: { status, body: {} },
    };
    onText(JSON.stringify({ ...draft, interactions: [...interactions, interaction] }, null, 2));
  }

  return (
    <form className="cl-form" onSubmit={add} aria-label={m.label}>
      <fieldset>
        <legend>{m.label}</legend>
        <label>
          {m.description} <input value={description} onChange={(event) => setDescription(event.target.value)} required />
        </label>
        <label>
          {m.providerState}
          <select value={state} onChange={(event) => setState(event.target.value)}>
            <option value="">{m.noState}</option>
            {PROVIDER_STATES.map((known) => (
              <option key={known.name} value={known.name}>
                {known.name}
              </option>
            ))}
          </select>
        </label>
        <div className="cl-form-row">
          <label>
            {m.method}
            <select value={method} onChange={(event) => setMethod(event.target.value)}>
              {['GET', 'POST', 'PATCH', 'DELETE'].map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label className="cl-grow">
            {m.path} <input value={path} onChange={(event) => setPath(event.target.value)} pattern="/.*" required />
          </label>
          <label>
            {m.status} <input type="number" min={100} max={599} value={status} onChange={(event) => setStatus(Number(event.target.value))} required />
          </label>
        </div>
        <button type="submit">{m.add}</button>
        <p className="muted">{m.note}</p>
      </fieldset>
    </form>
  );
}
