import type { EventLog, SandboxEvent } from '../events/event-log';
import { ApiError } from '../patterns/errors';
import type { Clock } from '../store/clock';
import { readAfter } from './cursor';
import { topicMatches } from './topics';
import { ClientMessageSchema, REALTIME_PROTOCOL, type ClientMessage, type ServerMessage } from './websocket-messages';

/**
 * One WebSocket connection's conversation, independent of how the socket is carried: the
 * browser door (MSW's `ws.link`) and the HTTP door (the `ws` package) both hand incoming
 * text to `receive` and give the session a `peer` to send through. Holding no socket
 * itself, the session is tested with plain functions.
 */

/** The socket, as the session needs it. */
export interface RealtimePeer {
  send(text: string): void;
  /** Closes the socket; codes 4000–4999 are the application's own. */
  close(code: number, reason: string): void;
}

export interface RealtimeSession {
  /** Handles one message from the client: its text, or null for a binary frame (not part of the protocol). */
  receive(text: string | null): void;
  /** The socket closed: drop the subscription. Safe to call more than once. */
  close(): void;
}

/** A message larger than this is refused: nothing in the protocol needs more. */
const MAX_MESSAGE_CHARS = 4096;
/** The sent-id memory is trimmed to ids the log still keeps once it grows past twice this. */
const SENT_IDS_KEPT = 1000;

/** Drops remembered ids below the log's oldest kept one: those events can never be replayed again. */
function forgetOldIds(sent: Set<number>, oldestKeptId: number): void {
  for (const id of sent) if (id < oldestKeptId) sent.delete(id);
}

/**
 * Starts a session: greets the client and answers its messages from the event log.
 * `visible` says which events this connection may receive (see visibility.ts); the doors do
 * not authenticate sockets yet, so they pass the anonymous caller's view.
 */
export function openRealtimeSession(log: EventLog, clock: Clock, peer: RealtimePeer, visible: (event: SandboxEvent) => boolean = () => true): RealtimeSession {
  const topics = new Set<string>();
  // Ids already sent on this connection: a replay that overlaps live delivery sends each event once.
  const sent = new Set<number>();
  let unsubscribe: (() => void) | null = null;
  let closed = false;

  const send = (message: ServerMessage) => {
    if (closed) return;
    try {
      peer.send(JSON.stringify(message));
    } catch {
      // A socket that broke under us. Live events are sent from inside log.publish, that is inside
      // whatever request published them: a throw here would fail that request, so end the session instead.
      end();
    }
  };
  const deliver = (event: SandboxEvent) => {
    const topic = [...topics].find((pattern) => topicMatches(pattern, event.type));
    if (topic === undefined || sent.has(event.id) || !visible(event)) return;
    sent.add(event.id);
    if (sent.size > 2 * SENT_IDS_KEPT) forgetOldIds(sent, log.oldestKeptId);
    send({ type: 'event', topic, event });
  };

  const end = () => {
    if (closed) return;
    closed = true;
    unsubscribe?.();
    unsubscribe = null;
  };

  const subscribe = (message: Extract<ClientMessage, { type: 'subscribe' }>) => {
    // Checked before anything changes, so a refused subscribe leaves the session as it was.
    const replay = message.after === undefined ? null : readAfter(log, message.after, 'after');
    for (const pattern of message.topics) topics.add(pattern);
    unsubscribe ??= log.subscribe(deliver);
    send({ type: 'subscribed', id: message.id, topics: [...topics], after: message.after ?? null, latest_id: log.latestId, missed: replay?.missed ?? false });
    for (const event of replay?.events ?? []) deliver(event);
  };

  const unsubscribeTopics = (message: Extract<ClientMessage, { type: 'unsubscribe' }>) => {
    const removed = message.topics ?? [...topics];
    for (const pattern of removed) topics.delete(pattern);
    if (topics.size === 0) {
      unsubscribe?.();
      unsubscribe = null;
    }
    send({ type: 'unsubscribed', id: message.id, topics: [...topics] });
  };

  send({
    type: 'welcome',
    protocol: REALTIME_PROTOCOL,
    latest_id: log.latestId,
    message: 'Send {"type":"subscribe","topics":["order.*"]} to receive order events; add "after": <event id> to replay what you missed.',
  });

  return {
    receive(text) {
      if (closed) return;
      let message: ClientMessage;
      try {
        if (text === null) throw new Error(`Binary frames are not part of ${REALTIME_PROTOCOL}; send each message as JSON text.`);
        message = parseClientMessage(text);
      } catch (error) {
        send({ type: 'error', code: 'invalid_message', message: (error as Error).message });
        return;
      }
      try {
        if (message.type === 'subscribe') subscribe(message);
        else if (message.type === 'unsubscribe') unsubscribeTopics(message);
        else send({ type: 'pong', id: message.id, at: new Date(clock.now()).toISOString() });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        send({ type: 'error', id: message.id, code: error.code, message: error.message });
      }
    },
    close: () => end(),
  };
}

/** Parses and checks one client message; throws an Error whose message says what to send instead. */
function parseClientMessage(text: string): ClientMessage {
  if (text.length > MAX_MESSAGE_CHARS) throw new Error(`Messages are limited to ${MAX_MESSAGE_CHARS} characters; this one has ${text.length}.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('Every message must be a JSON object such as {"type":"subscribe","topics":["order.*"]}; this one is not valid JSON.');
  }
  const parsed = ClientMessageSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'type';
  const hint = issue.code === 'invalid_union' || where === 'type' ? ' type must be "subscribe", "unsubscribe" or "ping".' : '';
  throw new Error(`${where}: ${issue.message}.${hint}`);
}
