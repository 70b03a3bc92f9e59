/**
 * The numbers behind the course map: per chapter its exercises with their status, reading
 * and exercise minutes, and x of y passed; then the same summed over the course. Pure, so
 * the home page and its test share one calculation.
 */
import type { ChapterMeta, ExerciseMeta } from '../content/types';
import type { SavedStatus } from '../progress/saved-status';

export interface MapExercise {
  id: string;
  title: string;
  minutes: number;
  status: SavedStatus;
}

export interface MapChapter {
  slug: string;
  chapter: number;
  title: string;
  summary: string;
  readingMinutes: number;
  exerciseMinutes: number;
  exercises: MapExercise[];
  passed: number;
}

export interface CourseMap {
  chapters: MapChapter[];
  readingMinutes: number;
  exerciseMinutes: number;
  exercises: number;
  passed: number;
}

/** Builds the map from the catalogue and a status lookup (e.g. savedStatus). */
export function buildCourseMap(
  chapters: readonly ChapterMeta[],
  exercisesOf: (chapter: number) => readonly ExerciseMeta[],
  statusOf: (exerciseId: string) => SavedStatus,
): CourseMap {
  const rows = chapters.map(({ slug, frontmatter }): MapChapter => {
    const exercises = exercisesOf(frontmatter.chapter).map((e) => ({
      id: e.id,
      title: e.frontmatter.title,
      minutes: e.frontmatter.minutes,
      status: statusOf(e.id),
    }));
    return {
      slug,
      chapter: frontmatter.chapter,
      title: frontmatter.title,
      summary: frontmatter.summary,
      readingMinutes: frontmatter.minutes,
      exerciseMinutes: sum(exercises.map((e) => e.minutes)),
      exercises,
      passed: exercises.filter((e) => e.status === 'passed').length,
    };
  });
  return {
    chapters: rows,
    readingMinutes: sum(rows.map((r) => r.readingMinutes)),
    exerciseMinutes: sum(rows.map((r) => r.exerciseMinutes)),
    exercises: sum(rows.map((r) => r.exercises.length)),
    passed: sum(rows.map((r) => r.passed)),
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
