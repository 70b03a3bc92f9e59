import { PROFILES, type LoadSettings, type ProfileId } from './profiles';

export interface SettingsFormProps {
  settings: LoadSettings;
  disabled: boolean;
  onChange(settings: LoadSettings): void;
  onPickProfile(id: ProfileId): void;
}

const CLIENTS = [
  { value: '', label: 'anonymous (100 burst, 10/s)' },
  { value: 'key_free_demo', label: 'key_free_demo (10 burst, 1 per 6 s)' },
  { value: 'key_pro_demo', label: 'key_pro_demo (100 burst, 5/s)' },
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
        <legend>Profile</legend>
        {PROFILES.map((candidate) => (
          <label key={candidate.id} className="ll-profile">
            <input type="radio" name="profile" value={candidate.id} checked={settings.profile === candidate.id} onChange={() => onPickProfile(candidate.id)} />
            {candidate.label}
          </label>
        ))}
        <p className="ll-purpose">{preset.purpose}</p>
      </fieldset>
      <div className="ll-fields">
        {number('Users', settings.users, (users) => ({ ...settings, users }))}
        {number('Ramp-up (s)', settings.rampUpSeconds, (rampUpSeconds) => ({ ...settings, rampUpSeconds }))}
        {number('Duration (s)', settings.durationSeconds, (durationSeconds) => ({ ...settings, durationSeconds }))}
        {number('Wait min (s)', settings.waitSeconds.min, (min) => ({ ...settings, waitSeconds: { ...settings.waitSeconds, min } }), 0.05)}
        {number('Wait max (s)', settings.waitSeconds.max, (max) => ({ ...settings, waitSeconds: { ...settings.waitSeconds, max } }), 0.05)}
        <label>
          Client (X-API-Key)
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
          Honour Retry-After after a 429
        </label>
      </div>
    </div>
  );
}
