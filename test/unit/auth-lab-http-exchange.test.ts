import { describe, expect, it } from 'vitest';
import { formatRequest, formatResponse, type RecordedResponse } from '../../src/auth-lab/http-exchange';

const response = (over: Partial<RecordedResponse>): RecordedResponse => ({ status: 200, statusText: 'OK', headers: [], body: '', json: null, redirectedTo: null, ...over });

describe('exchanges as HTTP text', () => {
  it('writes a request line, the headers and the body after a blank line', () => {
    expect(formatRequest({ method: 'POST', path: '/oauth/token', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'grant_type=refresh_token' })).toBe(
      'POST /oauth/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=refresh_token',
    );
  });

  it('pretty-prints a JSON answer and keeps only the headers worth reading', () => {
    const text = formatResponse(
      response({ status: 400, statusText: '', headers: [['cache-control', 'no-store'], ['content-length', '40'], ['content-type', 'application/json']], json: { error: 'invalid_grant' }, body: '{"error":"invalid_grant"}' }),
    );
    expect(text).toBe('HTTP/1.1 400 Bad Request\nCache-Control: no-store\nContent-Type: application/json\n\n{\n  "error": "invalid_grant"\n}');
  });

  it('shows a redirect the browser followed as the 302 it was', () => {
    expect(formatResponse(response({ redirectedTo: '/consent?request=azr_1' }))).toBe('HTTP/1.1 302 Found\nLocation: /consent?request=azr_1');
  });
});
