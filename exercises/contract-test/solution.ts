/**
 * The users-app's contract with the sandbox: the four requests it makes to the v1 users
 * API, each with what the app needs back. Values that differ from run to run (ids, dates,
 * names of created users) are matched by type or pattern; the rest are exact.
 */
export function usersContract(match: Matchers): ContractInteraction[] {
  const user = {
    id: match.regex('usr_\\d+', 'usr_1'),
    name: match.like('Ada Lovelace'),
    email: match.like('ada@example.com'),
    created_at: match.isoDateTime('2026-01-05T09:00:00.000Z'),
  };
  const json = { 'Content-Type': 'application/json' };

  return [
    {
      description: 'a request for one user',
      providerStates: [{ name: 'a user exists', params: { name: 'Ada Lovelace' } }],
      request: { method: 'GET', path: match.fromProviderState('/api/v1/users/${id}', '/api/v1/users/usr_1') },
      response: { status: 200, headers: json, body: { data: user } },
    },
    {
      description: 'a request for the list of users',
      providerStates: [{ name: 'a user exists' }],
      request: { method: 'GET', path: '/api/v1/users' },
      response: { status: 200, headers: json, body: { data: match.eachLike(user) } },
    },
    {
      description: 'a request to create a user',
      providerStates: [{ name: 'the email is not taken', params: { email: 'katherine@example.com' } }],
      request: { method: 'POST', path: '/api/v1/users', headers: json, body: { name: 'Katherine Johnson', email: 'katherine@example.com' } },
      response: {
        status: 201,
        headers: { Location: match.regex('/api/v1/users/usr_\\d+', '/api/v1/users/usr_4') },
        body: { data: { ...user, name: 'Katherine Johnson', email: 'katherine@example.com' } },
      },
    },
    {
      description: 'a request for a user who does not exist',
      providerStates: [{ name: 'the user does not exist', params: { id: 'usr_999' } }],
      request: { method: 'GET', path: '/api/v1/users/usr_999' },
      response: { status: 404, body: { error: { code: 'resource_not_found', message: match.like('No user has the id "usr_999".') } } },
    },
  ];
}
