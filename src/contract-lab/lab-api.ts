import { contractLabChecks as checks } from '@messages/contract-lab-checks';
import { sandboxReady } from '../app/sandbox-ready';
import type { ProviderFetch } from './provider-states';

/**
 * The contract lab's calls to the in-browser sandbox: the provider under test, reached
 * with the page's own fetch (answered by the service worker), and the variant switches.
 */

export interface ProviderVariant {
  name: string;
  active: boolean;
  breaks: string;
  description: string;
}

const variantsPath = '/api/v1/sandbox/provider-variants';

/** The provider, as the verifier reaches it. */
export const browserProvider: ProviderFetch = async (path, init) => {
  await sandboxReady();
  return fetch(path, init);
};

async function variantsFrom(response: Response): Promise<ProviderVariant[]> {
  const body = (await response.json()) as { variants?: ProviderVariant[]; error?: { message: string } };
  if (!response.ok || !body.variants) throw new Error(body.error?.message ?? checks.verify.variantsFailed(response.status));
  return body.variants;
}

/** Every provider variant and whether it is on. */
export async function loadVariants(): Promise<ProviderVariant[]> {
  return variantsFrom(await browserProvider(variantsPath));
}

/** Switches on exactly `active`; returns the variants after the change. */
export async function saveVariants(active: string[]): Promise<ProviderVariant[]> {
  return variantsFrom(await browserProvider(variantsPath, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ active }) }));
}
