// Wrong: every body is wrapped in like({}) "to keep the contract flexible". like() on an
// empty object asks only for an object, so renamed fields and changed types go unnoticed,
// and so does a provider that answers {}.
export function usersContract(match: Matchers): ContractInteraction[] {
  return [
    {
      description: 'a request for one user',
      providerStates: [{ name: 'a user exists' }],
      request: { method: 'GET', path: match.fromProviderState('/api/v1/users/${id}', '/api/v1/users/usr_1') },
      response: { status: 200, body: match.like({}) },
    },
    {
      description: 'a request to create a user',
      providerStates: [{ name: 'the email is not taken', params: { email: 'katherine@example.com' } }],
      request: { method: 'POST', path: '/api/v1/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Katherine Johnson', email: 'katherine@example.com' } },
      response: { status: 201, headers: { Location: match.regex('/api/v1/users/usr_\\d+', '/api/v1/users/usr_4') }, body: match.like({}) },
    },
    {
      description: 'a request for a user who does not exist',
      providerStates: [{ name: 'the user does not exist', params: { id: 'usr_999' } }],
      request: { method: 'GET', path: '/api/v1/users/usr_999' },
      response: { status: 404, body: match.like({}) },
    },
  ];
}
