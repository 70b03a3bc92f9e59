import { contractLab } from '@messages/contract-lab';
import type { ProviderVariant } from './lab-api';

/** One checkbox per provider variant: what it changes and what kind of break it is. */
export function VariantSwitches({ variants, busy, onChange }: { variants: ProviderVariant[]; busy: boolean; onChange: (active: string[]) => void }) {
  const active = variants.filter((variant) => variant.active).map((variant) => variant.name);
  const toggle = (name: string, on: boolean) => onChange(on ? [...active, name] : active.filter((other) => other !== name));
  return (
    <fieldset className="cl-variants">
      <legend>{contractLab.provider.changeLegend}</legend>
      {variants.map((variant) => (
        <label key={variant.name} className="cl-variant">
          <input type="checkbox" checked={variant.active} disabled={busy} onChange={(event) => toggle(variant.name, event.target.checked)} />
          <span>
            <strong>{variant.breaks}</strong> <code>{variant.name}</code>
            <br />
            <span className="muted">{variant.description.replace(/`/g, '')}</span>
          </span>
        </label>
      ))}
      <p className="muted" data-testid="variant-state">
        {active.length === 0 ? contractLab.provider.unchanged : contractLab.provider.changed(active)}
      </p>
    </fieldset>
  );
}
