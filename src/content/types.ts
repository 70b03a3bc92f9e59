/**
 * Shapes of compiled content: what the content Vite plugin emits at build time and
 * what the app reads. Pure types — no parser code — so the browser bundle stays small.
 */
import type { ChapterFrontmatter, ExerciseFrontmatter } from './schema.ts';

/** One request a Try-it block sends to the sandbox, as written in the chapter. */
export interface TryItRequest {
  method: string;
  /** A path on the sandbox, e.g. `/api/v1/users?limit=2` (never another host). */
  url: string;
  /** In the order written; names keep the author's spelling. */
  headers: [name: string, value: string][];
  /** Exactly as written (it may be malformed on purpose), or null when there is none. */
  body: string | null;
  title?: string;
}

/** A run of rendered prose, or a Try-it block the reader turns into a live component. */
export type Segment = { kind: 'html'; html: string } | { kind: 'try-it'; request: TryItRequest };

/** A heading of the document; `id` is unique within it and is the anchor's target. */
export interface Heading {
  depth: number;
  text: string;
  id: string;
}

/** A chapter's table-of-contents entry (eager, tiny). */
export interface ChapterMeta {
  /** From the file name: `01-design-principles.md` → `design-principles`. */
  slug: string;
  frontmatter: ChapterFrontmatter;
}

/** A whole chapter, loaded on demand. */
export interface Chapter extends ChapterMeta {
  segments: Segment[];
  headings: Heading[];
}

/** An exercise's catalog entry (eager, tiny). */
export interface ExerciseMeta {
  /** The folder name under exercises/, equal to `frontmatter.id`. */
  id: string;
  frontmatter: ExerciseFrontmatter;
}

/** An exercise's text, loaded on demand: the task, then hints revealed one by one. */
export interface ExerciseDoc extends ExerciseMeta {
  task: Segment[];
  /** Each hint as HTML, gentlest first. */
  hints: string[];
}

/** The editable files of an exercise, as raw text. */
export interface ExerciseFiles {
  starter: string;
  solution: string;
  /** Ambient declarations (`types.d.ts`) the editor adds for type information, if any. */
  types: string | null;
  /** Name for the learner's file, e.g. `api-audit.yaml`: the exercise id plus the starter's extension. */
  filename: string;
}
