/**
 * The one export a grader file needs besides vitest's describe/it/expect.
 *
 * @example
 * export default defineGrader('openapi', (submission) => {
 *   describe('Resources', () => {
 *     it('names collections with plural nouns', () => { expect(problems, 'Rename /user to /users.').toEqual([]) });
 *   });
 * });
 */
import type { ExerciseKind } from '../content/schema';
import type { Submission } from './submission';

// Symbol.for, not a local symbol: a grader loaded through Vite's module runner must be
// recognised by a runtime that Node loaded natively (two copies of this module).
const graderMark = Symbol.for('api-design-workbench.grader');

export interface Grader<K extends ExerciseKind = ExerciseKind> {
  readonly kind: K;
  /** Registers the checks for one submission with describe/it; runs inside a collection. */
  readonly define: (submission: Submission<K>) => void;
  readonly [graderMark]: true;
}

/** Declares a grader: the exercise kind it reads, and a function that registers its checks. */
export function defineGrader<K extends ExerciseKind>(kind: K, define: (submission: Submission<K>) => void): Grader<K> {
  return { kind, define, [graderMark]: true };
}

/** True when `value` was made by defineGrader. */
export function isGrader(value: unknown): value is Grader {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[graderMark] === true;
}

/** The grader a grader module exports by default; throws a message that names the file otherwise. */
export function graderFromModule(module: unknown, file: string): Grader {
  const candidate = (module as { default?: unknown } | null)?.default;
  if (!isGrader(candidate)) {
    throw new Error(`${file} must end with \`export default defineGrader('<kind>', (submission) => { describe(...) })\`; its default export is not a grader.`);
  }
  return candidate;
}
