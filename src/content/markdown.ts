/**
 * Markdown → what the reader renders: HTML segments with Try-it blocks cut out
 * between them, plus the headings for the outline. Runs at build time only (inside
 * the content Vite plugin), so neither marked nor highlight.js reaches the browser.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { ContentError } from './content-error.ts';
import { escapeHtml, highlightCode } from './highlight.ts';
import { createSlugger } from './slug.ts';
import { isTryItInfo, parseTryIt } from './try-it.ts';
import type { Heading, Segment } from './types.ts';

export interface RenderedMarkdown {
  segments: Segment[];
  headings: Heading[];
}

/** Where the Markdown comes from: the file, and the file line its first line sits on (after frontmatter). */
export interface SourcePlace {
  file: string;
  line: number;
}

/** Renders Markdown into segments and headings; throws a ContentError with file and line on a malformed Try-it block. */
export function renderMarkdown(markdown: string, where: SourcePlace): RenderedMarkdown {
  const headings: Heading[] = [];
  const marked = createRenderer(headings);
  const segments: Segment[] = [];
  let pending: Token[] = [];
  let line = where.line;

  const flush = () => {
    const html = marked.parser(pending);
    if (html.trim() !== '') segments.push({ kind: 'html', html });
    pending = [];
  };

  for (const token of marked.lexer(markdown.replace(/\r\n?/g, '\n'))) {
    if (token.type === 'code' && isTryItInfo((token as Tokens.Code).lang ?? '')) {
      flush();
      const fenceLine = line + leadingNewlines(token.raw);
      segments.push({ kind: 'try-it', request: parseTryIt((token as Tokens.Code).lang ?? '', (token as Tokens.Code).text, { file: where.file, line: fenceLine }) });
    } else {
      rejectNestedTryIt(marked, token, where.file, line);
      pending.push(token);
    }
    line += countNewlines(token.raw);
  }
  flush();
  return { segments, headings };
}

/** Renders a small Markdown fragment (a hint, a list item) to HTML with the same code highlighting. */
export function renderFragment(tokens: Token[]): string {
  return createRenderer([]).parser(tokens);
}

// One Marked instance per document: heading ids must be unique within the document only.
function createRenderer(headings: Heading[]): Marked {
  const slug = createSlugger();
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const text = decodeEntities(this.parser.parseInline(tokens, this.parser.textRenderer)).trim();
        const id = slug(text);
        headings.push({ depth, text, id });
        // h2/h3 get a visible anchor so a reader can link a colleague to the section.
        const anchor =
          depth === 2 || depth === 3
            ? ` <a class="heading-anchor" href="#${id}" aria-label="Link to this section: ${escapeHtml(text)}">#</a>`
            : '';
        return `<h${depth} id="${id}">${inner}${anchor}</h${depth}>\n`;
      },
      code({ text, lang }) {
        return highlightCode(text, lang ?? '');
      },
    },
  });
}

// A Try-it block inside a list or a quote would silently render as plain code; say so instead.
function rejectNestedTryIt(marked: Marked, token: Token, file: string, line: number): void {
  marked.walkTokens([token], (inner) => {
    if (inner !== token && inner.type === 'code' && isTryItInfo((inner as Tokens.Code).lang ?? '')) {
      throw new ContentError(file, line, 'a Try-it block must stand on its own, not inside a list or a quote; move it out and leave a blank line before it.');
    }
  });
}

function countNewlines(text: string): number {
  let n = 0;
  for (const c of text) if (c === '\n') n++;
  return n;
}

function leadingNewlines(text: string): number {
  return text.length - text.replace(/^\n+/, '').length;
}

// The text renderer keeps marked's HTML escaping (&amp;, &#39;); headings' plain text should not.
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? _);
}
