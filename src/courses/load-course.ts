/**
 * Reads and checks courses/<name>.yaml against content/ and exercises/. Every error
 * names the file, the line and column, and what to write instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { parseFrontmatter } from '../content/frontmatter.ts';
import { chapterFrontmatterSchema, exerciseFrontmatterSchema } from '../content/schema.ts';
import { courseSchema, type Course } from './course-schema.ts';

/** The one error of course files; its message starts with "file:line:column". */
export class CourseError extends Error {
  override name = 'CourseError';
}

interface ContentIndex {
  /** Chapter number → file name without .md. */
  chapters: Map<number, string>;
  /** Exercise id → its chapter number. */
  exercises: Map<string, number>;
}

/** The chapters in content/ and the exercises in exercises/ under `root`, from their frontmatter. */
export function indexContent(root: string): ContentIndex {
  const chapters = new Map<number, string>();
  const contentDir = path.join(root, 'content');
  for (const name of existsSync(contentDir) ? readdirSync(contentDir).filter((f) => f.endsWith('.md')) : []) {
    const file = `content/${name}`;
    const { data } = parseFrontmatter(readFileSync(path.join(root, file), 'utf8'), file, chapterFrontmatterSchema);
    chapters.set(data.chapter, name.slice(0, -3));
  }
  const exercises = new Map<string, number>();
  const exercisesDir = path.join(root, 'exercises');
  for (const entry of existsSync(exercisesDir) ? readdirSync(exercisesDir, { withFileTypes: true }) : []) {
    const file = `exercises/${entry.name}/exercise.md`;
    if (!entry.isDirectory() || !existsSync(path.join(root, file))) continue;
    const { data } = parseFrontmatter(readFileSync(path.join(root, file), 'utf8'), file, exerciseFrontmatterSchema);
    exercises.set(data.id, data.chapter);
  }
  return { chapters, exercises };
}

/** The names of the course files in courses/ under `root`, sorted. */
export function courseNames(root: string): string[] {
  const dir = path.join(root, 'courses');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort() : [];
}

/** Parses and checks the text of a course file (`file` is used in messages) against `content`. */
export function parseCourse(text: string, file: string, content: ContentIndex): Course {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const where = (keys: readonly PropertyKey[]) => at(offsetOf(doc, keys));
  const yamlError = doc.errors[0];
  if (yamlError) throw new CourseError(`${at(yamlError.pos[0])}: not valid YAML (${yamlError.message.split('\n')[0]}). Write "title:", "chapters:" and optionally "exercises:" fields.`);

  const parsed = courseSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || '(file)';
      if (issue.code === 'unrecognized_keys') return `${where(issue.path)}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; a course has title, description, chapters and exercises.`;
      return `${where(issue.path)}: "${field}" ${issue.message}. ${describe(issue.path[0])}`.trim();
    });
    throw new CourseError(problems.join('\n'));
  }
  const course = parsed.data;
  const problems: string[] = [];
  const known = [...content.chapters.keys()].sort((a, b) => a - b);
  course.chapters.forEach((n, i) => {
    if (!content.chapters.has(n)) problems.push(`${where(['chapters', i])}: there is no chapter ${n}; chapters: ${known.join(', ')}.`);
  });
  (course.exercises ?? []).forEach((id, i) => {
    const chapter = content.exercises.get(id);
    if (chapter === undefined) problems.push(`${where(['exercises', i])}: there is no exercise "${id}"; check the folder names in exercises/.`);
    else if (!course.chapters.includes(chapter)) problems.push(`${where(['exercises', i])}: exercise "${id}" belongs to chapter ${chapter}, which this course leaves out; add ${chapter} to chapters or remove the exercise.`);
  });
  if (problems.length > 0) throw new CourseError(problems.join('\n'));

  const exerciseIds = course.exercises ?? [...content.exercises].filter(([, chapter]) => course.chapters.includes(chapter)).map(([id]) => id);
  const chapters = [...new Set(course.chapters)].sort((a, b) => a - b);
  return {
    name: path.basename(file).replace(/\.yaml$/, ''),
    title: course.title,
    chapters,
    chapterFiles: chapters.map((n) => content.chapters.get(n)!),
    exerciseIds: [...new Set(exerciseIds)].sort(),
  };
}

/** Loads courses/<name>.yaml under `root`; throws a CourseError naming the known courses when it is missing. */
export function loadCourse(root: string, name: string): Course {
  const file = `courses/${name}.yaml`;
  if (!existsSync(path.join(root, file))) {
    const names = courseNames(root);
    throw new CourseError(`There is no course "${name}" (${file} is missing). Courses: ${names.join(', ') || 'none yet; add a courses/<name>.yaml'}.`);
  }
  return parseCourse(readFileSync(path.join(root, file), 'utf8'), file, indexContent(root));
}

// Where the value at `keys` starts, or its nearest parent that exists (a missing field points at the file start).
function offsetOf(doc: Document, keys: readonly PropertyKey[]): number {
  for (let depth = keys.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function describe(field: PropertyKey | undefined): string {
  const shape = courseSchema.shape as Record<string, { description?: string }>;
  const text = field === undefined ? undefined : shape[String(field)]?.description;
  return text ? `Write: ${text}` : '';
}
