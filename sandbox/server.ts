import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';
import { createSandbox, REALTIME_PATH, type Sandbox } from './index';

/**
 * The HTTP door: the same sandbox on a real port, for curl, Postman or any client.
 * `npm run sandbox` (PORT=4011 npm run sandbox for another port). It only converts
 * between Node's request/response objects and the Fetch ones the sandbox speaks.
 */

const HOST = '127.0.0.1';

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  sandbox: Sandbox;
  /** Stops listening and drops open keep-alive connections. */
  close(): Promise<void>;
}

/** Starts the sandbox on 127.0.0.1; port 0 picks a free port (see `port` on the result). */
export function startServer(port: number = portFromEnv(), sandbox: Sandbox = createSandbox()): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;
    handle(sandbox, origin, req, res).catch((error: unknown) => {
      // The sandbox renders its own errors; this is only reached when the connection broke.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' }).end('The sandbox server failed to answer.');
      else res.destroy(error as Error);
    });
  });

  // WebSocket (chapter 8): the handshake arrives as an HTTP upgrade on the same port; the
  // `ws` package completes it and the sandbox's session answers. Other upgrades are refused.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://sandbox').pathname !== REALTIME_PATH) {
      socket.end(`HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\nWebSocket connections are served at ${REALTIME_PATH} only.`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (socketToClient) => {
      const session = sandbox.connectRealtime({ send: (text) => socketToClient.send(text), close: (code, reason) => socketToClient.close(code, reason) });
      socketToClient.on('message', (data, isBinary) => session.receive(isBinary ? null : data.toString()));
      socketToClient.on('close', () => session.close());
    });
  });

  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, HOST, () => {
      const actualPort = (server.address() as AddressInfo).port;
      resolveStart({
        url: `http://${HOST}:${actualPort}`,
        port: actualPort,
        sandbox,
        close: () =>
          new Promise((resolveClose, rejectClose) => {
            server.close((error) => (error ? rejectClose(error) : resolveClose()));
            server.closeAllConnections();
            for (const client of sockets.clients) client.terminate(); // upgraded sockets are no longer the HTTP server's
          }),
      });
    });
  });
}

async function handle(sandbox: Sandbox, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const aborted = new AbortController();
  res.once('close', () => aborted.abort());
  const response = await sandbox.fetch(toRequest(req, origin, aborted.signal));

  res.statusCode = response.status;
  // Iterating Headers yields each Set-Cookie on its own, so appendHeader keeps them apart.
  for (const [name, value] of response.headers) res.appendHeader(name, value);
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  // Streamed, not buffered: later chapters send server-sent events through this door.
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res);
}

function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    for (const value of values ?? []) headers.append(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal,
    duplex: 'half', // required by Fetch when the body is a stream
  } as RequestInit);
}

function portFromEnv(): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw.trim() === '') return 4010;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${raw}". Example: PORT=4011 npm run sandbox`);
  }
  return port;
}

async function main(): Promise<void> {
  let running: RunningServer;
  try {
    running = await startServer();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${process.env.PORT ?? 4010} is already in use. Stop the other process or pick another port: PORT=4011 npm run sandbox`
        : `The sandbox could not start: ${(error as Error).message}`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`Sandbox listening on ${running.url} (try: curl ${running.url}/api/v1/users)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().finally(() => process.exit(0)));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main();
}
