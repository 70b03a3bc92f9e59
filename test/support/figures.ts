/**
 * Figures that reliability tests report: how many cases they tried and how many
 * failures they found. A test records them on its own task's meta, which vitest
 * carries to the main process, where figures-reporter.ts prints one summary.
 *
 * @example
 *   it('answers every fuzzed request without a 5xx', async (context) => {
 *     ...
 *     recordFigures(context, { 'requests fuzzed': runs, 'failures found': failures.length });
 *   });
 */
import type { TestContext } from 'vitest';

/** The figures the summary knows; others may be added here as tests need them. */
export const figureNames = [
  'requests fuzzed',
  'stateful sequences run',
  'attacks tried',
  'load requests sent',
  'grader runs fuzzed',
  'isolation attempts reported',
  'crashes simulated',
  'pages walked',
  'axe page checks',
  'axe moderate or minor findings',
  'failures found',
] as const;

export type FigureName = (typeof figureNames)[number];
export type Figures = Partial<Record<FigureName, number>>;

declare module 'vitest' {
  interface TaskMeta {
    figures?: Figures;
  }
}

/** Adds `figures` to this test's tally and prints them, so a test's own output shows what it tried. */
export function recordFigures(context: Pick<TestContext, 'task'>, figures: Figures): void {
  const tally: Figures = { ...context.task.meta.figures };
  for (const [name, value] of Object.entries(figures) as [FigureName, number][]) {
    tally[name] = (tally[name] ?? 0) + value;
  }
  context.task.meta.figures = tally;
  const line = Object.entries(figures)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');
  console.log(`[figures] ${context.task.name} — ${line}`);
}
