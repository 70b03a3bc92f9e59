/**
 * Compiles one content file into the data the app imports: a chapter
 * (`content/NN-slug.md`) or an exercise text (`exercises/<id>/exercise.md`).
 * Build time only; every problem is a ContentError naming the file and line.
 */
import { Marked, type Tokens } from 'marked';
import { ContentError } from './content-error.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { renderFragment, renderMarkdown } from './markdown.ts';
import { chapterFrontmatterSchema, exerciseFrontmatterSchema } from './schema.ts';
import type { Chapter, ChapterMeta, ExerciseDoc, ExerciseMeta } from './types.ts';

const chapterFileName = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** The slug and number a chapter file name encodes: `01-design-principles.md` → design-principles, 1. */
export function chapterFileParts(file: string): { number: number; slug: string } {
  const name = file.split(/[\\/]/).pop() ?? file;
  const match = chapterFileName.exec(name);
  if (!match) {
    throw new ContentError(file, null, `chapter files are named "NN-slug.md" (two digits, then kebab-case words), e.g. "01-design-principles.md"; rename "${name}".`);
  }
  return { number: Number(match[1]), slug: match[2] };
}

/** Reads a chapter's frontmatter only (for the eager table of contents). */
export function compileChapterMeta(source: string, file: string): ChapterMeta {
  return chapterMeta(source, file).meta;
}

/** Compiles a whole chapter: frontmatter, rendered segments and headings. */
export function compileChapter(source: string, file: string): Chapter {
  const { meta, body, bodyLine } = chapterMeta(source, file);
  const rendered = renderMarkdown(body, { file, line: bodyLine });
  // The reader shows the frontmatter title as the page's one h1; a second would break the outline.
  const h1 = rendered.headings.find((h) => h.depth === 1);
  if (h1) throw new ContentError(file, null, `the heading "# ${h1.text}" is a second title: the frontmatter title is the chapter's h1. Start sections with "##".`);
  return { ...meta, ...rendered };
}

function chapterMeta(source: string, file: string) {
  const { number, slug } = chapterFileParts(file);
  const { data, body, bodyLine } = parseFrontmatter(source, file, chapterFrontmatterSchema);
  if (data.chapter !== number) {
    throw new ContentError(file, null, `frontmatter field "chapter" is ${data.chapter} but the file name starts with ${String(number).padStart(2, '0')}; make them agree.`);
  }
  return { meta: { slug, frontmatter: data }, body, bodyLine };
}

/** The exercise id an `exercises/<id>/exercise.md` path belongs to. */
export function exerciseFolderId(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 2] ?? '';
}

/** Reads an exercise's frontmatter only (for the eager catalog). */
export function compileExerciseMeta(source: string, file: string): ExerciseMeta {
  return exerciseMeta(source, file).meta;
}

/** Compiles an exercise text: the task as segments, then the hints (one HTML string each). */
export function compileExercise(source: string, file: string): ExerciseDoc {
  const { meta, body, bodyLine } = exerciseMeta(source, file);
  const { task, hints } = splitHints(body, file, bodyLine);
  return { ...meta, task: renderMarkdown(task, { file, line: bodyLine }).segments, hints };
}

function exerciseMeta(source: string, file: string) {
  const folder = exerciseFolderId(file);
  const { data, body, bodyLine } = parseFrontmatter(source, file, exerciseFrontmatterSchema);
  if (data.id !== folder) {
    throw new ContentError(file, null, `frontmatter field "id" is "${data.id}" but the folder is "${folder}"; the id must match the folder name.`);
  }
  return { meta: { id: folder, frontmatter: data }, body, bodyLine };
}

// The task is everything before "## Hints"; the hints are the ordered list under it.
function splitHints(body: string, file: string, bodyLine: number): { task: string; hints: string[] } {
  const tokens = new Marked({ gfm: true }).lexer(body);
  const at = tokens.findIndex((t) => t.type === 'heading' && (t as Tokens.Heading).depth === 2 && t.text.trim().toLowerCase() === 'hints');
  if (at === -1) {
    throw new ContentError(file, null, 'an exercise needs a "## Hints" section at the end: the heading, then an ordered list (1. 2. 3.) from gentle nudge to near-answer.');
  }
  const offset = tokens.slice(0, at).reduce((n, t) => n + t.raw.length, 0);
  const hintsLine = bodyLine + body.slice(0, offset).split('\n').length - 1;
  const rest = tokens.slice(at + 1).filter((t) => t.type !== 'space');
  const list = rest[0] as Tokens.List | undefined;
  if (rest.length !== 1 || list?.type !== 'list' || !list.ordered || list.items.length === 0) {
    throw new ContentError(file, hintsLine, 'under "## Hints" write exactly one ordered list (1. 2. 3.), one hint per item, and nothing after it.');
  }
  return { task: body.slice(0, offset), hints: list.items.map((item) => renderFragment(item.tokens)) };
}
