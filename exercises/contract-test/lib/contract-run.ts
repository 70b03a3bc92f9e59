/**
 * Running the learner's contract: call usersContract with the lab's matchers, record the
 * result as a Pact v3 file (through JSON, as a file on disk would be), and verify it
 * against fresh in-process sandboxes: the real provider, each broken variant, and a
 * provider that answers anything.
 */
import { createSandbox, type Sandbox } from '../../../sandbox/index';
import { matchers } from '../../../src/contract-lab/matchers';
import { parsePact, type PactFile } from '../../../src/contract-lab/pact-types';
import type { ProviderFetch } from '../../../src/contract-lab/provider-states';
import { recordContract, type DraftInteraction } from '../../../src/contract-lab/record-contract';
import { verifyContract, type InteractionResult } from '../../../src/contract-lab/verify-contract';

const origin = 'http://sandbox.local';

/** The breaking changes the contract must catch, with what each one is in a sentence. */
export const BROKEN_PROVIDERS = {
  'renamed-name-field': 'renamed `name` to `full_name` in every user',
  'numeric-ids': 'started sending user ids as numbers (4 instead of "usr_4")',
  'missing-location-header': 'stopped sending the Location header on the 201 of POST /api/v1/users',
  'not-found-as-null': 'answers a missing user with 200 and { "data": null } instead of 404',
} as const;
export type BrokenProvider = keyof typeof BROKEN_PROVIDERS;

/** The learner's contract as a Pact file, or an Error that says how to fix the export. */
export function learnerPact(exports: Record<string, unknown>): PactFile {
  const fn = exports.usersContract;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(`Export a function named usersContract (write "export function usersContract(match: Matchers): ContractInteraction[] { ... }"); ${found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'}`);
  }
  const interactions: unknown = fn(matchers);
  if (!Array.isArray(interactions)) throw new Error(`usersContract returned ${interactions === undefined ? 'nothing' : typeof interactions}; return an array of interactions.`);
  const pact = recordContract({ consumer: 'users-app', provider: 'workbench-sandbox', interactions: interactions as DraftInteraction[] });
  return parsePact(JSON.parse(JSON.stringify(pact)));
}

function providerOf(sandbox: Sandbox): ProviderFetch {
  return (path, init) => sandbox.fetch(new Request(new URL(path, origin), init));
}

/** Verifies `pact` against a fresh sandbox, with one broken variant switched on when given. */
export async function verifyAgainst(pact: PactFile, variant?: BrokenProvider): Promise<InteractionResult[]> {
  const sandbox = createSandbox();
  const provider = providerOf(sandbox);
  if (variant) {
    const response = await provider('/api/v1/sandbox/provider-variants', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ active: [variant] }) });
    if (response.status !== 200) throw new Error(`The grader could not switch on ${variant} (${response.status}); this is a bug in the grader, not in your contract.`);
  }
  return verifyContract(pact, provider);
}

/**
 * Verifies each interaction against a provider that answers every request with the
 * expected status, the expected headers and an empty JSON object. Provider states are set
 * up on a real sandbox so they cannot be what fails.
 */
export async function verifyAgainstAnything(pact: PactFile): Promise<InteractionResult[]> {
  const states = providerOf(createSandbox());
  const results: InteractionResult[] = [];
  for (const interaction of pact.interactions) {
    const { status, headers } = interaction.response;
    if (status === 204 || status === 304) continue; // no body is the right answer there
    const anything: ProviderFetch = async () => new Response('{}', { status, headers: { 'Content-Type': 'application/json', ...headers } });
    results.push(...(await verifyContract({ ...pact, interactions: [interaction] }, anything, { stateFetch: states })));
  }
  return results;
}
