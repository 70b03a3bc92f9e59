import { describe, expect, it } from 'vitest';
import type { ChapterMeta, ExerciseMeta } from '../../src/content/types';
import { buildCourseMap } from '../../src/app/course-map-model';

const chapter = (n: number, minutes: number): ChapterMeta => ({
  slug: `c${n}`,
  frontmatter: { chapter: n, title: `Chapter ${n}`, summary: 'A chapter for the test.', minutes, exercises: [] },
});
const exercise = (id: string, n: number, minutes: number): ExerciseMeta => ({
  id,
  frontmatter: { id, title: id, chapter: n, section: 's', kind: 'json', minutes, difficulty: 'beginner' },
});
const all = [exercise('a', 1, 20), exercise('b', 1, 15), exercise('c', 2, 30)];

describe('buildCourseMap', () => {
  it('sums reading and exercise minutes per chapter and for the course, and counts what passed', () => {
    const status = { a: 'passed', b: 'in_progress' } as const;
    const map = buildCourseMap([chapter(1, 45), chapter(2, 60), chapter(3, 10)], (n) => all.filter((e) => e.frontmatter.chapter === n), (id) => status[id as 'a'] ?? 'not_started');
    expect(map.chapters.map((c) => [c.readingMinutes, c.exerciseMinutes, c.passed, c.exercises.length])).toEqual([
      [45, 35, 1, 2],
      [60, 30, 0, 1],
      [10, 0, 0, 0],
    ]);
    expect(map.chapters[0].exercises.map((e) => e.status)).toEqual(['passed', 'in_progress']);
    expect(map).toMatchObject({ readingMinutes: 115, exerciseMinutes: 65, exercises: 3, passed: 1 });
  });
});
