import { describe, expect, it } from 'vitest';
import { authorizePath, labRedirectUri, readCallback, redirectTarget } from '../../src/auth-lab/authorize-request';

describe('the authorize URL', () => {
  it('carries every parameter of the code flow with PKCE and never a verifier', () => {
    const path = authorizePath({ clientId: 'workbench-lab', redirectUri: labRedirectUri('http://127.0.0.1:5173'), scopes: ['projects:read', 'orders:read'], state: 'st4te', codeChallenge: 'ch4llenge' });
    const url = new URL(path, 'http://127.0.0.1:5173');
    expect(url.pathname).toBe('/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'workbench-lab',
      redirect_uri: 'http://127.0.0.1:5173/labs/oauth/callback',
      scope: 'projects:read orders:read',
      state: 'st4te',
      code_challenge: 'ch4llenge',
      code_challenge_method: 'S256',
    });
  });
});

describe('the callback', () => {
  it('accepts a code whose state matches the one this tab stored', () => {
    expect(readCallback('?code=abc&state=s1', 's1')).toEqual({ kind: 'code', code: 'abc', state: 's1' });
  });

  it('refuses a code with another state, or when this tab started no flow', () => {
    expect(readCallback('?code=abc&state=evil', 's1')).toEqual({ kind: 'state-mismatch', expected: 's1', received: 'evil' });
    expect(readCallback('?code=abc', 's1')).toMatchObject({ kind: 'state-mismatch', received: null });
    expect(readCallback('?code=abc&state=s1', null)).toMatchObject({ kind: 'state-mismatch', expected: null });
  });

  it('reads an error redirect, after checking its state too', () => {
    expect(readCallback('?error=access_denied&error_description=The+user+said+no&state=s1', 's1')).toEqual({ kind: 'error', error: 'access_denied', description: 'The user said no', state: 's1' });
    expect(readCallback('?error=access_denied&state=other', 's1').kind).toBe('state-mismatch');
  });

  it('is empty before the round trip', () => {
    expect(readCallback('', 's1')).toEqual({ kind: 'empty' });
  });
});

describe('following redirect_to', () => {
  it('stays inside the app for its own origin, so the tab keeps its sandbox', () => {
    expect(redirectTarget('http://127.0.0.1:4173/labs/oauth/callback?code=c&state=s', 'http://127.0.0.1:4173')).toEqual({ kind: 'in-app', path: '/labs/oauth/callback?code=c&state=s' });
  });

  it('navigates for real to another origin', () => {
    expect(redirectTarget('https://client.example/callback?code=c', 'http://127.0.0.1:4173')).toEqual({ kind: 'navigate', url: 'https://client.example/callback?code=c' });
  });
});
