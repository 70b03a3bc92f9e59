/**
 * Turns loaded content into search entries: a chapter, each of its sections (the text
 * under one heading, up to the next), each exercise (title and task), and each operation
 * of the sandbox's OpenAPI document. Pure: the loading lives in load-search-index.ts.
 */
import type { Chapter, ExerciseDoc, Segment } from '../content/types';
import type { SearchEntry } from './search-entry';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Visible text of an HTML fragment (tags dropped, common entities decoded, spaces collapsed). */
export function htmlText(html: string): string {
  return html
    .replace(/<a class="heading-anchor"[^>]*>.*?<\/a>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name])
    .replace(/\s+/g, ' ')
    .trim();
}

const headingTag = /<h([23]) id="([^"]+)">/g;

/** The text under each h2/h3 of a chapter, keyed by heading id; text before the first heading under "". */
export function sectionTexts(segments: readonly Segment[]): Map<string, string> {
  const html = segments.map((s) => (s.kind === 'html' ? s.html : ' ')).join('\n');
  const texts = new Map<string, string>();
  let id = '';
  let from = 0;
  for (const match of html.matchAll(headingTag)) {
    texts.set(id, htmlText(html.slice(from, match.index)));
    id = match[2];
    from = match.index;
  }
  texts.set(id, htmlText(html.slice(from)));
  return texts;
}

/** The chapter itself (title + summary + opening text; its context `chapterNumber`) and one entry per h2/h3 section (context `inChapter`). */
export function chapterEntries(
  chapter: Pick<Chapter, 'slug' | 'frontmatter' | 'segments' | 'headings'>,
  inChapter: string,
  chapterNumber = inChapter,
): SearchEntry[] {
  const texts = sectionTexts(chapter.segments);
  const href = `/chapters/${chapter.slug}`;
  const entries: SearchEntry[] = [
    { kind: 'chapter', title: chapter.frontmatter.title, context: chapterNumber, text: `${chapter.frontmatter.summary} ${texts.get('') ?? ''}`, href },
  ];
  for (const heading of chapter.headings) {
    if (heading.depth > 3) continue;
    // The section's own text starts with its heading; drop it so the excerpt shows the prose.
    const text = (texts.get(heading.id) ?? '').replace(heading.text, '').trim();
    entries.push({ kind: 'section', title: heading.text, context: inChapter, text, href: `${href}#${heading.id}` });
  }
  return entries;
}

/** An exercise: its title, where it belongs, and the task's text. */
export function exerciseEntry(doc: Pick<ExerciseDoc, 'id' | 'frontmatter' | 'task'>, inChapter: string): SearchEntry {
  const task = doc.task.map((s) => (s.kind === 'html' ? htmlText(s.html) : `${s.request.method} ${s.request.url}`)).join(' ');
  return { kind: 'exercise', title: doc.frontmatter.title, context: inChapter, text: task, href: `/exercises/${doc.id}` };
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface OpenApiOperation {
  summary?: string;
  description?: string;
  operationId?: string;
  tags?: string[];
}

/**
 * Scalar's anchor for an operation (@scalar/workspace-store's navigation ids, checked in
 * 0.9.74): `tag/<slug of its first tag>/<METHOD><path>`, or `<METHOD><path>` when untagged.
 */
export function scalarOperationAnchor(method: string, path: string, tag: string | undefined): string {
  const id = `${method.toUpperCase()}${path}`;
  return tag ? `tag/${scalarSlug(tag)}/${id}` : id;
}

/** @scalar/helpers' slugify: lower case, letters/digits/spaces/_/- kept, runs of space, _ and - become one "-". */
export function scalarSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 255);
}

/** One entry per operation of an OpenAPI document, linking to its place on the reference page. */
export function endpointEntries(document: unknown): SearchEntry[] {
  const paths = (document as { paths?: Record<string, Record<string, unknown>> } | null)?.paths;
  if (!paths || typeof paths !== 'object') return [];
  const entries: SearchEntry[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of methods) {
      const operation = item?.[method] as OpenApiOperation | undefined;
      if (!operation || typeof operation !== 'object') continue;
      const line = `${method.toUpperCase()} ${path}`;
      entries.push({
        kind: 'endpoint',
        title: operation.summary?.trim() || line,
        context: line,
        text: [operation.operationId, ...(operation.tags ?? []), operation.description].filter(Boolean).join(' · '),
        href: `/reference#${scalarOperationAnchor(method, path, operation.tags?.[0])}`,
      });
    }
  }
  return entries;
}
