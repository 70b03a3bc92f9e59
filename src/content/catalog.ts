/**
 * The app's view of content/ and exercises/: eager, tiny lists for the table of
 * contents, and lazy loaders for the text and files, so a chapter's body or an
 * exercise's solution is only fetched when someone opens it. A file present is a
 * chapter or exercise available — nothing else to register.
 */
import type { Chapter, ChapterMeta, ExerciseDoc, ExerciseFiles, ExerciseMeta } from './types';

export type { Chapter, ChapterMeta, ExerciseDoc, ExerciseFiles, ExerciseMeta, Heading, Segment, TryItRequest } from './types';

// Keys are root-relative paths ("/content/01-design-principles.md"); the content plugin compiles the modules.
const chapterMetaModules = import.meta.glob<ChapterMeta>('/content/*.md', { query: '?meta', import: 'default', eager: true });
const chapterModules = import.meta.glob<Chapter>('/content/*.md', { import: 'default' });
const exerciseMetaModules = import.meta.glob<ExerciseMeta>('/exercises/*/exercise.md', { query: '?meta', import: 'default', eager: true });
const exerciseModules = import.meta.glob<ExerciseDoc>('/exercises/*/exercise.md', { import: 'default' });
const starterFiles = import.meta.glob<string>('/exercises/*/starter.*', { query: '?raw', import: 'default' });
const solutionFiles = import.meta.glob<string>('/exercises/*/solution.*', { query: '?raw', import: 'default' });
const typeFiles = import.meta.glob<string>('/exercises/*/types.d.ts', { query: '?raw', import: 'default' });

/** Every chapter that exists, in chapter order. */
export const chapters: ChapterMeta[] = Object.values(chapterMetaModules).sort((a, b) => a.frontmatter.chapter - b.frontmatter.chapter);

/** Every exercise, by chapter, then in the order its chapter lists them. */
export const exercises: ExerciseMeta[] = Object.values(exerciseMetaModules).sort(
  (a, b) => a.frontmatter.chapter - b.frontmatter.chapter || placeInChapter(a) - placeInChapter(b) || a.id.localeCompare(b.id),
);

/** The exercises of chapter `n`, in the order the chapter's frontmatter lists them (unlisted ones last). */
export function exercisesOfChapter(n: number): ExerciseMeta[] {
  return exercises.filter((e) => e.frontmatter.chapter === n);
}

/** Loads a chapter's rendered text by slug; rejects with a message naming the known slugs when it does not exist. */
export async function loadChapter(slug: string): Promise<Chapter> {
  const key = Object.keys(chapterMetaModules).find((k) => chapterMetaModules[k].slug === slug);
  if (!key) throw new Error(`There is no chapter "${slug}". Chapters: ${chapters.map((c) => c.slug).join(', ') || 'none yet'}.`);
  return chapterModules[key]();
}

/** Loads an exercise's task and hints by id. */
export async function loadExercise(id: string): Promise<ExerciseDoc> {
  const load = exerciseModules[`/exercises/${id}/exercise.md`];
  if (!load) throw new Error(unknownExercise(id));
  return load();
}

/** Loads an exercise's starter, solution and optional types.d.ts as raw text. */
export async function loadExerciseFiles(id: string): Promise<ExerciseFiles> {
  const folder = `/exercises/${id}/`;
  if (!exerciseMetaModules[`${folder}exercise.md`]) throw new Error(unknownExercise(id));
  const starterKey = Object.keys(starterFiles).find((k) => k.startsWith(`${folder}starter.`));
  const solutionKey = Object.keys(solutionFiles).find((k) => k.startsWith(`${folder}solution.`));
  if (!starterKey || !solutionKey) {
    throw new Error(`Exercise "${id}" needs both a starter.<ext> and a solution.<ext> file in exercises/${id}/.`);
  }
  const loadTypes = typeFiles[`${folder}types.d.ts`];
  const [starter, solution, types] = await Promise.all([starterFiles[starterKey](), solutionFiles[solutionKey](), loadTypes ? loadTypes() : null]);
  return { starter, solution, types, filename: `${id}${starterKey.slice(starterKey.lastIndexOf('.'))}` };
}

function placeInChapter(exercise: ExerciseMeta): number {
  const chapter = chapters.find((c) => c.frontmatter.chapter === exercise.frontmatter.chapter);
  const at = chapter?.frontmatter.exercises.indexOf(exercise.id) ?? -1;
  return at === -1 ? Number.MAX_SAFE_INTEGER : at;
}

function unknownExercise(id: string): string {
  return `There is no exercise "${id}". Exercises: ${exercises.map((e) => e.id).join(', ') || 'none yet'}.`;
}
