/** What each JWT header member and claim is for, in a line, as the lab and the inspector show it. */
export const HEADER_NOTES: Readonly<Record<string, string>> = {
  alg: 'Signature algorithm. A verifier pins the one it expects (ES256 here) and never lets the token choose.',
  typ: 'Token type: at+jwt is an access token (RFC 9068), rt+jwt a refresh token. Stops one being used as the other.',
  kid: 'Which key in the JWKS signed it, so keys can rotate without breaking tokens in flight.',
};

export const CLAIM_NOTES: Readonly<Record<string, string>> = {
  iss: 'Issuer: who made the token. Checked against the one issuer the API trusts.',
  aud: 'Audience: who the token is for. An API refuses tokens minted for someone else.',
  sub: 'Subject: the user the token acts for.',
  tid: 'Tenant: the organisation whose data the token may reach.',
  client_id: 'The application that asked for the token.',
  scope: 'What the user allowed this client to do; never more than the user’s roles allow.',
  jti: 'Unique id of this token, for logs and revocation lists.',
  sid: 'Refresh family: every token rotated from one sign-in shares it, so reuse can revoke them all.',
  iat: 'Issued at.',
  nbf: 'Not before: refused until this time.',
  exp: 'Expires: refused from this time on.',
};
