/**
 * The content Vite plugin: turns Markdown into JavaScript modules at build time.
 *
 *   import chapter from '/content/01-design-principles.md'       → { slug, frontmatter, segments, headings }
 *   import meta from '/content/01-design-principles.md?meta'     → { slug, frontmatter }
 *   import doc from '/exercises/api-audit/exercise.md'           → { id, frontmatter, task, hints }
 *   import meta from '/exercises/api-audit/exercise.md?meta'     → { id, frontmatter }
 *   import text from '/exercises/api-audit/exercise.md?raw'      → untouched (Vite's own ?raw)
 *
 * A frontmatter or Try-it mistake fails the build (and shows the dev server's overlay)
 * with the message from the pipeline, naming the file, line and field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileChapter, compileChapterMeta, compileExercise, compileExerciseMeta } from './compile.ts';
import { ContentError } from './content-error.ts';
import { contentUpdateEvent } from './live-update.ts';
import { courseFilterPlugin, narrowModule } from '../courses/course-filter.ts';
import type { Course } from '../courses/course-schema.ts';
import { loadCourse } from '../courses/load-course.ts';

export type ContentKind = 'chapter' | 'exercise';
export type ContentVariant = 'full' | 'meta';

/** Options for the module code: `hot` adds the dev-only self-accepting hot-reload hook. */
export interface ModuleOptions {
  variant: ContentVariant;
  hot?: boolean;
}

/** The JavaScript module for a chapter file's text (`file` is used in messages and for the slug). */
export function transformChapter(source: string, file: string, options: ModuleOptions): string {
  const data = options.variant === 'meta' ? compileChapterMeta(source, file) : compileChapter(source, file);
  return moduleCode(data, options.variant === 'full' && options.hot === true);
}

/** The JavaScript module for an `exercises/<id>/exercise.md` file's text. */
export function transformExercise(source: string, file: string, options: ModuleOptions): string {
  const data = options.variant === 'meta' ? compileExerciseMeta(source, file) : compileExercise(source, file);
  return moduleCode(data, options.variant === 'full' && options.hot === true);
}

function moduleCode(data: unknown, hot: boolean): string {
  const code = `export default ${JSON.stringify(data)};\n`;
  if (!hot) return code;
  // Self-accept, then hand the new version to whoever shows it (see live-update.ts).
  return `${code}if (import.meta.hot) {\n  import.meta.hot.accept((next) => {\n    if (next) globalThis.dispatchEvent(new CustomEvent(${JSON.stringify(contentUpdateEvent)}, { detail: next.default }));\n  });\n}\n`;
}

// Queries Vite adds on its own in dev; they do not change what the module is.
const neutralParams = new Set(['import', 't', 'v']);

/** Which content module an import id asks for, or null when it is not ours (e.g. `?raw`). */
export function contentTarget(id: string, root: string): { kind: ContentKind; variant: ContentVariant; file: string } | null {
  const [file, query = ''] = id.split('?', 2);
  const params = [...new URLSearchParams(query).keys()].filter((key) => !neutralParams.has(key));
  const variant: ContentVariant | null = params.length === 0 ? 'full' : params.length === 1 && params[0] === 'meta' ? 'meta' : null;
  if (variant === null) return null;
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (/^content\/[^/]+\.md$/.test(relative)) return { kind: 'chapter', variant, file };
  if (/^exercises\/[^/]+\/exercise\.md$/.test(relative)) return { kind: 'exercise', variant, file };
  return null;
}

/**
 * The Vite plugin (registered in vite.config.ts for the app, the worker-free build and vitest).
 * `course` (default: the WORKBENCH_COURSE environment variable) names a courses/<name>.yaml:
 * then only that course's chapters and exercises are listed, routed and bundled.
 */
export function contentPlugin(course: string | undefined = process.env.WORKBENCH_COURSE): Plugin {
  let root = process.cwd();
  let hot = false;
  let selected: Course | null = null;
  return {
    name: 'workbench:content',
    enforce: 'pre',
    config(userConfig) {
      if (!course) return;
      selected = loadCourse(path.resolve(userConfig.root ?? process.cwd()), course);
      // Workers are bundled with their own plugin list (the grading worker globs every
      // grader); the course filter joins it so a worker bundle holds the course alone.
      const courseFilter = courseFilterPlugin(selected);
      const workerPlugins = userConfig.worker?.plugins;
      userConfig.worker = { ...userConfig.worker, plugins: () => [courseFilter, ...(workerPlugins?.() ?? [])] };
    },
    configResolved(config) {
      root = config.root;
      hot = config.command === 'serve';
      if (selected) config.logger.info(`Course "${selected.name}": chapters ${selected.chapters.join(', ')}; ${selected.exerciseIds.length} exercises.`);
    },
    transform(code, id) {
      return selected ? narrowModule(code, id, selected) : null;
    },
    async load(id) {
      const target = contentTarget(id, root);
      if (!target) return null;
      const source = await readFile(target.file, 'utf8');
      const file = path.relative(root, target.file).split(path.sep).join('/');
      const transform = target.kind === 'chapter' ? transformChapter : transformExercise;
      try {
        return { code: transform(source, file, { variant: target.variant, hot }), map: null, moduleType: 'js' };
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
  };
}
