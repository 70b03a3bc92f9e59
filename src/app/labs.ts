/**
 * Every hands-on page outside the chapters: consoles to send requests with, labs that
 * take one pattern apart, and tools that check something you paste. The Labs page lists
 * them from here, grouped by chapter, and a unit test checks each path is a real route.
 */
import { labs } from '@messages/labs';

export interface LabEntry {
  path: string;
  title: string;
  /** The chapter whose pattern it shows. */
  chapter: number;
  kind: 'console' | 'lab' | 'tool';
  description: string;
}

const { entries } = labs;

export const LABS: readonly LabEntry[] = [
  { path: '/reference', ...entries.reference, chapter: 1, kind: 'console' },
  { path: '/tools/console', ...entries.console, chapter: 1, kind: 'console' },
  { path: '/errors', ...entries.errors, chapter: 7, kind: 'tool' },
  { path: '/labs/circuit-breaker', ...entries.circuitBreaker, chapter: 7, kind: 'lab' },
  { path: '/consoles/graphql', ...entries.graphql, chapter: 3, kind: 'console' },
  { path: '/labs/rest-vs-graphql', ...entries.restVsGraphql, chapter: 3, kind: 'lab' },
  { path: '/consoles/grpc', ...entries.grpc, chapter: 4, kind: 'console' },
  { path: '/tools/compatibility', ...entries.compatibility, chapter: 5, kind: 'tool' },
  { path: '/labs/oauth', ...entries.oauth, chapter: 6, kind: 'lab' },
  { path: '/tools/token-inspector', ...entries.tokenInspector, chapter: 6, kind: 'tool' },
  { path: '/labs/webhooks', ...entries.webhooks, chapter: 8, kind: 'lab' },
  { path: '/labs/realtime', ...entries.realtime, chapter: 8, kind: 'lab' },
  { path: '/labs/gateway', ...entries.gateway, chapter: 9, kind: 'lab' },
  { path: '/labs/bff', ...entries.bff, chapter: 9, kind: 'lab' },
  { path: '/labs/load', ...entries.load, chapter: 10, kind: 'lab' },
  { path: '/labs/monitoring', ...entries.monitoring, chapter: 11, kind: 'lab' },
  { path: '/labs/logs', ...entries.logs, chapter: 11, kind: 'tool' },
  { path: '/labs/city', ...entries.city, chapter: 12, kind: 'lab' },
  { path: '/labs/contracts', ...entries.contracts, chapter: 10, kind: 'lab' },
];

/** The entries grouped by chapter, chapters in order, entries in list order. */
export function labsByChapter(entries: readonly LabEntry[] = LABS): [number, LabEntry[]][] {
  const groups = new Map<number, LabEntry[]>();
  for (const entry of entries) groups.set(entry.chapter, [...(groups.get(entry.chapter) ?? []), entry]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}
