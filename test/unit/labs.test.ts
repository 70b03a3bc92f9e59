import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABS, labsByChapter } from '../../src/app/labs';
import { chapters } from '../../src/content/catalog';

const appSource = readFileSync(new URL('../../src/app/app.tsx', import.meta.url), 'utf8');
const routePaths = new Set([...appSource.matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]));

describe('the labs index', () => {
  it('links only to pages the app has a route for', () => {
    for (const entry of LABS) expect(routePaths, `${entry.title} → ${entry.path}`).toContain(entry.path);
  });

  it('lists each page once', () => {
    expect(new Set(LABS.map((e) => e.path)).size).toBe(LABS.length);
  });

  it('names only chapters that are published', () => {
    const published = new Set(chapters.map((c) => c.frontmatter.chapter));
    for (const entry of LABS) expect(published, `${entry.title} names chapter ${entry.chapter}`).toContain(entry.chapter);
  });

  it('groups by chapter in chapter order', () => {
    const groups = labsByChapter([
      { path: '/b', title: 'B', chapter: 7, kind: 'lab', description: '' },
      { path: '/a', title: 'A', chapter: 3, kind: 'tool', description: '' },
      { path: '/c', title: 'C', chapter: 7, kind: 'console', description: '' },
    ]);
    expect(groups.map(([chapter, entries]) => [chapter, entries.map((e) => e.path)])).toEqual([
      [3, ['/a']],
      [7, ['/b', '/c']],
    ]);
  });
});
