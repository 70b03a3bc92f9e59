import { http } from 'msw/http';
import { ws } from 'msw/ws';
import { REALTIME_PATH, type Sandbox } from './index';

/**
 * The MSW request handlers shared by the browser door and the Node door: requests
 * to `origin`'s /api/*, /openapi.json, /metrics (Prometheus text, chapter 11), /gateway/* (the API gateway, chapter 9), /oauth/* and /.well-known/* (the OAuth server) go to the sandbox untouched. Requests to
 * other origins, and the app's own files, are not the sandbox's business.
 * @example sandboxHandlers(sandbox, location.origin)
 */
export function sandboxHandlers(sandbox: Pick<Sandbox, 'fetch' | 'connectRealtime'>, origin: string) {
  const answer = ({ request }: { request: Request }) => sandbox.fetch(request);
  return [http.all(`${origin}/api/*`, answer), http.all(`${origin}/openapi.json`, answer), http.all(`${origin}/metrics`, answer), http.all(`${origin}/gateway/*`, answer), http.all(`${origin}/oauth/*`, answer), http.all(`${origin}/.well-known/*`, answer), realtimeHandler(sandbox, origin)];
}

/**
 * The WebSocket at REALTIME_PATH (a Fetch app cannot hold a socket, so the door does): MSW's
 * ws.link takes the connection in the page (browser) or in the process (msw/node), and the
 * sandbox's session answers every text message. Added for chapter 8's real-time feed.
 */
function realtimeHandler(sandbox: Pick<Sandbox, 'connectRealtime'>, origin: string) {
  return ws.link(`${origin.replace(/^http/, 'ws')}${REALTIME_PATH}`).addEventListener('connection', ({ client }) => {
    const session = sandbox.connectRealtime({ send: (text) => client.send(text), close: (code, reason) => client.close(code, reason) });
    client.addEventListener('message', (event) => session.receive(typeof event.data === 'string' ? event.data : null));
    client.addEventListener('close', () => session.close());
  });
}
