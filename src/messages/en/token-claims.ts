/** A decoded JWT as the OAuth lab and the token inspector show it: table headings, claim notes, times in words. */

// Plural in one place so each sentence below reads whole.
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export const tokenClaims = {
  headerTitle: 'Header',
  claimsTitle: 'Claims',
  columns: { name: 'Name', value: 'Value', meaning: 'Meaning' },
  headerNotes: {
    alg: 'Signature algorithm. A verifier pins the one it expects (ES256 here) and never lets the token choose.',
    typ: 'Token type: at+jwt is an access token (RFC 9068), rt+jwt a refresh token. Stops one being used as the other.',
    kid: 'Which key in the JWKS signed it, so keys can rotate without breaking tokens in flight.',
  } as Readonly<Record<string, string>>,
  claimNotes: {
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
  } as Readonly<Record<string, string>>,
  /** Durations: "45 s", "14 min", "3 h 5 min", "7 days". */
  duration: {
    seconds: (n: number) => `${n} s`,
    minutes: (n: number) => `${n} min`,
    hours: (hours: number, minutes: number) => `${hours} h${minutes ? ` ${minutes} min` : ''}`,
    days,
  },
  /** How a time claim relates to now; `span` is a duration already in words. */
  relative: {
    expiresIn: (span: string) => `expires in ${span}`,
    expiredAgo: (span: string) => `expired ${span} ago`,
    notValidFor: (span: string) => `not valid for another ${span}`,
    validSince: (span: string) => `valid since ${span} ago`,
    issuedInFuture: (span: string) => `issued ${span} in the future (a clock problem)`,
    issuedAgo: (span: string) => `issued ${span} ago`,
  },
};
