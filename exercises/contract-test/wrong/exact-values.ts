// Wrong: the contract copies one real answer word for word. The id, the creation time
// and the name of whoever the state created differ on every run, so it fails against
// the real provider: exact values belong only where the value really is fixed.
export function usersContract(match: Matchers): ContractInteraction[] {
  return [
    {
      description: 'a request for one user',
      providerStates: [{ name: 'a user exists', params: { name: 'Ada Lovelace' } }],
      request: { method: 'GET', path: match.fromProviderState('/api/v1/users/${id}', '/api/v1/users/usr_1') },
      response: {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: { data: { id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com', created_at: '2026-01-05T09:00:00.000Z' } },
      },
    },
    {
      description: 'a request to create a user',
      providerStates: [{ name: 'the email is not taken', params: { email: 'katherine@example.com' } }],
      request: { method: 'POST', path: '/api/v1/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Katherine Johnson', email: 'katherine@example.com' } },
      response: { status: 201, headers: { Location: '/api/v1/users/usr_4' }, body: { data: { id: 'usr_4', name: 'Katherine Johnson' } } },
    },
    {
      description: 'a request for a user who does not exist',
      providerStates: [{ name: 'the user does not exist', params: { id: 'usr_999' } }],
      request: { method: 'GET', path: '/api/v1/users/usr_999' },
      response: { status: 404 },
    },
  ];
}
