import { loadLab } from '@messages/load-lab';
import { PROFILES, type LoadSettings, type ProfileId } from './profiles';

export interface SettingsFormProps {
  settings: LoadSettings;
  disabled: boolean;
  onChange(settings: LoadSettings): void;
  onPickProfile(id: ProfileId): void;
}

const m = loadLab.fields;

const CLIENTS = [
  { value: '', label: m.clients.anonymous },
  { value: 'key_free_demo', label: m.clients.free },
  { value: 'key_pro_demo', label: m.clients.pro },
];

/** The profile picker and every number of the run, each a labelled field. */
export function SettingsForm({ settings, disabled, onChange, onPickProfile }: SettingsFormProps) {
  const number = (label: string, value: number, set: (value: number) => LoadSettings, step = 1) => (
    <label>
      {label}
      <input type="number" min={0} step={step} value={value} disabled={disabled} onChange={(event) => onChange(set(event.target.valueAsNumber))} />
    </label>
  );
  const preset = PROFILES.find((candidate) => candidate.id === settings.profile)!;
  return (
    <div className="ll-settings">
      <fieldset className="ll-profiles" disabled={disabled}>
        <legend>{loadLab.profiles.legend}</legend>
        {PROFILES.map((candidate) => (
          <label key={candidate.id} className="ll-profile">
            <input type="radio" name="profile" value={candidate.id} checked={settings.profile === candidate.id} onChange={() => onPickProfile(candidate.id)} />
            {candidate.label}
          </label>
        ))}
        <p className="ll-purpose">{preset.purpose}</p>
      </fieldset>
      <div className="ll-fields">
        {number(m.users, settings.users, (users) => ({ ...settings, users }))}
        {number(m.rampUp, settings.rampUpSeconds, (rampUpSeconds) => ({ ...settings, rampUpSeconds }))}
        {number(m.duration, settings.durationSeconds, (durationSeconds) => ({ ...settings, durationSeconds }))}
        {number(m.waitMin, settings.waitSeconds.min, (min) => ({ ...settings, waitSeconds: { ...settings.waitSeconds, min } }), 0.05)}
        {number(m.waitMax, settings.waitSeconds.max, (max) => ({ ...settings, waitSeconds: { ...settings.waitSeconds, max } }), 0.05)}
        <label>
          {m.client}
          <select value={settings.apiKey ?? ''} disabled={disabled} onChange={(event) => onChange({ ...settings, apiKey: event.target.value || null })}>
            {CLIENTS.map((client) => (
              <option key={client.value} value={client.value}>
                {client.label}
              </option>
            ))}
          </select>
        </label>
        <label className="ll-check">
          <input type="checkbox" checked={settings.honourRetryAfter} disabled={disabled} onChange={(event) => onChange({ ...settings, honourRetryAfter: event.target.checked })} />
          {m.honourRetryAfter}
        </label>
      </div>
    </div>
  );
}
