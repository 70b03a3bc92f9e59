import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONTRACT } from '../../src/contract-lab/example-contract';
import { matchers as m } from '../../src/contract-lab/matchers';
import { parsePact } from '../../src/contract-lab/pact-types';
import { recordContract } from '../../src/contract-lab/record-contract';

describe('recordContract', () => {
  it('writes a Pact v3 file with consumer, provider, interactions and the specification version', () => {
    const pact = recordContract(EXAMPLE_CONTRACT);
    expect(pact.consumer).toEqual({ name: 'users-app' });
    expect(pact.provider).toEqual({ name: 'workbench-sandbox' });
    expect(pact.metadata.pactSpecification.version).toBe('3.0.0');
    expect(pact.interactions).toHaveLength(4);
    expect(parsePact(JSON.parse(JSON.stringify(pact)))).toEqual(pact);
  });

  it('replaces matchers by their examples and moves their rules to matchingRules by JSONPath', () => {
    const pact = recordContract({
      interactions: [
        {
          description: 'list',
          request: { method: 'get', path: '/api/v1/users' },
          response: { status: 200, body: { data: m.eachLike({ id: m.regex('usr_\\d+', 'usr_1'), age: m.integer(3) }, 2), 'odd key': m.like('x') } },
        },
      ],
    });
    const [interaction] = pact.interactions;
    expect(interaction!.request.method).toBe('GET');
    expect(interaction!.response.body).toEqual({ data: [{ id: 'usr_1', age: 3 }, { id: 'usr_1', age: 3 }], 'odd key': 'x' });
    expect(interaction!.response.matchingRules!.body).toEqual({
      '$.data': { combine: 'AND', matchers: [{ match: 'type', min: 2 }] },
      '$.data[*].id': { combine: 'AND', matchers: [{ match: 'regex', regex: '^usr_\\d+$' }] },
      '$.data[*].age': { combine: 'AND', matchers: [{ match: 'integer' }] },
      "$['odd key']": { combine: 'AND', matchers: [{ match: 'type' }] },
    });
  });

  it('records a provider-state path as a ProviderState generator and header matchers under header', () => {
    const pact = recordContract(EXAMPLE_CONTRACT);
    const [one, , create] = pact.interactions;
    expect(one!.request.path).toBe('/api/v1/users/usr_1');
    expect(one!.request.generators).toEqual({ path: { type: 'ProviderState', expression: '/api/v1/users/${id}', dataType: 'STRING' } });
    expect(create!.response.headers).toEqual({ Location: '/api/v1/users/usr_4' });
    expect(create!.response.matchingRules!.header).toEqual({ Location: { combine: 'AND', matchers: [{ match: 'regex', regex: '^/api/v1/users/usr_\\d+$' }] } });
  });

  it('anchors regex rules at both ends, so Pact verifiers that match anywhere in the value read them the same way', () => {
    const rulesFor = (pattern: string) =>
      recordContract({ interactions: [{ description: 'x', request: { method: 'GET', path: '/a' }, response: { status: 200, body: { v: m.regex(pattern, 'b') } } }] })
        .interactions[0]!.response.matchingRules!.body!['$.v']!.matchers[0]!.regex;
    expect(rulesFor('a|b')).toBe('^(?:a|b)$');
    expect(rulesFor('^b$')).toBe('^b$');
  });

  it('refuses a regex whose own example does not match, naming where it is', () => {
    expect(() =>
      recordContract({ interactions: [{ description: 'x', request: { method: 'GET', path: '/a' }, response: { status: 200, body: { id: m.regex('usr_\\d+', 'user-1') } } }] }),
    ).toThrow(/contract\.interactions\[0\]\.response\.body\.id: the example "user-1" does not match its own regex/);
  });

  it('refuses two interactions with the same description and a path without a slash', () => {
    const twice = { description: 'same', request: { method: 'GET', path: '/a' }, response: { status: 200 } };
    expect(() => recordContract({ interactions: [twice, twice] })).toThrow(/"same" is used twice/);
    expect(() => recordContract({ interactions: [{ ...twice, request: { method: 'GET', path: 'users' } }] })).toThrow(/contract\.interactions\[0\]\.request\.path/);
  });

  it('refuses a file that is not Pact v3, saying what is missing', () => {
    expect(() => parsePact({ consumer: { name: 'a' }, provider: { name: 'b' }, interactions: [], metadata: { pactSpecification: { version: '2.0.0' } } })).toThrow(
      /pact\.interactions.*pact\.metadata\.pactSpecification\.version/,
    );
  });
});
