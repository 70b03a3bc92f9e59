import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Sandbox } from '../../sandbox/index';

/**
 * The real HTTP door in a child process, started the way `npm run sandbox` starts it
 * (`tsx sandbox/server.ts`, PORT=0 for a free port), so that its memory is its own and can
 * be read from /proc while clients load it from this process.
 */

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  pid: number;
  /** The child's resident set size now, in bytes (VmRSS in /proc/<pid>/status). */
  rss(): number;
  /** Stops the child and waits for it to exit. */
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts sandbox/server.ts with this process's Node (v24 under npx) and waits for its "listening" line. */
export async function startServerProcess(): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'sandbox/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit');
  const [first] = (await Promise.race([once(lines, 'line'), exited.then(() => [''])])) as [string];
  const match = /^Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(first);
  if (!match) {
    child.kill('SIGTERM');
    throw new Error(`sandbox/server.ts did not start: its first line was ${JSON.stringify(first)}. Run \`npm run sandbox\` to see why.`);
  }
  lines.on('line', () => {}); // keep reading, so a chatty server never blocks on a full pipe
  return {
    url: match[1]!,
    pid: child.pid!,
    rss: () => rssOf(child.pid!),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** VmRSS of a process, in bytes. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!kilobytes) throw new Error(`/proc/${pid}/status has no VmRSS line: is the process still running?`);
  return Number(kilobytes[1]) * 1024;
}

/**
 * The server as a Sandbox, for the helpers written against one (test/sandbox/oauth-helpers.ts):
 * requests addressed to any origin go to the server instead, redirects are handed back, not followed.
 */
export function remoteSandbox(url: string): Sandbox {
  return {
    fetch: async (request) => {
      const target = new URL(request.url);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
      return fetch(`${url}${target.pathname}${target.search}`, { method: request.method, headers: request.headers, body, redirect: 'manual' });
    },
    reset: () => {
      throw new Error('remoteSandbox cannot reset the server: POST /api/v1/sandbox/reset instead.');
    },
    get clock(): never {
      throw new Error('remoteSandbox has no clock object: GET or PUT /api/v1/sandbox/clock on the server instead.');
    },
    connectRealtime: () => {
      throw new Error('remoteSandbox has no realtime door: connect a WebSocket to the server instead.');
    },
  };
}
