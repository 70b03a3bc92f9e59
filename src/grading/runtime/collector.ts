/**
 * The describe/it collector behind the grader's `import ... from 'vitest'`.
 *
 * A grader's function registers checks while it runs; `collectChecks` opens a
 * collection, calls it, and returns the flat list of checks in registration order.
 * The open collection lives on globalThis under a registered symbol, not in a module
 * variable: the CLI loads the grader through Vite's module runner and this runtime
 * natively, so two copies of this module can exist in one process, and both must see
 * the same collection.
 */

/** A check body: may be async; a thrown error or rejected promise fails it. */
export type CheckFn = () => unknown;
export type HookFn = () => unknown;

/** One `it`, flattened, with everything needed to run it on its own. */
export interface CollectedCheck {
  /** Describe titles and the it title, outermost first. */
  path: string[];
  fn: CheckFn;
  /** Time limit in ms for this check, when the grader set one with `it(name, fn, ms)`. */
  timeoutMs: number | null;
  /** 1-based index of the top-level describe, null for a check outside any describe. */
  taskId: number | null;
  /** beforeEach hooks, outermost first, and afterEach hooks, innermost first. */
  beforeEach: HookFn[];
  afterEach: HookFn[];
}

interface Scope {
  titles: string[];
  taskId: number | null;
  beforeEach: HookFn[];
  afterEach: HookFn[];
  /** Checks of this scope and its children, in registration order. */
  entries: Array<{ kind: 'check'; title: string; fn: CheckFn; timeoutMs: number | null } | { kind: 'scope'; scope: Scope }>;
}

interface Collection {
  root: Scope;
  current: Scope;
  topLevelCount: number;
}

const slot = Symbol.for('api-design-workbench.grader-collection');
type GlobalWithSlot = typeof globalThis & { [slot]?: Collection | null };

function newScope(titles: string[], taskId: number | null): Scope {
  return { titles, taskId, beforeEach: [], afterEach: [], entries: [] };
}

function activeCollection(api: string): Collection {
  const collection = (globalThis as GlobalWithSlot)[slot];
  if (!collection) {
    throw new Error(
      `${api}() was called outside a grader. Call it inside the function given to defineGrader(...), ` +
        `which the grading runtime runs for each submission.`,
    );
  }
  return collection;
}

/** Registers a describe block and runs its body at once, as vitest collects suites. */
export function registerSuite(title: string, body: () => unknown): void {
  const collection = activeCollection('describe');
  const parent = collection.current;
  const isTopLevel = parent === collection.root;
  const taskId = isTopLevel ? ++collection.topLevelCount : parent.taskId;
  const scope = newScope([...parent.titles, title], taskId);
  parent.entries.push({ kind: 'scope', scope });
  collection.current = scope;
  try {
    const result = body();
    if (result instanceof Promise) {
      throw new Error(`describe('${title}') got an async body. Register checks synchronously and make the it() callbacks async instead.`);
    }
  } finally {
    collection.current = parent;
  }
}

/** Registers one check in the describe block that is being collected. */
export function registerCheck(title: string, fn: CheckFn, timeoutMs: number | null): void {
  const collection = activeCollection('it');
  collection.current.entries.push({ kind: 'check', title, fn, timeoutMs });
}

/** Registers a hook that runs before (or after) every check in the current block and its children. */
export function registerHook(when: 'beforeEach' | 'afterEach', fn: HookFn): void {
  activeCollection(when).current[when].push(fn);
}

function flatten(scope: Scope, before: HookFn[], after: HookFn[], out: CollectedCheck[]): void {
  const beforeEach = [...before, ...scope.beforeEach];
  const afterEach = [...scope.afterEach, ...after];
  for (const entry of scope.entries) {
    if (entry.kind === 'scope') {
      flatten(entry.scope, beforeEach, afterEach, out);
    } else {
      out.push({
        path: [...scope.titles, entry.title],
        fn: entry.fn,
        timeoutMs: entry.timeoutMs,
        taskId: scope.taskId,
        beforeEach,
        afterEach,
      });
    }
  }
}

/**
 * Runs `define` with a collection open and returns the checks it registered.
 * Throws whatever `define` throws; the collection is closed either way.
 */
export function collectChecks(define: () => unknown): CollectedCheck[] {
  const holder = globalThis as GlobalWithSlot;
  if (holder[slot]) {
    throw new Error('A grader is already being collected; graders cannot define other graders.');
  }
  const root = newScope([], null);
  holder[slot] = { root, current: root, topLevelCount: 0 };
  try {
    const result = define();
    if (result instanceof Promise) {
      // Swallow the late rejection: the grader is reported as broken below instead.
      result.catch(() => {});
      throw new Error('The function given to defineGrader returned a promise. Register checks synchronously; make the it() callbacks async instead.');
    }
  } finally {
    holder[slot] = null;
  }
  const checks: CollectedCheck[] = [];
  flatten(root, [], [], checks);
  return checks;
}
