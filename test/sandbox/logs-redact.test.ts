import { describe, expect, it } from 'vitest';
import { isSecretName, redactPairs, scrub } from '../../sandbox/observability/redact';
import { RingBuffer } from '../../sandbox/observability/ring-buffer';

describe('redaction', () => {
  it('replaces values of fields named like secrets, whatever their case or separator', () => {
    for (const name of ['Authorization', 'X-API-Key', 'api_key', 'apiKey', 'password', 'client_secret', 'refresh_token', 'code_verifier', 'Cookie']) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of ['limit', 'user-agent', 'email', 'content-type']) expect(isSecretName(name), name).toBe(false);
  });

  it('keeps an Authorization scheme but never a lone credential', () => {
    expect(redactPairs([['authorization', 'Bearer abc.def']])).toEqual({ authorization: 'Bearer [REDACTED]' });
    expect(redactPairs([['authorization', 'abcdef']])).toEqual({ authorization: '[REDACTED]' });
    expect(redactPairs([['limit', '5']])).toEqual({ limit: '5' });
  });

  it('masks JWTs, API keys and Bearer credentials inside any text', () => {
    expect(scrub('token eyJhbGciOi.eyJzdWIiOjF9.c2ln was refused')).toBe('token [REDACTED] was refused');
    expect(scrub('key wbk_live_0123456789abcdef is revoked')).toBe('key [REDACTED] is revoked');
    expect(scrub('send Bearer s3cr3t-value next time')).toBe('send Bearer [REDACTED] next time');
    expect(scrub('nothing secret here')).toBe('nothing secret here');
  });
});

describe('RingBuffer', () => {
  it('keeps only the newest items, oldest first, and counts what it dropped', () => {
    const buffer = new RingBuffer<number>(3);
    for (let i = 1; i <= 10; i++) buffer.push(i);
    expect(buffer.toArray()).toEqual([8, 9, 10]);
    expect(buffer.dropped).toBe(7);
    buffer.clear();
    expect(buffer.toArray()).toEqual([]);
  });
});
