/**
 * What one channel of the real-time lab has seen: the events it received (each once,
 * by id), how many HTTP requests or connections it took, how many bytes came and went,
 * and how long each event took from happening in the sandbox to reaching the page.
 * Pure functions, so the four channels count the same way.
 */

import { realtimeLab } from '@messages/realtime-lab';

/** An event as every channel delivers it (the sandbox's Event schema). */
export interface FeedEvent {
  id: number;
  type: string;
  data: Record<string, unknown>;
  occurred_at: string;
}

export interface ReceivedEvent {
  event: FeedEvent;
  /** Milliseconds from occurred_at to arrival in the page. */
  latencyMs: number;
}

export interface ChannelLog {
  /** Newest first. */
  received: ReceivedEvent[];
  requests: number;
  bytes: number;
  /** The id of the newest event received: where this channel resumes from. */
  lastId: number;
  error: string | null;
}

/** How many events a column keeps on screen. */
export const SHOWN_EVENTS = 40;

/** An empty log that will receive events after `startAfter`. */
export function emptyLog(startAfter: number): ChannelLog {
  return { received: [], requests: 0, bytes: 0, lastId: startAfter, error: null };
}

/** Adds newly arrived events (ignoring ids already seen) stamped with their latency at `now`. */
export function receive(log: ChannelLog, events: readonly FeedEvent[], now: number): ChannelLog {
  const fresh = events.filter((event) => event.id > log.lastId).sort((a, b) => a.id - b.id);
  if (fresh.length === 0) return log;
  const arrivals = fresh.map((event) => ({ event, latencyMs: Math.max(0, now - Date.parse(event.occurred_at)) }));
  return { ...log, received: [...arrivals.reverse(), ...log.received].slice(0, SHOWN_EVENTS), lastId: fresh.at(-1)!.id, error: null };
}

/** Counts one request (or connection) and the bytes it moved. */
export function countTraffic(log: ChannelLog, requests: number, bytes: number): ChannelLog {
  return { ...log, requests: log.requests + requests, bytes: log.bytes + bytes };
}

/** The median latency of what is on screen, or null before the first event. */
export function medianLatency(log: ChannelLog): number | null {
  if (log.received.length === 0) return null;
  const sorted = log.received.map((arrival) => arrival.latencyMs).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** UTF-8 size of a text, which is what travels on the wire. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** `1.2 kB`, `830 B`. */
export function formatBytes(bytes: number): string {
  return realtimeLab.column.bytesSize(bytes);
}

/** A one-line description of an event for the column: `order.paid ord_5 (paid)`. */
export function describeEvent(event: FeedEvent): string {
  const data = event.data;
  const order = typeof data.order_id === 'string' ? ` ${data.order_id}` : '';
  if (typeof data.step === 'number' && typeof data.steps === 'number') return `${event.type}${order} (${realtimeLab.column.step(data.step, data.steps)})`;
  return `${event.type}${order}${typeof data.status === 'string' ? ` (${data.status})` : ''}`;
}
