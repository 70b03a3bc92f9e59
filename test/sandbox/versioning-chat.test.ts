import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const history = (version: 1 | 2, channel = 'C01GENERAL') => call(sandbox, 'GET', `/api/v${version}/conversations.history?channel=${channel}`);

describe('Slack-style messages in two versions', () => {
  it('shows v1 clients a blocks message as a text fallback, the sections a blank line apart', async () => {
    const res = await history(1);
    expect(res.status).toBe(200);
    expect(res.body.data[0].text).toBe('*Incident resolved*: checkout latency is back to normal.\n\nPost-mortem on Thursday.');
    expect(res.body.data[0]).not.toHaveProperty('blocks');
  });

  it('shows v2 clients a text message wrapped in one mrkdwn section block', async () => {
    const res = await history(2);
    expect(res.body.data[1].blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Deploy finished: *api* v1.4.2 is live.' } }]);
    expect(res.body.data[1]).not.toHaveProperty('text');
  });

  it('lets a v2 client read what a v1 client just posted, newest first', async () => {
    const posted = await call(sandbox, 'POST', '/api/v1/chat.postMessage', { json: { channel: 'C02RANDOM', text: 'Lunch is here.' } });
    expect(posted.status).toBe(200);
    expect(posted.body.data).toMatchObject({ channel: 'C02RANDOM', text: 'Lunch is here.' });
    expect(posted.body.links.history).toBe('/api/v1/conversations.history?channel=C02RANDOM');
    const read = await history(2, 'C02RANDOM');
    expect(read.body.data).toEqual([{ ts: posted.body.data.ts, channel: 'C02RANDOM', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Lunch is here.' } }] }]);
  });

  it('lets a v1 client read what a v2 client posted', async () => {
    const blocks = [
      { type: 'section', text: { type: 'mrkdwn', text: '*Standup* in 5' } },
      { type: 'section', text: { type: 'plain_text', text: 'Room 2' } },
    ];
    const posted = await call(sandbox, 'POST', '/api/v2/chat.postMessage', { json: { channel: 'C01GENERAL', blocks } });
    expect(posted.body.data.blocks).toEqual(blocks);
    const read = await history(1);
    expect(read.body.data[0]).toEqual({ ts: posted.body.data.ts, channel: 'C01GENERAL', text: '*Standup* in 5\n\nRoom 2' });
  });

  it('gives each message a distinct, growing ts', async () => {
    const a = await call(sandbox, 'POST', '/api/v1/chat.postMessage', { json: { channel: 'C01GENERAL', text: 'one' } });
    const b = await call(sandbox, 'POST', '/api/v1/chat.postMessage', { json: { channel: 'C01GENERAL', text: 'two' } });
    expect(Number(b.body.data.ts)).toBeGreaterThan(Number(a.body.data.ts));
  });

  it('limits the history and says when more messages are older', async () => {
    const res = await call(sandbox, 'GET', '/api/v2/conversations.history?channel=C01GENERAL&limit=1');
    expect(res.body.meta).toEqual({ count: 1, has_more: true });
  });

  it('refuses v1 fields on v2 (text is not part of a v2 message) and an unknown channel', async () => {
    const v1Body = await call(sandbox, 'POST', '/api/v2/chat.postMessage', { json: { channel: 'C01GENERAL', text: 'hi' } });
    expect(v1Body.status).toBe(422);
    expect(v1Body.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['blocks', 'text']);
    const unknown = await history(1, 'C99NOPE');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('C01GENERAL');
  });

  it('refuses a v1 method called with API-Version: 2', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/conversations.history?channel=C01GENERAL', { headers: { 'API-Version': '2' } });
    expect(res.body.error.code).toBe('version_conflict');
  });

  it('restores the two seed messages on reset', async () => {
    await call(sandbox, 'POST', '/api/v1/chat.postMessage', { json: { channel: 'C01GENERAL', text: 'temporary' } });
    sandbox.reset();
    expect((await history(1)).body.data).toHaveLength(2);
  });
});
