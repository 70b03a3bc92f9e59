/** The token inspector (/tools/token-inspector) and the JWT decoder's explanations of a broken token. */
export const tokenInspector = {
  documentTitle: 'Token inspector · API Design Workbench',
  title: 'Token inspector',
  intro:
    'Paste a JWT to see its header and claims, and whether the sandbox would accept it, check by check. Decoding happens in this page; the only request is to the sandbox running in this tab. No token yet? {link}.',
  oauthLabLink: 'Get one in the OAuth lab',
  fieldLabel: 'JSON Web Token',
  fieldHint: 'Three base64url parts separated by dots. A leading “Bearer ” is ignored.',
  inspect: 'Inspect',
  asking: 'Asking the sandbox…',
  unreachable: (error: string) => `The sandbox could not be reached: ${error}`,
  notReadable: 'Not a readable JWT',
  tokenAround: (position: number) => `The token around character ${position}`,
  accepted: '✓ The sandbox would accept this token',
  refused: '✗ The sandbox would refuse this token',
  checkPassed: 'passed',
  checkFailed: 'failed',
  inspectionLabel: 'Inspection request',
  decodedTitle: 'What the token says',
  decodedNote: (signatureBytes: number, source: 'sandbox' | 'browser') =>
    `Decoded, not verified: anyone can write anything here. Signature ${signatureBytes} bytes. Times use the ${source === 'sandbox' ? 'sandbox’s clock' : 'browser’s clock'}.`,
  /** The sandbox's checks, by the name its inspection endpoint gives them. */
  checkNames: {
    signature: 'Signature',
    algorithm: 'Algorithm pinned to ES256',
    type: 'Token type (at+jwt)',
    expiry: 'Not expired (exp)',
    not_before: 'Already valid (nbf)',
    issuer: 'Issuer (iss)',
    audience: 'Audience (aud)',
    revocation: 'Not revoked',
  } as Readonly<Record<string, string>>,
  /** Where and why a pasted token cannot be decoded; `part` is header, payload or signature. */
  decode: {
    empty: 'Paste a token: three base64url parts separated by dots, header.payload.signature.',
    partCount: (parts: number) =>
      `The token has ${parts} part${parts === 1 ? '' : 's'} separated by dots; a signed JWT has exactly 3 (header.payload.signature).${parts === 5 ? ' Five parts is an encrypted JWE, which this inspector cannot open.' : ''}`,
    emptyPart: (part: string, index: number) => `The ${part} (part ${index}) is empty.`,
    notBase64url: (part: string, index: number, char: string, position: number) =>
      `The ${part} (part ${index}) has ${char === ' ' ? 'a space' : `"${char}"`} at character ${position} of the token, which is not base64url (only A–Z, a–z, 0–9, - and _ belong there). Was the token cut or wrapped when it was copied?`,
    unsigned: 'The signature (part 3) is empty: an unsigned token ("alg": "none") must never be accepted.',
    notUtf8: (part: string) => `The ${part} decodes to bytes that are not UTF-8 text, so it cannot be JSON.`,
    notJson: (part: string, quoted: string, reason: string) => `The ${part} decodes to ${quoted}, which is not JSON (${reason}).`,
    notObject: (part: string) => `The ${part} is JSON but not an object: a JWT ${part} must be {"…": …}.`,
  },
};
