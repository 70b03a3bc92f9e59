import { describe, expect, it } from 'vitest';
import type { LabEntry } from '../../src/app/labs';
import { LABS } from '../../src/app/labs';
import { internalLinks, sandboxPagesOf } from '../../src/reader/chapter-end-pages';

const lab = (path: string, chapter: number): LabEntry => ({ path, title: path, chapter, kind: 'lab', description: '' });
const labs = [lab('/reference', 1), lab('/errors', 7), lab('/labs/webhooks', 8), lab('/labs/realtime', 8)];

describe('internalLinks', () => {
  it('lists same-site paths once, without query or fragment, and skips other hosts and anchors', () => {
    const html = '<a href="/errors/VALIDATION_FAILED?x=1">a</a> <a href="#top">b</a> <a href="https://example.com/x">c</a> <a href="/errors/VALIDATION_FAILED#y">d</a>';
    expect(internalLinks(html)).toEqual(['/errors/VALIDATION_FAILED']);
  });
});

describe('sandboxPagesOf', () => {
  it('includes the pages filed under the chapter and the ones its text links to, in labs.ts order', () => {
    const pages = sandboxPagesOf(8, ['<p>See <a href="/errors/RATE_LIMITED">the code</a> and <a href="/reference">the reference</a>.</p>'], labs);
    expect(pages.map((p) => p.path)).toEqual(['/reference', '/errors', '/labs/webhooks', '/labs/realtime']);
  });
  it('does not take a path that only shares a prefix with a page', () => {
    expect(sandboxPagesOf(2, ['<a href="/errorsome">x</a>'], labs)).toEqual([]);
  });
  it('gives every chapter with a lab in labs.ts at least that lab', () => {
    for (const entry of LABS) expect(sandboxPagesOf(entry.chapter, [], LABS)).toContain(entry);
  });
});
