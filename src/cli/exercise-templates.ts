/**
 * The files `npm run new-exercise` writes. They are a working exercise in every part
 * but one: the solution is a copy of the starter, so the meta-tests fail ("solution
 * passes") until the author writes a real one. The `<!-- new-exercise: ... -->` notes
 * in exercise.md are also flagged by the meta-tests until they are replaced.
 */
import type { ExerciseKind } from '../content/schema';

export const scaffoldNote = '<!-- new-exercise:';

export interface TemplateInput {
  id: string;
  kind: ExerciseKind;
  chapter: number;
  /** Import path from the exercise folder to src/grading/define-grader. */
  defineGraderImport: string;
}

/** "rate-limit-headers" → "Rate limit headers". */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function exerciseMarkdown({ id, kind, chapter }: TemplateInput): string {
  return `---
id: ${id}
title: ${titleFromId(id)}
chapter: ${chapter}
section: replace-with-the-heading-slug-it-practises
kind: ${kind}
minutes: 15
difficulty: beginner
---

${scaffoldNote} write the task here, then delete this note. Say what to build and why it
matters, what the starter gives, and which properties the checks look for (any correct
design must pass, whatever its names). -->

## Hints

${scaffoldNote} order the hints from a gentle nudge to nearly the answer; the app reveals
them one at a time. Delete this note when they are written. -->

1. Read the first failing check's message: it names what to change.
2. Compare your answer with the task's list of properties, one at a time.
`;
}

const starters: Record<ExerciseKind, string> = {
  openapi: `openapi: 3.1.0
info:
  title: Example API
  version: 1.0.0
paths:
  /items:
    get:
      summary: List the items
      responses:
        '200':
          description: The items.
`,
  typescript: `/**
 * The function the task asks for. The checks call it through the module's exports,
 * so keep the export and its name.
 */
export function solve(input: string): string {
  return input;
}
`,
  json: `{
  "answer": null
}
`,
  graphql: `type Query {
  item(id: ID!): Item
}

type Item {
  id: ID!
  name: String!
}
`,
  proto: `syntax = "proto3";

package example.items;

message Item {
  string name = 1;
}
`,
};

export function starterFile(kind: ExerciseKind): string {
  return starters[kind];
}

const exampleChecks: Record<ExerciseKind, string> = {
  openapi: `  const operations = Object.entries(submission.document.paths).flatMap(([path, item]) =>
    (['get', 'put', 'post', 'patch', 'delete'] as const).flatMap((method) => (item[method] ? [{ path, method, operation: item[method] }] : [])),
  );

  describe('Errors', () => {
    it('declares a 4xx response on every operation', () => {
      const missing = operations.filter(({ operation }) => !Object.keys(operation.responses).some((code) => code.startsWith('4')));
      const names = missing.map(({ method, path }) => \`\${method.toUpperCase()} \${path}\`);
      expect(names, \`\${names.join(', ')} \${names.length === 1 ? 'declares' : 'declare'} no 4xx response; add the error a client gets for a bad request (400) or an unknown id (404).\`).toEqual([]);
    });
  });
`,
  typescript: `  const solve = submission.exports.solve;

  describe('solve', () => {
    it('is exported as a function', () => {
      expect(typeof solve, 'Export a function named solve: export function solve(input: string): string { ... }.').toBe('function');
    });

    it('turns "hello world" into "hello-world"', () => {
      const result = (solve as (input: string) => string)('hello world');
      expect(result, \`solve("hello world") should give "hello-world"; it gave \${JSON.stringify(result)}.\`).toBe('hello-world');
    });
  });
`,
  json: `  const value = submission.value as Record<string, unknown> | null;

  describe('Answer', () => {
    it('gives an answer', () => {
      expect(value?.answer, 'Fill in "answer": it is still null.').not.toBeNull();
    });
  });
`,
  graphql: `  const query = submission.schema.getQueryType();

  describe('Queries', () => {
    it('lets clients list the items', () => {
      expect(Object.keys(query?.getFields() ?? {}), 'Add a field to Query that returns the items, e.g. items(first: Int, after: String): ItemConnection!.').toContain('items');
    });
  });
`,
  proto: `  describe('Package', () => {
    it('names a version in the package', () => {
      expect(submission.packageName ?? '', 'End the package with a version, e.g. package example.items.v1;.').toMatch(/\\.v\\d+$/);
    });
  });
`,
};

export function graderFile({ kind, defineGraderImport }: TemplateInput): string {
  return `import { describe, expect, it } from 'vitest';
import { defineGrader } from '${defineGraderImport}';

// One check to start from. Write checks of the properties a good answer has, so that any
// correct answer passes whatever its names; each failure message says what is wrong and
// how to fix it, in one or two sentences.
export default defineGrader('${kind}', (submission) => {
${exampleChecks[kind]}});
`;
}
