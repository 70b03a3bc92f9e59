/** One thing search can find: a chapter, a section of one, an exercise, or a sandbox endpoint. */
export type SearchKind = 'chapter' | 'section' | 'exercise' | 'endpoint';

export interface SearchEntry {
  kind: SearchKind;
  /** What the result shows first: a heading, an exercise title, an endpoint's summary. */
  title: string;
  /** Where it is: "Chapter 2 · REST", "GET /api/v1/users". Matched with less weight than the title. */
  context: string;
  /** Body text, matched with the least weight and quoted around the match. */
  text: string;
  /** App path to open, e.g. `/chapters/rest#pagination` or `/reference#tag/users/GET/api/v1/users`. */
  href: string;
}

/** A ranked result: the entry plus a short excerpt of its text around the first match (or null). */
export interface SearchResult {
  entry: SearchEntry;
  score: number;
  excerpt: string | null;
}
