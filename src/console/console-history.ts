/**
 * The console's history: the last requests sent, newest first, kept in localStorage so
 * they survive a reload. What is read back is checked against a schema, entry by entry:
 * a damaged or hand-edited entry is dropped, the others stay; storage failures never stop
 * a request from being sent.
 */
import { z } from 'zod';
import { consoleMethods, type ConsoleDraft } from './console-request';

/** Storage key, in the app's "workbench.<what>.v<n>" style. */
export const historyKey = 'workbench.console-history.v1';
/** How many requests are kept. */
export const HISTORY_LIMIT = 20;

const draftSchema = z.object({
  method: z.enum(consoleMethods).describe('The HTTP method.'),
  url: z.string().min(1).max(4000).describe('A path on the sandbox.'),
  headers: z
    .array(z.object({ name: z.string().max(200), value: z.string().max(8000), enabled: z.boolean() }))
    .max(50)
    .describe('The header rows, switched-off ones included.'),
  body: z.string().max(100_000).describe('The body as typed; ignored for GET and HEAD.'),
});

const entrySchema = z.object({
  id: z.string().min(1).max(100),
  at: z.iso.datetime().describe('When it was sent.'),
  request: draftSchema,
  status: z.int().min(100).max(599).nullable().describe('The answer’s status; null when none came.'),
  ms: z.number().min(0).nullable(),
});

export type HistoryEntry = z.infer<typeof entrySchema>;
type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (a privacy setting): the history lives for this page only
  }
}

/** The valid entries of a stored value, at most HISTORY_LIMIT; anything else is dropped. */
export function parseHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const entry = entrySchema.safeParse(item);
    return entry.success ? [entry.data] : [];
  }).slice(0, HISTORY_LIMIT);
}

/** The saved history, or an empty one when nothing (readable) is stored. */
export function readHistory(store: Store | null = browserStore()): HistoryEntry[] {
  try {
    const raw = store?.getItem(historyKey);
    return raw ? parseHistory(JSON.parse(raw)) : [];
  } catch {
    return [];
  }
}

function sameRequest(a: ConsoleDraft, b: ConsoleDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The history with `entry` on top; an identical earlier request moves up instead of repeating. */
export function addEntry(entries: HistoryEntry[], entry: HistoryEntry, limit: number = HISTORY_LIMIT): HistoryEntry[] {
  return [entry, ...entries.filter((old) => !sameRequest(old.request, entry.request))].slice(0, limit);
}

/** A new entry for a request sent now. */
export function newEntry(request: ConsoleDraft, answer: { status: number; ms: number } | null, now: Date = new Date()): HistoryEntry {
  const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { id, at: now.toISOString(), request: structuredClone(request), status: answer?.status ?? null, ms: answer?.ms ?? null };
}

/** Saves the history; returns why it could not be saved (quota, storage off), or null. */
export function saveHistory(entries: HistoryEntry[], store: Store | null = browserStore()): string | null {
  if (!store) return 'storage is turned off in this browser';
  try {
    if (entries.length === 0) store.removeItem(historyKey);
    else store.setItem(historyKey, JSON.stringify(entries));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
