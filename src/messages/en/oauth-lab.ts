/** The OAuth 2.0 + PKCE lab (/labs/oauth): its eight steps and the authorization server's log. */
export const oauthLab = {
  documentTitle: 'OAuth 2.0 + PKCE lab · API Design Workbench',
  title: 'OAuth 2.0 with PKCE, step by step',
  intro:
    'Sign in to the sandbox’s authorization server as one of its demo users, get an access token and a refresh token, use them, rotate them, and watch reuse detection revoke a stolen refresh token. The client here is {client}, a public client: it runs in your browser and has no secret, which is exactly the case PKCE was made for. {chapter} explains each decision.',
  chapterLink: 'Chapter 6',
  memoryNote:
    'The sandbox runs in this tab’s memory. Redirects that come back to this app are followed inside the app, so the authorization server keeps its pending requests and codes; a page reload starts a fresh sandbox and a new flow.',
  sending: 'Sending…',
  startNewFlow: 'Start a new flow',
  clockSource: (source: 'sandbox' | 'browser') =>
    `Times use the ${source === 'sandbox' ? 'sandbox’s clock' : 'browser’s clock (the sandbox clock could not be read)'}.`,
  problems: {
    unreachable: (error: string) => `The sandbox could not be reached: ${error}`,
    storageBlocked:
      'sessionStorage is blocked in this browser, so the verifier cannot survive the trip to the consent page. Allow site data for this origin and try again.',
    noVerifier: 'No verifier is stored for this tab: make one in step 1 first.',
    verifierGone: 'The verifier is gone from this tab (a new tab, or storage cleared): start again from step 1.',
  },
  stepStatus: { todo: 'to do', done: 'done', failed: 'failed' },
  exchange: { request: 'Request', response: 'Response' },

  step1: {
    title: 'Make a code verifier and its challenge',
    secret:
      'The client invents a secret for this one sign-in, the {verifier} (32 random bytes from {random}, base64url), and sends only its SHA-256 hash, the {challenge}. At the end it proves it started the flow by revealing the verifier. Someone who intercepts the code on its way back has no verifier, and cannot work one out from the challenge. {s256} is the only method to use: {plain} would put the verifier itself in the URL.',
    verifier: 'code verifier',
    challenge: 'code challenge',
    storage:
      'The verifier waits in {storage}: it must survive the trip to the consent page, belongs to this tab only, and disappears with it. It is deleted as soon as the code is exchanged.',
    makeNew: 'Make a new pair',
    make: 'Make a verifier and challenge',
    verifierTerm: 'code_verifier (secret, stays here)',
    challengeTerm: 'code_challenge = base64url(SHA-256(verifier))',
    stateTerm: 'state (ties the callback to this tab)',
  },
  step2: {
    title: 'Send the browser to the authorization server',
    text: 'The authorize URL carries the client id, the registered redirect URI, the scopes, the state and the challenge, never the verifier. The server checks the client and the redirect URI, remembers the request for ten minutes and redirects to its sign-in and consent page.',
    go: 'Go to the authorization server',
    exchangeLabel: 'Authorize request',
  },
  step3: {
    title: 'Back at the callback: check state',
    text: 'The server sends the browser back to {callback} with a one-time {code} and the {state}. A state that does not match the one this tab stored means the callback was not started here (a forged link, for example), and its code must not be used.',
    notBack: 'Not back yet.',
    stateMatches: '✓ state matches the one stored in this tab. Code: {code}',
    stateMismatch: '✗ state {received} does not match {expected}: this callback is refused.',
    missing: '(missing)',
    noFlowHere: 'any flow started in this tab',
    serverError: '✗ The authorization server answered {error}{description}. No code was issued.',
  },
  step4: {
    title: 'Exchange the code and the verifier for tokens',
    text: 'A back-channel {endpoint}, form-encoded. The server hashes the verifier and compares it with the challenge it stored with the code; the code works once, for one minute, for this client and redirect URI only. The answer carries {header}: tokens must not sit in any cache.',
    exchange: 'Exchange the code',
    exchangeLabel: 'Token request',
  },
  step5: {
    title: 'Read the access token',
    text: 'A JWT signed with ES256. Reading it needs no key (it is only base64url); trusting it needs the signature checked against the published key set and every claim below checked. Access tokens live 15 minutes; the refresh token, 7 days.',
    expiresIn: 'Expires in {time}',
    expired: 'Expired: the API will now answer 401 invalid_token. Refresh it (step 7).',
    expiryHint:
      'Want to see expiry without waiting? Move the sandbox’s clock on by 16 minutes, then call the API (step 6): it answers {status}, and a refresh (step 7) still works, because the refresh token has days left.',
    moveClock: 'Move the sandbox clock 16 minutes on',
    clockLabel: 'Clock move',
  },
  step6: {
    title: 'Call the API with it',
    text: 'The token goes in {header}. {me} shows who the API thinks is calling; the tenant route shows the data the token’s tenant and scopes reach. The same route for the other tenant answers {notFound}, exactly as for a tenant that does not exist: a {forbidden} would confirm that it does.',
    call: 'Call /api/v1/me and both tenants’ projects',
    meLabel: 'Me request',
    tenantLabel: 'Own tenant request',
    otherTenantLabel: 'Other tenant request',
  },
  step7: {
    title: 'Refresh: rotation',
    text: 'Each refresh returns a new access token {emphasis}; the one just used is dead from now on. A thief who copied an old refresh token therefore holds something that will soon be detected.',
    emphasis: 'and a new refresh token',
    refresh: 'Refresh the tokens',
    refreshLabel: 'Refresh request',
  },
  step8: {
    title: 'Replay the old refresh token',
    text: 'Pretend to be the thief: send the refresh token that step 7 retired. The server sees a spent token come back, cannot tell who is the thief and who the user, and revokes the whole family: the newest refresh token fails too, and the user signs in again.',
    replay: 'Replay the old refresh token',
    replayLabel: 'Replayed refresh request',
    thenNewest: 'Then the newest refresh token, which was valid a moment ago:',
    newestLabel: 'Newest refresh token after the replay',
  },
  log: {
    title: 'The authorization server’s log',
    text: '{endpoint}, newest first: what the server decided at each step, including the refusals a client never sees in detail.',
    readAgain: 'Read the log again',
    empty: 'Nothing yet: start a flow.',
    readFailed: (status: number) => `GET /api/v1/sandbox/oauth-log answered HTTP ${status}.`,
    columns: { time: 'Time', step: 'Step', client: 'Client', outcome: 'Outcome', detail: 'Detail' },
  },
};
