import { describe, expect, it } from 'vitest';
import { ApiKeyStore, looksLikeApiKey, sha256Hex } from '../../sandbox/auth/api-keys';
import { createManualClock } from '../../sandbox/store/clock';
import { START } from './support';

const DAY = 24 * 60 * 60 * 1000;
const newKey = { userId: 'usr_1', tenantId: 'ten_acme', name: 'export', scopes: ['projects:read'] };

function store() {
  const clock = createManualClock(START);
  return { clock, keys: new ApiKeyStore(clock) };
}

describe('ApiKeyStore', () => {
  it('issues keys with the wbk_live_ prefix and 32 random bytes, different every time', async () => {
    const { keys } = store();
    const a = await keys.create(newKey);
    const b = await keys.create(newKey);
    expect(a.key).toMatch(/^wbk_live_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(looksLikeApiKey(a.key)).toBe(true);
    expect(a.record.prefix).toBe(a.key.slice(0, 13));
    expect(a.record.last4).toBe(a.key.slice(-4));
  });

  it('stores the SHA-256 of the key and never the key itself', async () => {
    const { keys } = store();
    const { key, record } = await keys.create(newKey);
    expect(record.hash).toBe(await sha256Hex(key));
    const secretPart = key.slice(record.prefix.length, -4);
    expect(JSON.stringify(keys.list())).not.toContain(secretPart);
  });

  it('finds a key by what the client sends and counts each use at the clock’s time', async () => {
    const { keys, clock } = store();
    const { key, record } = await keys.create(newKey);
    clock.advance(5_000);
    const used = await keys.use(key);
    expect(used).toMatchObject({ id: record.id, usage_count: 1, last_used_at: new Date(Date.parse(START) + 5_000).toISOString() });
    expect((await keys.use(key)).usage_count).toBe(2);
  });

  it('refuses an unknown key with 401 invalid_api_key and a Bearer challenge', async () => {
    const { keys } = store();
    await expect(keys.use('wbk_live_notakey')).rejects.toMatchObject({ code: 'invalid_api_key', status: 401, headers: { 'WWW-Authenticate': expect.stringContaining('Bearer error="invalid_token"') } });
  });

  it('refuses a revoked key, saying when it was revoked', async () => {
    const { keys } = store();
    const { key, record } = await keys.create(newKey);
    keys.revoke(record.id);
    await expect(keys.use(key)).rejects.toMatchObject({ code: 'invalid_api_key', message: expect.stringContaining('revoked') });
    expect(keys.status(keys.get(record.id)!)).toBe('revoked');
  });

  it('refuses a key from the moment it expires, not before', async () => {
    const { keys, clock } = store();
    const { key } = await keys.create({ ...newKey, expiresInDays: 1 });
    clock.advance(DAY - 1);
    await expect(keys.use(key)).resolves.toMatchObject({ usage_count: 1 });
    clock.advance(1);
    await expect(keys.use(key)).rejects.toMatchObject({ code: 'invalid_api_key', message: expect.stringContaining('expired') });
  });

  it('forgets every key on reset', async () => {
    const { keys } = store();
    const { key } = await keys.create(newKey);
    keys.reset();
    expect(keys.list()).toEqual([]);
    await expect(keys.use(key)).rejects.toMatchObject({ code: 'invalid_api_key' });
  });
});
