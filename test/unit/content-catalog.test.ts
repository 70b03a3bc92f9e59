import { describe, expect, it } from 'vitest';
import { chapters, exercises, exercisesOfChapter, loadChapter, loadExercise, loadExerciseFiles } from '../../src/content/catalog';

// These run on the real content/ and exercises/ folders, through the content plugin in vite.config.ts.
describe('catalog', () => {
  it('lists chapters in chapter order with their slugs', () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(chapters.map((c) => c.frontmatter.chapter)).toEqual([...chapters.map((c) => c.frontmatter.chapter)].sort((a, b) => a - b));
    expect(chapters[0]).toMatchObject({ slug: 'design-principles', frontmatter: { chapter: 1 } });
  });

  it('keeps the eager chapter list small: no rendered text in it', () => {
    for (const chapter of chapters) expect(Object.keys(chapter).sort()).toEqual(['frontmatter', 'slug']);
  });

  it('loads a chapter with its segments and headings', async () => {
    const chapter = await loadChapter('design-principles');
    expect(chapter.frontmatter.title).toBe(chapters[0].frontmatter.title);
    expect(chapter.segments.filter((s) => s.kind === 'try-it').length).toBeGreaterThanOrEqual(6);
    expect(chapter.headings.filter((h) => h.depth === 2).length).toBeGreaterThanOrEqual(5);
  });

  it('rejects an unknown chapter and names the ones that exist', async () => {
    await expect(loadChapter('no-such-chapter')).rejects.toThrow(/There is no chapter "no-such-chapter"\. Chapters: design-principles/);
  });

  it('finds every exercise a chapter lists, in that chapter', () => {
    for (const chapter of chapters) {
      for (const id of chapter.frontmatter.exercises) {
        const exercise = exercises.find((e) => e.id === id);
        expect(exercise, `${chapter.slug} lists exercise "${id}" but exercises/${id}/exercise.md does not exist`).toBeDefined();
        expect(exercise?.frontmatter.chapter, `exercise "${id}" says chapter ${exercise?.frontmatter.chapter}`).toBe(chapter.frontmatter.chapter);
      }
    }
  });

  it('orders a chapter\'s exercises as its frontmatter lists them', () => {
    for (const chapter of chapters) {
      const listed = exercisesOfChapter(chapter.frontmatter.chapter).map((e) => e.id);
      expect(listed.slice(0, chapter.frontmatter.exercises.length)).toEqual(chapter.frontmatter.exercises);
    }
  });

  it('loads an exercise text with its hints', async () => {
    const doc = await loadExercise('api-audit');
    expect(doc.frontmatter.id).toBe('api-audit');
    expect(doc.task.length).toBeGreaterThan(0);
    expect(doc.hints.length).toBeGreaterThan(0);
  });

  it('loads an exercise\'s files as raw text, named after the exercise', async () => {
    const files = await loadExerciseFiles('api-audit');
    expect(files.filename).toBe('api-audit.yaml');
    expect(files.starter).toMatch(/openapi:/);
    expect(files.solution).toMatch(/openapi:/);
    expect(files.solution).not.toBe(files.starter);
  });

  it('rejects an unknown exercise and names the ones that exist', async () => {
    await expect(loadExerciseFiles('nope')).rejects.toThrow(/There is no exercise "nope"\. Exercises: .*api-audit/);
  });
});
