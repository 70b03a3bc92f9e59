import { describe, expect, it } from 'vitest';
import { parseItem } from 'structured-headers';
import { createManualClock, createSandbox, type Sandbox } from '../../sandbox/index';
import { send, tryItFinder, tryIts } from './chapter-requests';

// Chapter 5 describes what each of its Try-it blocks answers; these tests hold it to that.
const byTitle = tryItFinder('versioning');
const START = '2026-03-01T10:00:00Z';
const fresh = (): Sandbox => createSandbox({ clock: createManualClock(START) });
const sendTitle = async (sandbox: Sandbox, title: string) => send(sandbox, await byTitle(title));

describe('chapter 5: three places to name a version', () => {
  it('answers the path, header, Accept and query Try-its in the version each names, with Vary', async () => {
    const sandbox = fresh();
    const cases: [string, string, (data: any) => void][] = [
      ['Version 2, named in the path', '2', (data) => expect(data).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace' })],
      ['Version 3, named in a header', '3', (data) => expect(data.name).toEqual({ first: 'Ada', last: 'Lovelace' })],
      ['Version 1, named in the Accept header', '1', (data) => expect(data.name).toBe('Ada Lovelace')],
      ['Version 3, named in the query', '3', (data) => expect(data[0].links.self).toBe('/api/users/usr_1?version=3')],
      ['No version at all', '2', (data) => expect(data).toHaveProperty('first_name')],
    ];
    for (const [title, version, check] of cases) {
      const answer = await sendTitle(sandbox, title);
      expect(answer.status, title).toBe(200);
      expect(answer.headers.get('api-version'), title).toBe(version);
      expect(answer.headers.get('vary'), title).toBe('API-Version, Accept');
      check(answer.json.data);
    }
  });

  it('refuses the conflicting request and the unknown version with 400s that explain themselves', async () => {
    const sandbox = fresh();
    const conflict = await sendTitle(sandbox, 'Two versions in one request');
    expect([conflict.status, conflict.json.error.code]).toEqual([400, 'version_conflict']);
    expect(conflict.json.error.message).toMatch(/path .* version 2 .* API-Version header .* version 3/);
    const unknown = await sendTitle(sandbox, 'A version the API does not have');
    expect([unknown.status, unknown.json.error.code]).toEqual([400, 'unsupported_version']);
    expect(unknown.json.error.message).toContain('1, 2, 3');
  });
});

describe('chapter 5: one store, many representations', () => {
  it('reads the user created in v3 back in v1 with the joined name', async () => {
    const sandbox = fresh();
    const created = await sendTitle(sandbox, 'Create a user in v3');
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ id: 'usr_4', phone: '+12025550143' });
    const v1 = await sendTitle(sandbox, 'Read the same user in v1');
    expect(v1.json.data).toMatchObject({ id: 'usr_4', name: 'Katherine Johnson' });
  });

  it('stores a single name with a null last_name', async () => {
    const answer = await sendTitle(fresh(), 'A person with a single name');
    expect(answer.status).toBe(201);
    expect(answer.json.data).toMatchObject({ first_name: 'Plato', last_name: null });
  });
});

describe('chapter 5: the deprecation lifecycle', () => {
  it('walks from current to deprecated to 410 Gone and back with a reset, as the text says', async () => {
    const sandbox = fresh();
    const schedule = await sendTitle(sandbox, 'The version schedule');
    expect(schedule.json.data[0]).toMatchObject({ version: 1, status: 'current', successor: 2 });
    expect(schedule.json.data[0].migration_guide).toBe('/chapters/versioning#migrating-from-v1-to-v2');

    expect((await sendTitle(sandbox, 'Move the sandbox clock 31 days ahead')).json.offset_ms).toBe(31 * 86_400_000);
    const deprecated = await sendTitle(sandbox, 'A v1 request while v1 is deprecated');
    expect(deprecated.status).toBe(200);
    const [when] = parseItem(deprecated.headers.get('deprecation')!);
    expect((when as Date).toISOString()).toBe('2026-03-31T10:00:00.000Z');
    expect(deprecated.headers.get('sunset')).toBe('Sat, 30 May 2026 10:00:00 GMT');
    expect(deprecated.headers.get('link')).toBe('</chapters/versioning#migrating-from-v1-to-v2>; rel="deprecation"; type="text/html"');

    await sendTitle(sandbox, 'Move the clock past the sunset');
    const gone = await sendTitle(sandbox, 'A v1 request after the sunset');
    expect([gone.status, gone.json.error.code]).toEqual([410, 'version_sunset']);
    expect(gone.json.error.message).toContain('Use version 2 instead');

    expect((await sendTitle(sandbox, 'Reset the sandbox and its clock')).status).toBe(204);
    expect(new Date(sandbox.clock.now()).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect((await sendTitle(sandbox, 'A v1 request while v1 is deprecated')).headers.get('deprecation')).toBeNull();
  });

  it('has a heading for the migration guide the Link header points to', async () => {
    const { loadChapter } = await import('../../src/content/catalog');
    const chapter = await loadChapter('versioning');
    expect(JSON.stringify(chapter)).toContain('id=\\"migrating-from-v1-to-v2\\"');
  });
});

describe('chapter 5: the Slack-style messages', () => {
  it('shows the v1 post as a section block to v2, and the v2 post as a text fallback to v1', async () => {
    const sandbox = fresh();
    expect((await sendTitle(sandbox, 'Post a message the v1 way')).status).toBe(200);
    const v2 = await sendTitle(sandbox, 'Read the channel as a v2 client');
    expect(v2.json.data[0].blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Standup moves to *10:30* today.' } }]);
    expect((await sendTitle(sandbox, 'Post a message the v2 way')).status).toBe(200);
    const v1 = await sendTitle(sandbox, 'Read the channel as a v1 client');
    expect(v1.json.data[0].text).toBe('*Release 2.3* is out.\n\nNotes are in the wiki.');
    expect(v1.json.data[1].text).toBe('Standup moves to *10:30* today.');
  });

  it('sends every Try-it of the chapter without a server error, in reading order', async () => {
    const sandbox = fresh();
    for (const request of await tryIts('versioning')) {
      const answer = await send(sandbox, request);
      expect(answer.status, `${request.method} ${request.url}`).toBeLessThan(500);
    }
  });
});
