/**
 * The rules every exercise folder must satisfy, as plain functions: the exercise
 * meta-tests (test/exercises/) and `npm run check-exercises` run the same rules, so
 * the table an instructor sees and the tests CI runs can never disagree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileChapter } from '../content/compile';
import { kindExtension, type ExerciseKind } from '../content/schema';
import { readExercise, type ExerciseOnDisk } from '../grading/node';
import type { GradeResults } from '../grading/results';
import { scaffoldNote } from './exercise-templates';

/** Every folder directly under `exercisesDir` (an exercise or a broken attempt at one), sorted. */
export function exerciseFolders(exercisesDir: string): string[] {
  if (!existsSync(exercisesDir)) return [];
  return readdirSync(exercisesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The wrong/ files of a folder, listed without reading exercise.md (collection must not throw). */
export function wrongFileNames(dir: string): string[] {
  const wrongDir = path.join(dir, 'wrong');
  return existsSync(wrongDir) ? readdirSync(wrongDir).filter((name) => !name.startsWith('.')).sort() : [];
}

/** Problems with the "## Hints" section: it must exist and hold an ordered list with at least one hint. */
export function hintProblems(body: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^##\s+Hints\s*$/.test(line));
  if (start === -1) return ['exercise.md has no "## Hints" section; add one after the task, with an ordered list (1. 2. 3.) of hints.'];
  const end = lines.findIndex((line, i) => i > start && /^#{1,2}\s/.test(line));
  const section = lines.slice(start + 1, end === -1 ? undefined : end);
  const hints = section.filter((line) => /^\d+\.\s+\S/.test(line));
  return hints.length > 0 ? [] : ['the "## Hints" section has no hints; write them as an ordered list (1. 2. 3.), from a gentle nudge to nearly the answer.'];
}

/** The problem left by `npm run new-exercise` notes in exercise.md, or null when they are gone. */
export function scaffoldNoteProblem(body: string): string | null {
  return body.includes(scaffoldNote) ? `exercise.md still has ${scaffoldNote} ... --> notes; write the task and hints and delete the notes.` : null;
}

/** One line per check that did not pass: "✗ name: message". */
export function describeFailures(results: GradeResults): string {
  if (results.status === 'error') return `status error: ${results.message}`;
  return results.tests
    .filter((test) => test.status !== 'pass')
    .map((test) => `✗ ${test.name}: ${test.message}`)
    .join('\n');
}

/** Checks that failed without a message a learner could act on. */
export function silentFailures(results: GradeResults): string[] {
  return results.tests.filter((test) => test.status !== 'pass' && !test.message?.trim()).map((test) => test.name);
}

/** What the chapters in content/ say about exercises: who lists each one, and each chapter's heading anchors. */
export interface ChapterIndex {
  /** Exercise id → the chapter whose `exercises:` lists it. */
  listings: Map<string, number>;
  /** Chapter number → its file (for messages) and the anchor slugs of its headings. */
  chapters: Map<number, { file: string; headings: string[] }>;
}

/** Reads every chapter in `contentDir` (frontmatter and headings). */
export function readChapterIndex(contentDir: string): ChapterIndex {
  const index: ChapterIndex = { listings: new Map(), chapters: new Map() };
  if (!existsSync(contentDir)) return index;
  for (const name of readdirSync(contentDir).filter((file) => file.endsWith('.md')).sort()) {
    const file = path.relative(process.cwd(), path.join(contentDir, name));
    const chapter = compileChapter(readFileSync(path.join(contentDir, name), 'utf8'), file);
    for (const id of chapter.frontmatter.exercises) index.listings.set(id, chapter.frontmatter.chapter);
    index.chapters.set(chapter.frontmatter.chapter, { file, headings: chapter.headings.map((heading) => heading.id) });
  }
  return index;
}

/** Problems placing `exercise` in its chapter: the chapter must exist, list it, and have the heading its `section` names. */
export function chapterProblems(exercise: ExerciseOnDisk, index: ChapterIndex): string[] {
  const { id, frontmatter } = exercise;
  const chapter = index.chapters.get(frontmatter.chapter);
  if (!chapter) return [`its frontmatter says chapter: ${frontmatter.chapter}, but content/ has no chapter ${frontmatter.chapter}.`];
  const problems: string[] = [];
  const listedIn = index.listings.get(id);
  if (listedIn === undefined) problems.push(`no chapter lists "${id}"; add it to exercises: in the frontmatter of chapter ${frontmatter.chapter} in content/.`);
  else if (listedIn !== frontmatter.chapter) problems.push(`chapter ${listedIn} lists "${id}" but its frontmatter says chapter: ${frontmatter.chapter}; list it in chapter ${frontmatter.chapter} or change its chapter.`);
  if (!chapter.headings.includes(frontmatter.section)) {
    problems.push(`"section: ${frontmatter.section}" is not a heading of ${chapter.file}; use the anchor of the heading this exercise practises, one of: ${chapter.headings.join(', ')}.`);
  }
  return problems;
}

export type CellStatus = 'ok' | 'fail' | 'skip';

/** One exercise's verdict, one cell per rule: what `npm run check-exercises` prints. */
export interface ExerciseReport {
  id: string;
  kind: ExerciseKind | null;
  chapter: number | null;
  frontmatter: CellStatus;
  files: CellStatus;
  solution: CellStatus;
  starter: CellStatus;
  /** "2/2" style: wrong files that fail, saying why, out of all of them; "-" when not checked. */
  wrong: string;
  hints: CellStatus;
  /** Its chapter exists, lists it, and has the heading `section` names. */
  listed: CellStatus;
  result: 'pass' | 'fail';
  /** What to fix, one sentence each, naming the file. */
  problems: string[];
}

/** Grades one submission file of an exercise. */
export type GradeExerciseFile = (exercise: ExerciseOnDisk, file: string) => Promise<GradeResults>;

/** Applies every rule to the exercise folder `dir`, grading with `gradeFile`. Never throws for a broken folder. */
export async function checkExerciseFolder(dir: string, gradeFile: GradeExerciseFile, chapters: ChapterIndex): Promise<ExerciseReport> {
  const folder = path.basename(dir);
  const report: ExerciseReport = {
    id: folder,
    kind: null,
    chapter: null,
    frontmatter: 'fail',
    files: 'skip',
    solution: 'skip',
    starter: 'skip',
    wrong: '-',
    hints: 'skip',
    listed: 'skip',
    result: 'fail',
    problems: [],
  };
  let exercise: ExerciseOnDisk;
  try {
    exercise = await readExercise(dir);
  } catch (error) {
    report.problems.push(error instanceof Error ? error.message : String(error));
    return report;
  }
  report.frontmatter = 'ok';
  report.kind = exercise.frontmatter.kind;
  report.chapter = exercise.frontmatter.chapter;
  const problem = (text: string) => report.problems.push(text);

  const hintIssues = [...hintProblems(exercise.body), scaffoldNoteProblem(exercise.body)].filter((text): text is string => text !== null);
  report.hints = hintIssues.length === 0 ? 'ok' : 'fail';
  hintIssues.forEach(problem);

  const placement = chapterProblems(exercise, chapters);
  report.listed = placement.length === 0 ? 'ok' : 'fail';
  placement.forEach(problem);

  const missing = [exercise.starterFile, exercise.solutionFile, exercise.graderFile].filter((file) => !existsSync(file)).map((file) => path.basename(file));
  report.files = missing.length === 0 ? 'ok' : 'fail';
  if (missing.length > 0) problem(`missing ${missing.join(', ')}; every exercise needs starter.${kindExtension[exercise.frontmatter.kind]}, solution.${kindExtension[exercise.frontmatter.kind]} and grader.ts.`);

  if (report.files === 'ok') {
    const starterText = readFileSync(exercise.starterFile, 'utf8');
    report.solution = await checkSolution(exercise, starterText, gradeFile, problem);
    report.starter = await checkFailing(exercise, exercise.starterFile, 'the starter', gradeFile, problem);
    report.wrong = await checkWrongFiles(exercise, dir, starterText, gradeFile, problem);
  }

  const wrongOk = /^(\d+)\/\1$/.test(report.wrong) && Number(report.wrong.split('/')[0]) >= 2;
  const cells = [report.files, report.solution, report.starter, report.hints, report.listed];
  report.result = cells.every((cell) => cell === 'ok') && wrongOk ? 'pass' : 'fail';
  return report;
}

async function checkSolution(exercise: ExerciseOnDisk, starterText: string, gradeFile: GradeExerciseFile, problem: (text: string) => void): Promise<CellStatus> {
  if (readFileSync(exercise.solutionFile, 'utf8') === starterText) {
    problem('the solution is still a copy of the starter; write the reference solution.');
    return 'fail';
  }
  const results = await gradeFile(exercise, exercise.solutionFile);
  if (results.status === 'pass') return 'ok';
  problem(`the solution must pass every check:\n${indent(describeFailures(results))}`);
  return 'fail';
}

async function checkFailing(exercise: ExerciseOnDisk, file: string, what: string, gradeFile: GradeExerciseFile, problem: (text: string) => void): Promise<CellStatus> {
  const results = await gradeFile(exercise, file);
  if (results.status === 'pass') {
    const fix = file === exercise.starterFile ? 'the starter is where the learner begins, so leave the work to do in it' : 'add the check that catches this mistake, or make the file a mistake your checks are meant to catch';
    problem(`${what} must fail at least one check, but every check passed; ${fix}.`);
    return 'fail';
  }
  const silent = silentFailures(results);
  if (silent.length === 0) return 'ok';
  problem(`${what} fails checks without a message: ${silent.join(', ')}; give each expect() a message that says what to fix.`);
  return 'fail';
}

async function checkWrongFiles(exercise: ExerciseOnDisk, dir: string, starterText: string, gradeFile: GradeExerciseFile, problem: (text: string) => void): Promise<string> {
  const ext = kindExtension[exercise.frontmatter.kind];
  const names = wrongFileNames(dir);
  let good = 0;
  for (const name of names) {
    const file = path.join(dir, 'wrong', name);
    if (!name.endsWith(`.${ext}`)) {
      problem(`wrong/${name} should end in .${ext} for a ${exercise.frontmatter.kind} exercise.`);
      continue;
    }
    if (readFileSync(file, 'utf8') === starterText) {
      problem(`wrong/${name} is a copy of the starter; make it a plausible mistake.`);
      continue;
    }
    if ((await checkFailing(exercise, file, `wrong/${name}`, gradeFile, problem)) === 'ok') good += 1;
  }
  if (names.length < 2) problem(`add at least two plausible wrong submissions as wrong/*.${ext} (one mistake each).`);
  return `${good}/${names.length}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
