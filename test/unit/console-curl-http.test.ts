/**
 * Proves "Copy as curl" end to end: the console's command, run by a real shell with the
 * real /usr/bin/curl against the real HTTP door, sends exactly the request the console
 * would send in the browser, and gets the answer the sandbox gives in process.
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curlCommand, type CurlRequest } from '../../src/console/curl';
import { toFetchInit, toRequest, type ConsoleDraft } from '../../src/console/console-request';
import { createSandbox, type Sandbox } from '../../sandbox/index';
import { startServer, type RunningServer } from '../../sandbox/server';
import { createManualClock } from '../../sandbox/store/clock';

const run = promisify(execFile);
const START = '2026-11-24T12:00:00.000Z';

interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

let server: RunningServer;
let inProcess: Sandbox;
const seen: Seen[] = [];

beforeAll(async () => {
  // Two sandboxes on the same manual clock start: same ids, same timestamps, so answers compare exactly.
  const behindCurl = createSandbox({ clock: createManualClock(START) });
  inProcess = createSandbox({ clock: createManualClock(START) });
  const recording: Sandbox = {
    ...behindCurl,
    fetch: async (request) => {
      seen.push({ method: request.method, url: request.url, headers: new Headers(request.headers), body: await request.clone().text() });
      return behindCurl.fetch(request);
    },
  };
  server = await startServer(0, recording);
});
afterAll(() => server?.close());

/** Runs the command the way a learner pastes it: through /bin/sh, which finds curl on PATH. */
async function runInShell(command: string): Promise<{ status: number; headers: Headers; body: string }> {
  const { stdout } = await run('/bin/sh', ['-c', command], { encoding: 'utf8', timeout: 15_000 });
  // -i prints each response head; skip any interim "100 Continue" ones.
  const blocks = stdout.split('\r\n\r\n');
  while (/^HTTP\/[\d.]+ 1\d\d/.test(blocks[0]) && blocks.length > 1) blocks.shift();
  const [head, ...rest] = blocks;
  const [statusLine, ...headerLines] = head.split('\r\n');
  const headers = new Headers(headerLines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as [string, string]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

function checked(draft: ConsoleDraft): CurlRequest {
  const result = toRequest(draft);
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  return result.request;
}

async function askInProcess(request: CurlRequest) {
  const response = await inProcess.fetch(new Request(`http://127.0.0.1${request.url}`, toFetchInit(request)));
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const sentinel = join(tmpdir(), `console-curl-injected-${process.pid}`);
const awkward = `it's "quoted" $HOME \${PATH} \`touch ${sentinel}\` $(touch ${sentinel}) \\ back\\slash; & | < > * ~ !`;

describe('copy as curl, run for real', () => {
  it('GET with headers: curl gets the same answer as the in-process sandbox', async () => {
    const request = checked({
      method: 'GET',
      url: '/api/v1/users?limit=2&starting_after=usr_1',
      headers: [
        { name: 'Accept', value: 'application/json', enabled: true },
        { name: 'X-Note', value: awkward, enabled: true },
        { name: 'X-Empty', value: '', enabled: true },
      ],
      body: '',
    });
    seen.length = 0;
    const viaCurl = await runInShell(curlCommand(request, server.url));
    const direct = await askInProcess(request);

    expect(viaCurl.status).toBe(200);
    expect(viaCurl.status).toBe(direct.status);
    expect(JSON.parse(viaCurl.body)).toEqual(JSON.parse(direct.body));
    expect(viaCurl.headers.get('content-type')).toBe(direct.headers.get('content-type'));
    // The server saw the header values byte for byte: nothing expanded, nothing run.
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.get('x-note')).toBe(awkward);
    expect(seen[0].headers.get('x-empty')).toBe('');
    expect(new URL(seen[0].url).search).toBe('?limit=2&starting_after=usr_1');
    expect(existsSync(sentinel)).toBe(false);
  });

  it('POST with a multi-line JSON body full of shell characters arrives intact and creates the same user', async () => {
    const name = `O'Brien "$USER" \`touch ${sentinel}\` $(touch ${sentinel}) Zoë 🚀`.slice(0, 100);
    const body = JSON.stringify({ name, email: 'obrien@example.com' }, null, 2); // real line breaks
    const request = checked({
      method: 'POST',
      url: '/api/v1/users',
      headers: [
        { name: 'Content-Type', value: 'application/json', enabled: true },
        { name: 'Accept', value: 'application/json', enabled: true },
      ],
      body,
    });
    seen.length = 0;
    const viaCurl = await runInShell(curlCommand(request, server.url));
    const direct = await askInProcess(request);

    expect(seen[0].method).toBe('POST');
    expect(seen[0].body).toBe(body);
    expect(viaCurl.status).toBe(201);
    expect(viaCurl.status).toBe(direct.status);
    expect(viaCurl.headers.get('location')).toBe(direct.headers.get('location'));
    expect(JSON.parse(viaCurl.body)).toEqual(JSON.parse(direct.body));
    expect(JSON.parse(viaCurl.body).data.name).toBe(name.trim());
    expect(existsSync(sentinel)).toBe(false);
  });

  it('a body without Content-Type reaches the server labelled as fetch() labels it', async () => {
    const request = checked({ method: 'POST', url: '/api/v1/users', headers: [], body: 'name=x' });
    seen.length = 0;
    const viaCurl = await runInShell(curlCommand(request, server.url));
    const direct = await askInProcess(request);
    expect(seen[0].headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(viaCurl.status).toBe(415);
    expect(viaCurl.status).toBe(direct.status);
  });

  it('HEAD and DELETE run too, with the same statuses as in process', async () => {
    for (const [method, url] of [['HEAD', '/api/v1/products/prd_1'], ['DELETE', '/api/v1/products/prd_2']] as const) {
      const request = checked({ method, url, headers: [], body: '' });
      const viaCurl = await runInShell(curlCommand(request, server.url));
      const direct = await askInProcess(request);
      expect(viaCurl.status, `${method} ${url}`).toBe(direct.status);
      expect(viaCurl.body).toBe('');
    }
  });

  afterAll(() => rmSync(sentinel, { force: true }));
});
