// Wrong: a careful contract for the requests that succeed, but nothing about a user who
// does not exist and nothing about the Location header. The app's "not found" screen and
// its redirect after sign-up depend on exactly those, and the contract cannot see them change.
export function usersContract(match: Matchers): ContractInteraction[] {
  const user = { id: match.regex('usr_\\d+', 'usr_1'), name: match.like('Ada Lovelace'), email: match.like('ada@example.com'), created_at: match.isoDateTime() };
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
      response: { status: 201, body: { data: { ...user, name: 'Katherine Johnson' } } },
    },
  ];
}
