/**
 * The users-app's contract with the sandbox's v1 users API. Each interaction is one
 * request the app makes and what it needs back. This first draft only checks statuses,
 * so it would pass against a provider that answers anything: add what the app reads.
 *
 * @param match  the matchers: like, eachLike, regex, integer, isoDateTime, fromProviderState…
 */
export function usersContract(match: Matchers): ContractInteraction[] {
  return [
    {
      description: 'a request for one user',
      providerStates: [{ name: 'a user exists' }],
      request: { method: 'GET', path: match.fromProviderState('/api/v1/users/${id}', '/api/v1/users/usr_1') },
      response: { status: 200 },
    },
    {
      description: 'a request for the list of users',
      request: { method: 'GET', path: '/api/v1/users' },
      response: { status: 200 },
    },
  ];
}
