/**
 * Provider variants: small, deliberate changes to the v1 users API that a consumer's
 * contract should catch (the contract testing lab, chapter 10). Each one is a change a
 * real provider team might ship believing it harmless. All are off by default, apply only
 * to /api/v1/users and /api/v1/users/{id}, and a sandbox reset switches them off.
 */

export const PROVIDER_VARIANTS = {
  'renamed-name-field': {
    breaks: 'renamed field',
    description: 'Users carry `full_name` instead of `name` (the value is the same).',
  },
  'numeric-ids': {
    breaks: 'wrong type',
    description: 'A user’s `id` becomes a number: "usr_4" is sent as 4. Paths and links keep the string id.',
  },
  'missing-location-header': {
    breaks: 'missing header',
    description: 'POST /api/v1/users still answers 201 but without the `Location` header.',
  },
  'not-found-as-null': {
    breaks: 'wrong status',
    description: 'GET /api/v1/users/{id} of a missing user answers 200 with `{ "data": null }` instead of 404.',
  },
} as const;

export type ProviderVariantName = keyof typeof PROVIDER_VARIANTS;

export const PROVIDER_VARIANT_NAMES = Object.keys(PROVIDER_VARIANTS) as [ProviderVariantName, ...ProviderVariantName[]];

/** Which variants are switched on, in one sandbox. */
export class ProviderVariants {
  #active = new Set<ProviderVariantName>();

  /** True when `name` is on. */
  isOn(name: ProviderVariantName): boolean {
    return this.#active.has(name);
  }

  /** True when any variant is on (the middleware's fast path). */
  any(): boolean {
    return this.#active.size > 0;
  }

  /** Replaces the set of active variants. */
  set(names: readonly ProviderVariantName[]): void {
    this.#active = new Set(names);
  }

  /** Every variant with its state, in a stable order. */
  list() {
    return PROVIDER_VARIANT_NAMES.map((name) => ({ name, active: this.#active.has(name), ...PROVIDER_VARIANTS[name] }));
  }

  /** Switches every variant off. */
  reset(): void {
    this.#active.clear();
  }
}
