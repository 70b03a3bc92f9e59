import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTarget, transformChapter, transformExercise } from '../../src/content/vite-plugin';

const chapterSource = `---
chapter: 3
title: Fixture chapter
summary: A short chapter used to test the content plugin.
minutes: 10
exercises: [fixture-exercise]
---
## Sending a request

\`\`\`http try-it title="Create a user"
POST /api/v1/users
Content-Type: application/json

{"name": "Katherine Johnson", "email": "katherine@example.com"}
\`\`\`

## Reading the answer
`;

const exerciseSource = `---
id: fixture-exercise
title: Fixture exercise
chapter: 3
section: sending-a-request
kind: openapi
minutes: 5
difficulty: beginner
---
Design a **users** collection.

## Hints

1. Start with the collection path.
2. Use \`/users/{id}\`
   for one user.
`;

/** The generated modules are \`export default <JSON>;\` — read the value back. */
function exported(code: string): unknown {
  const match = /^export default (.*);\n/s.exec(code);
  if (!match) throw new Error(`not a default-export module: ${code.slice(0, 80)}`);
  return JSON.parse(match[1]);
}

describe('transformChapter', () => {
  it('emits slug, frontmatter, segments and headings', () => {
    const chapter = exported(transformChapter(chapterSource, 'content/03-fixture-chapter.md', { variant: 'full' })) as Record<string, unknown>;
    expect(chapter.slug).toBe('fixture-chapter');
    expect(chapter.frontmatter).toEqual({ chapter: 3, title: 'Fixture chapter', summary: 'A short chapter used to test the content plugin.', minutes: 10, exercises: ['fixture-exercise'] });
    expect(chapter.headings).toEqual([
      { depth: 2, text: 'Sending a request', id: 'sending-a-request' },
      { depth: 2, text: 'Reading the answer', id: 'reading-the-answer' },
    ]);
    expect(chapter.segments).toMatchObject([
      { kind: 'html' },
      { kind: 'try-it', request: { method: 'POST', url: '/api/v1/users', headers: [['Content-Type', 'application/json']], title: 'Create a user' } },
      { kind: 'html' },
    ]);
  });

  it('emits only slug and frontmatter for ?meta', () => {
    expect(exported(transformChapter(chapterSource, 'content/03-fixture-chapter.md', { variant: 'meta' }))).toEqual({
      slug: 'fixture-chapter',
      frontmatter: expect.objectContaining({ chapter: 3 }),
    });
  });

  it('adds a self-accepting hot-reload hook only to full modules in dev', () => {
    expect(transformChapter(chapterSource, 'content/03-fixture-chapter.md', { variant: 'full', hot: true })).toContain('import.meta.hot.accept');
    expect(transformChapter(chapterSource, 'content/03-fixture-chapter.md', { variant: 'meta', hot: true })).not.toContain('import.meta.hot');
    expect(transformChapter(chapterSource, 'content/03-fixture-chapter.md', { variant: 'full' })).not.toContain('import.meta.hot');
  });

  it('fails when the file name and the chapter number disagree', () => {
    expect(() => transformChapter(chapterSource, 'content/04-fixture-chapter.md', { variant: 'meta' })).toThrow(/"chapter" is 3 but the file name starts with 04/);
  });

  it('refuses a level-1 heading, since the frontmatter title is the page title', () => {
    const withTitle = chapterSource.replace('## Sending a request', '# Fixture chapter\n\n## Sending a request');
    expect(() => transformChapter(withTitle, 'content/03-fixture-chapter.md', { variant: 'full' })).toThrow(/"# Fixture chapter" is a second title/);
  });

  it('fails on a file name without the number prefix', () => {
    expect(() => transformChapter(chapterSource, 'content/fixture.md', { variant: 'meta' })).toThrow(/named "NN-slug\.md"/);
  });

  it('reports a Try-it error at its line in the whole file, frontmatter included', () => {
    const broken = chapterSource.replace('Content-Type: application/json', 'Content-Type application/json');
    expect(() => transformChapter(broken, 'content/03-fixture-chapter.md', { variant: 'full' })).toThrow(/^content\/03-fixture-chapter\.md:12: Try-it block/);
  });
});

describe('transformExercise', () => {
  it('splits the task from the hints, one HTML string per hint', () => {
    const doc = exported(transformExercise(exerciseSource, 'exercises/fixture-exercise/exercise.md', { variant: 'full' })) as Record<string, unknown>;
    expect(doc.id).toBe('fixture-exercise');
    expect(doc.task).toEqual([{ kind: 'html', html: '<p>Design a <strong>users</strong> collection.</p>\n' }]);
    // A tight list's items render inline (no <p>), as marked renders them inside <li>.
    expect(doc.hints).toEqual(['Start with the collection path.', 'Use <code>/users/{id}</code>\nfor one user.']);
  });

  it('emits only id and frontmatter for ?meta', () => {
    const meta = exported(transformExercise(exerciseSource, 'exercises/fixture-exercise/exercise.md', { variant: 'meta' }));
    expect(meta).toEqual({ id: 'fixture-exercise', frontmatter: { id: 'fixture-exercise', title: 'Fixture exercise', chapter: 3, section: 'sending-a-request', kind: 'openapi', minutes: 5, difficulty: 'beginner' } });
  });

  it('fails when the id does not match the folder', () => {
    expect(() => transformExercise(exerciseSource, 'exercises/other/exercise.md', { variant: 'meta' })).toThrow(/"id" is "fixture-exercise" but the folder is "other"/);
  });

  it('fails when the Hints section is missing', () => {
    const source = exerciseSource.slice(0, exerciseSource.indexOf('## Hints'));
    expect(() => transformExercise(source, 'exercises/fixture-exercise/exercise.md', { variant: 'full' })).toThrow(/needs a "## Hints" section/);
  });

  it('fails when the hints are not an ordered list, pointing at the heading line', () => {
    const source = exerciseSource.replace('1. Start', '- Start').replace('2. Use', '- Use');
    expect(() => transformExercise(source, 'exercises/fixture-exercise/exercise.md', { variant: 'full' })).toThrow(/exercise\.md:12: under "## Hints" write exactly one ordered list/);
  });
});

describe('contentTarget', () => {
  const root = '/repo';
  const at = (p: string) => path.join(root, p);

  it('claims chapter and exercise files with and without ?meta', () => {
    expect(contentTarget(at('content/01-a.md'), root)).toEqual({ kind: 'chapter', variant: 'full', file: at('content/01-a.md') });
    expect(contentTarget(`${at('content/01-a.md')}?meta`, root)?.variant).toBe('meta');
    expect(contentTarget(`${at('exercises/x/exercise.md')}?meta&import`, root)).toEqual({ kind: 'exercise', variant: 'meta', file: at('exercises/x/exercise.md') });
  });

  it('leaves ?raw imports to Vite so the grading worker still gets the text', () => {
    expect(contentTarget(`${at('exercises/x/exercise.md')}?raw`, root)).toBeNull();
    expect(contentTarget(`${at('content/01-a.md')}?raw`, root)).toBeNull();
  });

  it('ignores other Markdown files', () => {
    expect(contentTarget(at('README.md'), root)).toBeNull();
    expect(contentTarget(at('exercises/x/notes.md'), root)).toBeNull();
    expect(contentTarget(at('content/drafts/01-a.md'), root)).toBeNull();
  });
});
