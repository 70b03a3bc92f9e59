// Wrong: the id is matched with a regex that accepts anything (".*" turns any value,
// numbers included, into text that matches), so a provider that starts sending numeric
// ids passes. A matcher should still say what kind of value the app can handle.
export function usersContract(match: Matchers): ContractInteraction[] {
  const user = { id: match.regex('.*', 'usr_1'), name: match.like('Ada Lovelace'), created_at: match.isoDateTime() };
  return [
    {
      description: 'a request for one user',
      providerStates: [{ name: 'a user exists' }],
      request: { method: 'GET', path: match.fromProviderState('/api/v1/users/${id}', '/api/v1/users/usr_1') },
      response: { status: 200, body: { data: user } },
    },
    {
      description: 'a request to create a user',
      providerStates: [{ name: 'the email is not taken', params: { email: 'katherine@example.com' } }],
      request: { method: 'POST', path: '/api/v1/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Katherine Johnson', email: 'katherine@example.com' } },
      response: { status: 201, headers: { Location: match.like('/api/v1/users/usr_4') }, body: { data: { ...user, name: 'Katherine Johnson' } } },
    },
    {
      description: 'a request for a user who does not exist',
      providerStates: [{ name: 'the user does not exist', params: { id: 'usr_999' } }],
      request: { method: 'GET', path: '/api/v1/users/usr_999' },
      response: { status: 404, body: { error: { code: 'resource_not_found' } } },
    },
  ];
}
