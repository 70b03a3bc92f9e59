/**
 * Build-time code highlighting. highlight.js emits `hljs-*` classes; the colours live
 * in src/reader/reader.css as theme variables, so highlighting follows light/dark mode
 * and no highlighter ships to the browser.
 */
import hljs from 'highlight.js';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

/**
 * Renders a fenced code block as `<pre><code>` with highlight.js classes; unknown languages stay plain.
 * tabindex="0": a long line makes the block scroll sideways, and keyboard users can only
 * scroll what they can focus (WCAG 2.1.1; axe rule scrollable-region-focusable).
 */
export function highlightCode(code: string, info: string): string {
  const lang = info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const known = lang !== '' && hljs.getLanguage(lang) !== undefined;
  const html = known ? hljs.highlight(code, { language: lang, ignoreIllegals: true }).value : escapeHtml(code);
  const label = lang ? ` data-lang="${escapeHtml(lang)}"` : '';
  return `<pre class="code-block"${label} tabindex="0"><code class="hljs${known ? ` language-${lang}` : ''}">${html}</code></pre>\n`;
}
