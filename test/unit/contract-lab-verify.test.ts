import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/index';
import { EXAMPLE_CONTRACT } from '../../src/contract-lab/example-contract';
import { matchers as m } from '../../src/contract-lab/matchers';
import { recordContract } from '../../src/contract-lab/record-contract';
import { describeMismatch, verifyContract } from '../../src/contract-lab/verify-contract';
import type { ProviderFetch } from '../../src/contract-lab/provider-states';

const providerOf = (sandbox: Sandbox): ProviderFetch => (path, init) => sandbox.fetch(new Request(new URL(path, 'http://sandbox.local'), init));

async function sandboxWith(...active: string[]): Promise<Sandbox> {
  const sandbox = createSandbox();
  const response = await providerOf(sandbox)('/api/v1/sandbox/provider-variants', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ active }) });
  expect(response.status).toBe(200);
  return sandbox;
}

const pact = recordContract(EXAMPLE_CONTRACT);

describe('verifyContract against the sandbox', () => {
  it('passes every interaction of the example contract against the real provider, twice in a row', async () => {
    const sandbox = await sandboxWith();
    for (let run = 0; run < 2; run++) {
      const results = await verifyContract(pact, providerOf(sandbox));
      expect(results.map((r) => [r.description, r.status, r.mismatches.map(describeMismatch)])).toEqual(pact.interactions.map((i) => [i.description, 'passed', []]));
    }
  });

  it('fills the provider-state id into the path', async () => {
    const [one] = await verifyContract(pact, providerOf(await sandboxWith()));
    expect(one!.request).toBe('GET /api/v1/users/usr_4');
  });

  it('reports the missing name key when the provider renames name to full_name', async () => {
    const results = await verifyContract(pact, providerOf(await sandboxWith('renamed-name-field')));
    expect(results[0]!.status).toBe('failed');
    expect(results[0]!.mismatches.map(describeMismatch)).toEqual(['body $.data.name: expected a value like "Ada Lovelace", got no such key']);
    expect(results[1]!.mismatches[0]!.path).toBe('$.data[0].name');
    expect(results[3]!.status).toBe('passed');
  });

  it('reports a number where the regex wanted a string id when ids turn numeric', async () => {
    const results = await verifyContract(pact, providerOf(await sandboxWith('numeric-ids')));
    expect(describeMismatch(results[0]!.mismatches[0]!)).toBe('body $.data.id: expected a string matching /^usr_\\d+$/, got number 4');
  });

  it('reports the missing Location header and the 200-for-missing status', async () => {
    const results = await verifyContract(pact, providerOf(await sandboxWith('missing-location-header', 'not-found-as-null')));
    expect(results.map((r) => r.status)).toEqual(['passed', 'passed', 'failed', 'failed']);
    expect(describeMismatch(results[2]!.mismatches[0]!)).toBe('header Location: expected "/api/v1/users/usr_4", got no such header');
    expect(results[3]!.mismatches.map(describeMismatch)).toContain('status: expected 404, got 200');
  });

  it('errors, naming the known states, when a provider state is unknown', async () => {
    const odd = recordContract({ interactions: [{ description: 'x', providerState: 'a cat exists', request: { method: 'GET', path: '/api/v1/users' }, response: { status: 200 } }] });
    const [result] = await verifyContract(odd, providerOf(await sandboxWith()));
    expect(result!.status).toBe('error');
    expect(describeMismatch(result!.mismatches[0]!)).toMatch(/does not know the state "a cat exists". Use one of: "a user exists"/);
  });

  it('passes a contract without body expectations against anything: the looseness the exercise rejects', async () => {
    const loose = recordContract({ interactions: [{ description: 'x', request: { method: 'GET', path: '/api/v1/users' }, response: { status: 200 } }] });
    expect((await verifyContract(loose, providerOf(await sandboxWith('renamed-name-field', 'numeric-ids'))))[0]!.status).toBe('passed');
  });

  it('holds values without a matcher to equality and lets a regex matcher accept other values', async () => {
    const strict = recordContract({
      interactions: [
        {
          description: 'ada',
          request: { method: 'GET', path: '/api/v1/users/usr_1' },
          response: { status: 200, body: { data: { id: m.regex('usr_\\d+', 'usr_7'), name: 'Grace Hopper', created_at: m.isoDateTime() } } },
        },
      ],
    });
    const [result] = await verifyContract(strict, providerOf(await sandboxWith()));
    expect(result!.mismatches.map(describeMismatch)).toEqual(['body $.data.name: expected "Grace Hopper", got "Ada Lovelace"']);
  });
});
