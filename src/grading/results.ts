/**
 * One results shape everywhere (worker, CLI, progress file): the Exercism
 * test-runner interface, version 3, so tools built for that convention can read it.
 * https://exercism.org/docs/building/tooling/test-runners/interface
 */
export type CheckStatus = 'pass' | 'fail' | 'error';

export interface CheckResult {
  /** The check's full name: describe titles and the it title joined by " > ". */
  name: string;
  status: CheckStatus;
  /** Why it failed and what to change, in one or two sentences. Null when it passed. */
  message: string | null;
  /** Anything the submission printed while the check ran (console.log), else null. */
  output: string | null;
  /** 1-based index of the top-level describe block the check belongs to. */
  task_id: number | null;
}

/** Where a parse or compile error sits in the learner's text (1-based). */
export interface SourceLocation {
  line: number;
  column: number;
}

export interface GradeResults {
  version: 3;
  /** `error` means no check could run (parse error, compile error, time limit). */
  status: CheckStatus;
  /** Set when status is `error`: what went wrong, with line and column if known. */
  message: string | null;
  tests: CheckResult[];
  /** Not part of Exercism's interface: where to put the editor marker for an `error`. */
  location?: SourceLocation | null;
}
