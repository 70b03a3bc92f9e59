/**
 * The contract the lab opens with: what a "users-app" consumer needs from the sandbox's
 * v1 users API, written with inline matchers (see matchers.ts). Every variant in
 * sandbox/provider-variants breaks at least one of these interactions.
 */
import { matchers as m } from './matchers';
import type { DraftContract } from './record-contract';

const user = {
  id: m.regex('usr_\\d+', 'usr_1'),
  name: m.like('Ada Lovelace'),
  email: m.like('ada@example.com'),
  created_at: m.isoDateTime(),
};

export const EXAMPLE_CONTRACT: DraftContract = {
  consumer: 'users-app',
  provider: 'workbench-sandbox',
  interactions: [
    {
      description: 'a request for one user',
      providerStates: [{ name: 'a user exists', params: { name: 'Ada Lovelace' } }],
      request: { method: 'GET', path: m.fromProviderState('/api/v1/users/${id}', '/api/v1/users/usr_1') },
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { data: user } },
    },
    {
      description: 'a request for the list of users',
      providerStates: [{ name: 'a user exists' }],
      request: { method: 'GET', path: '/api/v1/users' },
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { data: m.eachLike(user) } },
    },
    {
      description: 'a request to create a user',
      providerStates: [{ name: 'the email is not taken', params: { email: 'katherine@example.com' } }],
      request: { method: 'POST', path: '/api/v1/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Katherine Johnson', email: 'katherine@example.com' } },
      response: {
        status: 201,
        headers: { Location: m.regex('/api/v1/users/usr_\\d+', '/api/v1/users/usr_4') },
        body: { data: { ...user, name: 'Katherine Johnson', email: 'katherine@example.com' } },
      },
    },
    {
      description: 'a request for a user who does not exist',
      providerStates: [{ name: 'the user does not exist', params: { id: 'usr_999' } }],
      request: { method: 'GET', path: '/api/v1/users/usr_999' },
      response: { status: 404, body: { error: { code: 'resource_not_found', message: m.like('No user has the id "usr_999".') } } },
    },
  ],
};
