/**
 * Narrows the app to one course at build time. The catalogue and the grading worker
 * find content with import.meta.glob('/content/*.md') and ('/exercises/*\/…'); this
 * rewrites those patterns, before Vite expands them, to name only the course's
 * chapter files and exercise folders — so other content is neither listed, routed
 * nor bundled.
 */
import type { Plugin } from 'vite';
import type { Course } from './course-schema.ts';

// A brace list of one item is not expanded by the glob matcher; a name that matches nothing stands for "none".
function alternatives(names: string[]): string {
  if (names.length === 0) return '__no-content-in-this-course__';
  return names.length === 1 ? names[0]! : `{${names.join(',')}}`;
}

/** `code` with every content glob pattern narrowed to `course`; unchanged when it has none. */
export function narrowContentGlobs(code: string, course: Pick<Course, 'chapterFiles' | 'exerciseIds'>): string {
  if (!code.includes('import.meta.glob')) return code;
  return code
    .replace(/(['"`])\/content\/\*\.md/g, `$1/content/${alternatives(course.chapterFiles)}.md`)
    .replace(/(['"`])\/exercises\/\*\//g, `$1/exercises/${alternatives(course.exerciseIds)}/`);
}

/** A transform result narrowing module `id` to `course`, or null when the module is not changed. */
export function narrowModule(code: string, id: string, course: Course): { code: string; map: null } | null {
  if (id.includes('/node_modules/')) return null;
  const narrowed = narrowContentGlobs(code, course);
  return narrowed === code ? null : { code: narrowed, map: null };
}

/** The plugin that narrows every module of a build (the app's, or a worker's) to `course`. */
export function courseFilterPlugin(course: Course): Plugin {
  return { name: 'workbench:course-filter', enforce: 'pre', transform: (code, id) => narrowModule(code, id, course) };
}
