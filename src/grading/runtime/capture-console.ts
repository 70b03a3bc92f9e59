/**
 * Collects what code prints while a check runs, so it can be shown with that check
 * (the results' `output`) instead of going to a console nobody reads — and so that
 * a learner's console.log cannot break the CLI's --json output.
 */

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Runs `fn` with console output captured; returns its result and the printed lines. */
export async function captureConsole<T>(fn: () => Promise<T> | T): Promise<{ result: PromiseSettledResult<T>; output: string | null }> {
  const lines: string[] = [];
  const saved = methods.map((name) => console[name]);
  for (const name of methods) {
    console[name] = (...args: unknown[]) => {
      lines.push(args.map(show).join(' '));
    };
  }
  let result: PromiseSettledResult<T>;
  try {
    result = { status: 'fulfilled', value: await fn() };
  } catch (reason) {
    result = { status: 'rejected', reason };
  } finally {
    methods.forEach((name, index) => {
      console[name] = saved[index];
    });
  }
  return { result, output: lines.length > 0 ? lines.join('\n') : null };
}
