/**
 * Every hands-on page outside the chapters: consoles to send requests with, labs that
 * take one pattern apart, and tools that check something you paste. The Labs page lists
 * them from here, grouped by chapter, and a unit test checks each path is a real route.
 */

export interface LabEntry {
  path: string;
  title: string;
  /** The chapter whose pattern it shows. */
  chapter: number;
  kind: 'console' | 'lab' | 'tool';
  description: string;
}

export const LABS: readonly LabEntry[] = [
  { path: '/reference', title: 'API reference', chapter: 1, kind: 'console', description: 'The sandbox’s OpenAPI 3.1 document, rendered by Scalar; send any request from it.' },
  { path: '/errors', title: 'Error codes', chapter: 7, kind: 'tool', description: 'Every error the sandbox can answer with: status, meaning, and how to fix it.' },
  { path: '/labs/circuit-breaker', title: 'Circuit breaker', chapter: 7, kind: 'lab', description: 'Dial failures into a payment provider and watch the breaker open, wait and close.' },
  { path: '/consoles/graphql', title: 'GraphQL console', chapter: 3, kind: 'console', description: 'Schema-aware queries with a read counter and a DataLoader switch.' },
  { path: '/labs/rest-vs-graphql', title: 'REST vs GraphQL', chapter: 3, kind: 'lab', description: 'The same dashboard fetched both ways: round trips and bytes, measured.' },
  { path: '/consoles/grpc', title: 'gRPC console', chapter: 4, kind: 'console', description: 'Call a Connect/gRPC-Web service, compare binary and JSON sizes, watch a stream.' },
];

/** The entries grouped by chapter, chapters in order, entries in list order. */
export function labsByChapter(entries: readonly LabEntry[] = LABS): [number, LabEntry[]][] {
  const groups = new Map<number, LabEntry[]>();
  for (const entry of entries) groups.set(entry.chapter, [...(groups.get(entry.chapter) ?? []), entry]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}
