/**
 * The grading runtime's Node door: find exercises on disk, load a grader through Vite
 * (so its `import 'vitest'` reaches our shim exactly as in the browser), grade a file.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { kindExtension, type ExerciseFrontmatter } from '../content/schema';
import { graderFromModule, type Grader } from './define-grader';
import { readExerciseMarkdown } from './exercise-meta';
import { grade } from './grade';
import type { GradeResults } from './results';
import type { RunOptions } from './run';
import { graderShimPlugin } from './vite-plugin';

export interface ExerciseOnDisk {
  id: string;
  dir: string;
  frontmatter: ExerciseFrontmatter;
  /** The task and hints, as Markdown. */
  body: string;
  markdownFile: string;
  graderFile: string;
  /** Where the starter and solution belong (starter.<ext>, solution.<ext>); they may be missing. */
  starterFile: string;
  solutionFile: string;
  /** Every file in wrong/ with the kind's extension, sorted. */
  wrongFiles: string[];
}

/** Reads one exercise folder; throws a message naming the file and field when exercise.md is invalid. */
export async function readExercise(dir: string): Promise<ExerciseOnDisk> {
  const folder = path.basename(dir);
  const markdownFile = path.join(dir, 'exercise.md');
  const shown = path.relative(process.cwd(), markdownFile) || markdownFile;
  if (!existsSync(markdownFile)) {
    throw new Error(`${shown} is missing. Every exercise folder needs one; scaffold a folder with npm run new-exercise -- <id>.`);
  }
  const { frontmatter, body } = readExerciseMarkdown(await readFile(markdownFile, 'utf8'), shown);
  if (frontmatter.id !== folder) {
    throw new Error(`${shown}: frontmatter field "id" is "${frontmatter.id}" but the folder is "${folder}"; they must match.`);
  }
  const ext = kindExtension[frontmatter.kind];
  const wrongDir = path.join(dir, 'wrong');
  const wrongFiles = existsSync(wrongDir)
    ? (await readdir(wrongDir)).filter((name) => name.endsWith(`.${ext}`)).sort().map((name) => path.join(wrongDir, name))
    : [];
  return {
    id: folder,
    dir,
    frontmatter,
    body,
    markdownFile,
    graderFile: path.join(dir, 'grader.ts'),
    starterFile: path.join(dir, `starter.${ext}`),
    solutionFile: path.join(dir, `solution.${ext}`),
    wrongFiles,
  };
}

/** The ids of every exercise folder (a folder holding exercise.md) under `exercisesDir`, sorted. */
export async function listExerciseIds(exercisesDir: string): Promise<string[]> {
  if (!existsSync(exercisesDir)) return [];
  const entries = await readdir(exercisesDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(exercisesDir, entry.name, 'exercise.md')))
    .map((entry) => entry.name)
    .sort();
}

/** Every exercise under `exercisesDir`, read and validated. */
export async function listExercises(exercisesDir: string): Promise<ExerciseOnDisk[]> {
  const ids = await listExerciseIds(exercisesDir);
  return Promise.all(ids.map((id) => readExercise(path.join(exercisesDir, id))));
}

export interface GraderLoader {
  load(graderFile: string): Promise<Grader>;
  close(): Promise<void>;
}

/**
 * Loads graders through a Vite dev server in middleware mode with graderShimPlugin,
 * outside vitest (inside vitest, a plain import() already goes through the plugin).
 */
export async function createViteGraderLoader(root: string): Promise<GraderLoader> {
  const { createServer } = await import('vite');
  const server = await createServer({
    root,
    configFile: false,
    envFile: false,
    logLevel: 'error',
    plugins: [graderShimPlugin()],
    // Vite's SSR leaves bare imports of installed packages to Node before any plugin
    // sees them; 'vitest' must reach graderShimPlugin instead.
    ssr: { noExternal: ['vitest'] },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  return {
    async load(graderFile) {
      if (!existsSync(graderFile)) {
        throw new Error(`${path.relative(root, graderFile)} is missing; every exercise needs a grader.ts that exports defineGrader(...).`);
      }
      return graderFromModule(await server.ssrLoadModule(graderFile), path.relative(root, graderFile));
    },
    close: () => server.close(),
  };
}

/** Grades the file at `submissionFile` against `exercise` with graders from `loader`. */
export async function gradeFile(exercise: ExerciseOnDisk, submissionFile: string, loader: GraderLoader, options: RunOptions = {}): Promise<GradeResults> {
  const text = await readFile(submissionFile, 'utf8');
  return grade(exercise.frontmatter.kind, () => loader.load(exercise.graderFile), text, options);
}
