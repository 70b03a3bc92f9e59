/**
 * npm run new-exercise -- <id> [--kind openapi|typescript|json|graphql|proto] [--chapter N] [--exercises <dir>]
 *
 * Scaffolds exercises/<id>/ in the exercise format (ARCHITECTURE.md "exercises/"):
 * exercise.md, starter, solution, grader.ts and wrong/. The meta-tests fail on it
 * until the author writes the task, the hints and a solution that passes.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exerciseFrontmatterSchema, exerciseKinds, kindExtension, type ExerciseKind } from '../content/schema';
import { exerciseMarkdown, graderFile, starterFile, type TemplateInput } from './exercise-templates';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const usage = `Usage: npm run new-exercise -- <id> [--kind ${exerciseKinds.join('|')}] [--chapter N]`;

class UsageError extends Error {}

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string', default: 'openapi' },
      chapter: { type: 'string', default: '1' },
      exercises: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`Give the new exercise's id, in kebab-case.\n${usage}`);
  const [id] = positionals;
  const idCheck = exerciseFrontmatterSchema.shape.id.safeParse(id);
  if (!idCheck.success) throw new UsageError(`"${id}" is not a valid exercise id: use kebab-case (lowercase words joined by hyphens), e.g. "rate-limit-headers".`);
  const kind = values.kind as ExerciseKind;
  if (!exerciseKinds.includes(kind)) throw new UsageError(`--kind must be one of ${exerciseKinds.join(', ')}; got "${values.kind}".`);
  const chapter = Number(values.chapter);
  if (!exerciseFrontmatterSchema.shape.chapter.safeParse(chapter).success) throw new UsageError(`--chapter must be a whole number from 1 to 12; got "${values.chapter}".`);
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const exercisesDir = values.exercises ? path.resolve(cwd, values.exercises) : path.join(projectRoot, 'exercises');
  return { id, kind, chapter, exercisesDir };
}

async function main(): Promise<void> {
  const { id, kind, chapter, exercisesDir } = parseCommandLine();
  const dir = path.join(exercisesDir, id);
  if (existsSync(dir)) throw new UsageError(`${dir} already exists. Choose another id, or edit that exercise.`);

  const defineGraderPath = path.relative(dir, path.join(projectRoot, 'src/grading/define-grader')).split(path.sep).join('/');
  const input: TemplateInput = { id, kind, chapter, defineGraderImport: defineGraderPath };
  const ext = kindExtension[kind];
  const starter = starterFile(kind);
  const files: Array<[string, string]> = [
    ['exercise.md', exerciseMarkdown(input)],
    [`starter.${ext}`, starter],
    // A copy of the starter, so "solution passes" fails until a real solution is written.
    [`solution.${ext}`, starter],
    ['grader.ts', graderFile(input)],
    [`wrong/first-mistake.${ext}`, starter],
    [`wrong/second-mistake.${ext}`, starter],
  ];
  await mkdir(path.join(dir, 'wrong'), { recursive: true });
  for (const [name, content] of files) await writeFile(path.join(dir, name), content, { flag: 'wx' });

  const shown = path.relative(process.env.INIT_CWD ?? process.cwd(), dir) || dir;
  // Outside exercises/, check-exercises must be told where to look.
  const elsewhere = exercisesDir === path.join(projectRoot, 'exercises') ? '' : ` --exercises ${path.relative(process.env.INIT_CWD ?? process.cwd(), exercisesDir) || '.'}`;
  const row = (name: string, what: string) => `  ${name.padEnd(22)} ${what}`;
  console.log(`Created ${shown}/ (kind ${kind}, chapter ${chapter}):
${row('exercise.md', 'frontmatter, the task and "## Hints"')}
${row(`starter.${ext}`, 'what the editor opens with; must fail the grader')}
${row(`solution.${ext}`, 'a copy of the starter for now; must pass the grader')}
${row('grader.ts', 'one example check, written with describe/it/expect')}
${row('wrong/', 'two copies of the starter; each must become a plausible mistake that fails')}

Next:
  1. Write the task and the hints in exercise.md, and delete the <!-- new-exercise: --> notes.
  2. Write the checks in grader.ts: properties of a good answer, with messages that say how to fix each failure.
  3. Write solution.${ext} (it must pass) and turn wrong/*.${ext} into realistic mistakes (each must fail).
  4. List "${id}" under exercises: in the frontmatter of chapter ${chapter} in content/.
  5. Check it: npm run check-exercises -- ${id}${elsewhere}
     and:      npm run grade -- ${id} ${path.join(shown, `solution.${ext}`)}
  The guide: docs/authoring.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : `Could not create the exercise: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
