/**
 * What a grader gets when it imports 'vitest' (see docs/decisions/002-grader-runtime.md).
 * graderShimPlugin resolves the import here for grader files only; the same code runs
 * in the browser worker, the CLI and the meta-tests. Signatures follow vitest loosely:
 * the parts graders need, no more.
 */
import { registerCheck, registerHook, registerSuite, type CheckFn, type HookFn } from './collector';

export { expect } from './expect';

type TimeoutArg = number | { timeout?: number } | undefined;

function timeoutOf(arg: TimeoutArg): number | null {
  if (typeof arg === 'number') return arg;
  return arg?.timeout ?? null;
}

type Row = unknown;

/** Formats an `each` title the way vitest does: %s %d %i %j %o %# placeholders, or $name fields. */
function formatTitle(template: string, row: Row, index: number): string {
  const args = Array.isArray(row) ? [...row] : [row];
  let title = template.replace(/%[sdijo#%]/g, (token) => {
    if (token === '%%') return '%';
    if (token === '%#') return String(index);
    const value = args.shift();
    if (token === '%d' || token === '%i') return String(Number(value));
    if (token === '%j' || token === '%o') return JSON.stringify(value);
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  });
  if (row !== null && typeof row === 'object' && !Array.isArray(row)) {
    title = title.replace(/\$([A-Za-z_][\w.]*)/g, (whole, key: string) => {
      const value = key.split('.').reduce<unknown>((obj, part) => (obj as Record<string, unknown> | undefined)?.[part], row);
      return value === undefined ? whole : typeof value === 'string' ? value : JSON.stringify(value);
    });
  }
  return title;
}

function spread(row: Row): unknown[] {
  return Array.isArray(row) ? row : [row];
}

interface CheckApi {
  (name: string, fn: CheckFn, options?: TimeoutArg): void;
  /** Registers nothing: the check is skipped, as in vitest. */
  skip(name: string, fn?: CheckFn, options?: TimeoutArg): void;
  /** A check still to be written; registers nothing. */
  todo(name: string): void;
  /** One check per row: `it.each(rows)('handles %s', (value) => ...)`. */
  each<T>(rows: readonly T[]): (name: string, fn: (...args: any[]) => unknown, options?: TimeoutArg) => void;
}

function createCheckApi(): CheckApi {
  const api = ((name: string, fn: CheckFn, options?: TimeoutArg) => registerCheck(name, fn, timeoutOf(options))) as CheckApi;
  api.skip = () => {};
  api.todo = () => {};
  api.each = (rows) => (name, fn, options) => {
    rows.forEach((row, index) => registerCheck(formatTitle(name, row, index), () => fn(...spread(row)), timeoutOf(options)));
  };
  return api;
}

interface SuiteApi {
  (name: string, body: () => void): void;
  skip(name: string, body?: () => void): void;
  each<T>(rows: readonly T[]): (name: string, body: (...args: any[]) => void) => void;
}

function createSuiteApi(): SuiteApi {
  const api = ((name: string, body: () => void) => registerSuite(name, body)) as SuiteApi;
  api.skip = () => {};
  api.each = (rows) => (name, body) => {
    rows.forEach((row, index) => registerSuite(formatTitle(name, row, index), () => body(...spread(row))));
  };
  return api;
}

/** Groups checks; the top-level describe is the check's task (task_id) in the results. */
export const describe: SuiteApi = createSuiteApi();
export const suite: SuiteApi = describe;
/** Registers one check. A failing expect or a thrown Error fails it with that message. */
export const it: CheckApi = createCheckApi();
export const test: CheckApi = it;

/** Runs before every check in the current describe block and its children. */
export function beforeEach(fn: HookFn): void {
  registerHook('beforeEach', fn);
}

/** Runs after every check in the current describe block and its children, even a failed one. */
export function afterEach(fn: HookFn): void {
  registerHook('afterEach', fn);
}
