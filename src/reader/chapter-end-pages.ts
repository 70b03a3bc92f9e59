/**
 * Which sandbox pages a chapter uses: the labs, consoles and tools it links to in its
 * text, plus those src/app/labs.ts files under its chapter number. Derived, not listed
 * in frontmatter, so the list cannot drift from the text: a link added to the chapter
 * shows up at its end, and labs.ts stays the one register of sandbox pages.
 */
import type { LabEntry } from '../app/labs';

const hrefPattern = /href="(\/[^"#?]*)/g;

/** The internal paths linked from some HTML, in order of first appearance. */
export function internalLinks(html: string): string[] {
  return [...new Set([...html.matchAll(hrefPattern)].map((m) => m[1]))];
}

/** The sandbox pages of chapter `chapter`, in the order labs.ts lists them. */
export function sandboxPagesOf(chapter: number, htmls: readonly string[], labs: readonly LabEntry[]): LabEntry[] {
  const linked = new Set(htmls.flatMap(internalLinks));
  const linksTo = (lab: LabEntry) => [...linked].some((path) => path === lab.path || path.startsWith(`${lab.path}/`));
  return labs.filter((lab) => lab.chapter === chapter || linksTo(lab));
}
