import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { narrowContentGlobs } from '../../src/courses/course-filter';
import { indexContent, loadCourse, parseCourse } from '../../src/courses/load-course';
import { contentPlugin } from '../../src/content/vite-plugin';

const root = path.resolve('.');
const content = indexContent(root);
const parse = (text: string) => () => parseCourse(text, 'courses/test.yaml', content);

describe('course files', () => {
  it('loads the foundations course: chapters 1–3 and every exercise they hold', () => {
    const course = loadCourse(root, 'foundations');
    expect(course.chapters).toEqual([1, 2, 3]);
    expect(course.chapterFiles).toEqual(['01-design-principles', '02-rest', '03-graphql']);
    const expected = [...content.exercises].filter(([, chapter]) => chapter <= 3).map(([id]) => id).sort();
    expect(course.exerciseIds).toEqual(expected);
    expect(course.exerciseIds).toContain('api-audit');
    expect(course.exerciseIds).not.toContain('order-service-proto');
  });

  it('keeps only the exercises listed when the course names them', () => {
    const course = parseCourse('title: Just one\nchapters: [1]\nexercises: [api-audit]\n', 'courses/one.yaml', content);
    expect(course).toMatchObject({ name: 'one', chapterFiles: ['01-design-principles'], exerciseIds: ['api-audit'] });
  });

  it('rejects an unknown chapter, naming its line and column', () => {
    expect(parse('title: Broken\nchapters:\n  - 1\n  - 13\n')).toThrow('courses/test.yaml:4:5: "chapters.1" Too big');
    expect(parse('title: Broken\nchapters: [1, 2]\nexercises: [api-audit, no-such-thing]\n')).toThrow(
      'courses/test.yaml:3:24: there is no exercise "no-such-thing"; check the folder names in exercises/.',
    );
  });

  it('rejects an exercise whose chapter the course leaves out', () => {
    expect(parse('title: Broken\nchapters: [1]\nexercises:\n  - order-service-proto\n')).toThrow(
      /courses\/test\.yaml:4:5: exercise "order-service-proto" belongs to chapter \d+, which this course leaves out/,
    );
  });

  it('rejects unknown fields, missing fields and broken YAML with a position', () => {
    expect(parse('title: Broken\nchapters: [1]\nchapter: [2]\n')).toThrow('courses/test.yaml:1:1: unknown field "chapter"');
    expect(parse('title: Broken\n')).toThrow(/courses\/test\.yaml:1:1: "chapters" .*Write: Chapter numbers/);
    expect(parse('title: Broken\nchapters: [1, 2\n')).toThrow(/^courses\/test\.yaml:\d+:\d+: not valid YAML/);
  });

  it('names the courses that exist when one is missing', () => {
    expect(() => loadCourse(root, 'nope')).toThrow('There is no course "nope" (courses/nope.yaml is missing). Courses: foundations');
  });
});

describe('narrowContentGlobs', () => {
  const course = { chapterFiles: ['01-a', '02-b'], exerciseIds: ['only-one'] };

  it('narrows chapter and exercise glob patterns to the course', () => {
    const code = `const a = import.meta.glob('/content/*.md', { eager: true });\nconst b = import.meta.glob("/exercises/*/grader.ts");`;
    expect(narrowContentGlobs(code, course)).toBe(
      `const a = import.meta.glob('/content/{01-a,02-b}.md', { eager: true });\nconst b = import.meta.glob("/exercises/only-one/grader.ts");`,
    );
  });

  it('matches nothing when the course has no exercises, and leaves other modules alone', () => {
    expect(narrowContentGlobs(`import.meta.glob('/exercises/*/exercise.md')`, { chapterFiles: [], exerciseIds: [] })).toBe(
      `import.meta.glob('/exercises/__no-content-in-this-course__/exercise.md')`,
    );
    expect(narrowContentGlobs(`const path = '/exercises/*/grader.ts';`, course)).toBe(`const path = '/exercises/*/grader.ts';`);
  });
});

describe('contentPlugin with a course', () => {
  it('adds the course filter to the worker bundle, so the grading worker globs only course graders', async () => {
    const plugin = contentPlugin('foundations');
    const userConfig: UserConfig = { root, worker: { plugins: () => [{ name: 'existing-worker-plugin' }] } };
    (plugin.config as (config: UserConfig) => void)(userConfig);
    const workerPlugins = userConfig.worker!.plugins!() as Plugin[];
    expect(workerPlugins.map((p) => p.name)).toEqual(['workbench:course-filter', 'existing-worker-plugin']);
    const source = readFileSync(path.join(root, 'src/grading/worker.ts'), 'utf8');
    const narrowed = (workerPlugins[0]!.transform as (code: string, id: string) => { code: string } | null)(source, path.join(root, 'src/grading/worker.ts'));
    expect(narrowed?.code).toMatch(/import\.meta\.glob\('\/exercises\/\{[a-z0-9,-]*api-audit[a-z0-9,-]*\}\/grader\.ts'\)/);
    expect(narrowed?.code).not.toContain('order-service-proto');
  });
});

describe('a build for one course', () => {
  it('bundles the course chapters and exercises and leaves every other one out', { timeout: 120_000 }, async () => {
    const entry = 'virtual:course-entry';
    const output = (await build({
      root,
      configFile: false,
      envFile: false,
      logLevel: 'silent',
      plugins: [
        contentPlugin('foundations'),
        {
          name: 'course-entry',
          resolveId: (id) => (id === entry ? `\0${entry}` : null),
          load: (id) => (id === `\0${entry}` ? `export * from '/src/content/catalog.ts';` : null),
        },
      ],
      build: { write: false, rollupOptions: { input: entry, preserveEntrySignatures: 'strict' } },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    const code = chunks.map((chunk) => (chunk.type === 'chunk' ? chunk.code : String(chunk.source))).join('\n');
    expect(code).toContain('01-design-principles');
    expect(code).toContain('03-graphql');
    expect(code).toContain('api-audit');
    expect(code).not.toContain('04-grpc');
    expect(code).not.toContain('12-capstone');
    expect(code).not.toContain('order-service-proto');
    expect(code).not.toContain('ride-matching');
  });
});
