/**
 * Calling the learner's exports safely: each function is looked up with a message that
 * says how to export it, every argument is deep-frozen (so an adapter that changes its
 * input is caught), and a throw becomes a sentence naming the input.
 */

export type Fn = (...args: unknown[]) => unknown;

/** Shows a value the way a learner would write it. */
export const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

const signatures: Record<string, string> = {
  v2ToV3: 'export function v2ToV3(user: UserV2): UserV3',
  v3ToV2: 'export function v3ToV2(user: UserV3): UserV2',
  deprecationHeaders: 'export function deprecationHeaders(plan: DeprecationPlan, now: Date): DeprecationSignal',
};

/** The exported function `name`, or an Error that says how to export it. */
export function exported(exports: Record<string, unknown>, name: keyof typeof signatures): Fn {
  const fn = exports[name];
  if (typeof fn === 'function') return fn as Fn;
  const found = Object.keys(exports);
  throw new Error(`Export a function named ${name}: ${signatures[name]}. ${found.length ? `Found only: ${found.join(', ')}.` : 'The file exports nothing yet.'}`);
}

/** A deep-frozen copy of a plain JSON value; Dates are copied and left as they are. */
export function frozen<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy = (Array.isArray(value) ? value.map(frozen) : Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, frozen(inner)]))) as T;
  return Object.freeze(copy);
}

function reason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Calls `fn` with frozen arguments; a throw becomes an Error that names the call and what to do. */
export function call(fn: Fn, description: string, ...args: unknown[]): unknown {
  try {
    return fn(...args.map(frozen));
  } catch (error) {
    const mutation = error instanceof TypeError && /read[- ]only|frozen|not extensible|Cannot assign|Cannot add|Cannot delete/i.test(error.message);
    const advice = mutation
      ? 'The argument is frozen, and your code tried to change it: build and return a new object instead of assigning to the one you were given.'
      : 'It should return a value for every input the rules describe.';
    throw new Error(`${description} threw ${reason(error)}. ${advice}`);
  }
}
