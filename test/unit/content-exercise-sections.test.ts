import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapter, compileExerciseMeta } from '../../src/content/compile';

const root = path.resolve(import.meta.dirname, '../..');
const chapters = readdirSync(path.join(root, 'content'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => compileChapter(readFileSync(path.join(root, 'content', f), 'utf8'), `content/${f}`));
const exercises = readdirSync(path.join(root, 'exercises')).map((id) => {
  const file = `exercises/${id}/exercise.md`;
  return compileExerciseMeta(readFileSync(path.join(root, file), 'utf8'), file);
});

// The exercise page links back to /chapters/<slug>#<section>: a slug that names no heading
// would be a link that lands at the top of the chapter, so it fails here instead.
describe('exercise back-links', () => {
  it.each(exercises.map((e) => [e.id, e] as const))('%s names a heading of its own chapter as its section', (_, exercise) => {
    const chapter = chapters.find((c) => c.frontmatter.chapter === exercise.frontmatter.chapter);
    expect(chapter, `exercises/${exercise.id}/exercise.md: chapter ${exercise.frontmatter.chapter} does not exist`).toBeDefined();
    const ids = chapter!.headings.map((h) => h.id);
    expect(
      ids,
      `exercises/${exercise.id}/exercise.md: frontmatter "section: ${exercise.frontmatter.section}" is not a heading of content/${String(chapter!.frontmatter.chapter).padStart(2, '0')}-${chapter!.slug}.md; use one of: ${ids.join(', ')}`,
    ).toContain(exercise.frontmatter.section);
  });
});
