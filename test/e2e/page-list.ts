/**
 * The pages to walk, derived from the app itself so the list cannot go stale: the
 * static routes of src/app/app.tsx, the labs list, every chapter and every exercise
 * of the catalog. Also the in-page recorder of Content-Security-Policy violations.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { LABS } from '../../src/app/labs';
import { chapters, exercises } from '../../src/content/catalog';

/** Every `<Route path="…">` in app.tsx without a parameter (":"), in file order. */
export async function staticRoutes(appFile = 'src/app/app.tsx'): Promise<string[]> {
  const source = await readFile(appFile, 'utf8');
  const paths = [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((match) => match[1]!);
  return paths.filter((path) => !path.includes(':'));
}

/** Every page of the app: static routes, labs, chapters and exercises, each once. */
export async function pagesToWalk(): Promise<string[]> {
  const pages = [
    ...(await staticRoutes()),
    ...LABS.map((lab) => lab.path),
    ...chapters.map((chapter) => `/chapters/${chapter.slug}`),
    ...exercises.map((exercise) => `/exercises/${exercise.id}`),
  ];
  return [...new Set(pages)];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Collects `securitypolicyviolation` events from the first moment of every document. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** The violations the current document has seen so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}
