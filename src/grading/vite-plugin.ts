/**
 * Resolves a grader's `import ... from 'vitest'` to our runtime (docs/decisions/002).
 * Only grader files are redirected — `exercises/<id>/grader.ts`, and the fixture
 * graders in `test/exercises/fixtures/<id>/grader.ts` — so the project's own tests
 * keep importing the real vitest. The match is on the path's end, not on the project
 * root, so an exercise scaffolded in another folder (tests do this) resolves the same.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const shimPath = fileURLToPath(new URL('./runtime/vitest-shim.ts', import.meta.url));

const graderFile = /(?:^|\/)exercises\/(?:fixtures\/)?[a-z0-9]+(?:-[a-z0-9]+)*\/grader\.ts$/;

/** True when `file` is a grader that should get the vitest shim. */
export function isGraderFile(file: string): boolean {
  return graderFile.test(file.replace(/[?#].*$/, '').replace(/\\/g, '/'));
}

/** The Vite plugin that hands grader files the vitest shim instead of vitest. */
export function graderShimPlugin(): Plugin {
  return {
    name: 'api-workbench:grader-vitest-shim',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'vitest' || !importer || !isGraderFile(importer)) return null;
      return shimPath;
    },
  };
}
