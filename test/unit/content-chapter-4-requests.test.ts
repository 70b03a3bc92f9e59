import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { loadChapter } from '../../src/content/catalog';
import { send, tryItFinder } from './chapter-requests';

// Chapter 4 describes what each of its Try-it blocks answers; these tests hold it to that.
const byTitle = tryItFinder('grpc');
const token: [string, string] = ['Authorization', 'Bearer demo-token'];

describe('chapter 4: calling the service over Connect', () => {
  it('gets a user with a JSON POST, and with a cacheable GET', async () => {
    const sandbox = createSandbox();
    const post = await send(sandbox, await byTitle('GetUser over the Connect protocol'));
    expect(post.status).toBe(200);
    expect(post.json).toMatchObject({ id: 'usr_1', email: 'ada@example.com', createTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const get = await send(sandbox, await byTitle('GetUser as a cacheable GET'));
    expect([get.status, get.json.id]).toEqual([200, 'usr_2']);
  });

  it('pages with an opaque token: two users, then the last one and no next token', async () => {
    const sandbox = createSandbox();
    const first = await byTitle('The first page of users');
    const page1 = await send(sandbox, first);
    expect(page1.json.users).toHaveLength(2);
    expect(page1.json.totalSize).toBe(3);
    expect(page1.json.nextPageToken).toEqual(expect.any(String));
    const body = JSON.stringify({ ...JSON.parse(first.body!), pageToken: page1.json.nextPageToken });
    const page2 = await send(sandbox, { ...first, body });
    expect(page2.json.users).toHaveLength(1);
    expect(page2.json).not.toHaveProperty('nextPageToken');
  });

  it('refuses a page token it never issued, naming page_token', async () => {
    const { status, json } = await send(createSandbox(), await byTitle('A page token the server never issued'));
    expect([status, json.code]).toEqual([400, 'invalid_argument']);
    expect(json.details[0].debug.fieldViolations[0].field).toBe('page_token');
  });

  it('changes only the masked field, and refuses a mask naming id', async () => {
    const sandbox = createSandbox();
    const updated = await send(sandbox, await byTitle('Change one field with an update mask'));
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id: 'usr_1', name: 'Augusta Ada King', email: 'ada@example.com' });
    const refused = await send(sandbox, await byTitle('An update mask naming an output-only field'));
    expect([refused.status, refused.json.code]).toEqual([400, 'invalid_argument']);
    expect(refused.json.details[0].debug.fieldViolations[0].field).toBe('update_mask');
  });
});

describe('chapter 4: errors and interceptors', () => {
  it('answers an unknown user with not_found (HTTP 404)', async () => {
    const { status, json } = await send(createSandbox(), await byTitle('A user that does not exist'));
    expect([status, json.code]).toEqual([404, 'not_found']);
  });

  it('lists both invalid fields in one google.rpc.BadRequest detail', async () => {
    const { status, json } = await send(createSandbox(), await byTitle('Two invalid fields at once'));
    expect([status, json.code]).toEqual([400, 'invalid_argument']);
    expect(json.details).toHaveLength(1);
    expect(json.details[0].type).toBe('google.rpc.BadRequest');
    expect(json.details[0].debug.fieldViolations.map((v: { field: string }) => v.field).sort()).toEqual(['user.email', 'user.name']);
  });

  it('refuses a misspelt field instead of ignoring it', async () => {
    const { status, json } = await send(createSandbox(), await byTitle('A misspelt field name'));
    expect([status, json.code]).toEqual([400, 'invalid_argument']);
    expect(json.message).toContain('"ID"');
  });

  it('refuses a delete without the token, and deletes with it', async () => {
    const sandbox = createSandbox();
    const request = await byTitle('A change without credentials');
    const refused = await send(sandbox, request);
    expect([refused.status, refused.json.code]).toEqual([401, 'unauthenticated']);
    expect(refused.json.message).toContain('authorization: Bearer demo-token');
    const deleted = await send(sandbox, { ...request, headers: [...request.headers, token] });
    expect([deleted.status, deleted.json]).toEqual([200, {}]);
    const rest = await sandbox.fetch(new Request('http://sandbox.local/api/v1/users/usr_3'));
    expect(rest.status).toBe(404);
  });

  it('logs every call, refused ones included, newest first with codes and sizes', async () => {
    const sandbox = createSandbox();
    await send(sandbox, await byTitle('GetUser over the Connect protocol'));
    await send(sandbox, await byTitle('A change without credentials'));
    const { status, json } = await send(sandbox, await byTitle('The gRPC call log'));
    expect(status).toBe(200);
    expect(json.data.map((c: { procedure: string; code: string }) => [c.procedure, c.code])).toEqual([
      ['/user.v1.UserService/DeleteUser', 'unauthenticated'],
      ['/user.v1.UserService/GetUser', 'ok'],
    ]);
    expect(json.data[1]).toMatchObject({ protocol: 'connect', codec: 'json', response_messages: 1, response_bytes: expect.any(Number) });
    expect(json.data[1].response_bytes).toBeGreaterThan(0);
  });
});

describe('chapter 4: the text', () => {
  it('shows user.proto exactly as the sandbox serves it', async () => {
    const proto = await readFile('sandbox/grpc/proto/user/v1/user.proto', 'utf8');
    const source = await readFile('content/04-grpc.md', 'utf8');
    expect(source).toContain('```protobuf\n' + proto.trimEnd() + '\n```');
  });

  it('links the gRPC console and its JSON vs protobuf panel', async () => {
    const chapter = await loadChapter('grpc');
    const html = chapter.segments.flatMap((s) => (s.kind === 'html' ? [s.html] : [])).join('\n');
    expect(html).toContain('href="/consoles/grpc"');
    expect(html).toContain('href="/consoles/grpc#json-vs-protobuf"');
  });
});
