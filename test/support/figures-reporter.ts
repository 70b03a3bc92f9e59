/**
 * Prints the reliability summary at the end of `npm test`: the figures every test
 * recorded with recordFigures (figures.ts), added up, and the failures found — what
 * tests reported plus any test that recorded figures and then failed.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { figureNames, type FigureName, type Figures } from './figures';

function collect(testModules: ReadonlyArray<TestModule>): { totals: Figures; failedTests: string[] } {
  const totals: Figures = {};
  const failedTests: string[] = [];
  for (const testModule of testModules) {
    for (const testCase of testModule.children.allTests()) {
      const figures = testCase.meta().figures;
      if (!figures) continue;
      for (const [name, value] of Object.entries(figures) as [FigureName, number][]) {
        totals[name] = (totals[name] ?? 0) + value;
      }
      if (testCase.result().state === 'failed') failedTests.push(testCase.fullName);
    }
  }
  return { totals, failedTests };
}

/** Formats the summary table; exported for its own test. */
export function formatSummary(totals: Figures, failedTests: string[]): string {
  const failures = (totals['failures found'] ?? 0) + failedTests.length;
  const rows = figureNames
    .filter((name) => name !== 'failures found' && totals[name] !== undefined)
    .map((name) => [name, totals[name]!.toLocaleString('en')] as const);
  rows.push(['failures found', failures.toLocaleString('en')]);
  const width = Math.max(...rows.map(([name]) => name.length));
  const lines = rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value.padStart(10)}`);
  const failedLines = failedTests.map((name) => `  failed: ${name}`);
  return ['', 'Reliability figures', ...lines, ...failedLines, ''].join('\n');
}

/** A vitest reporter that adds the summary after the default reporter's output. */
export default class FiguresReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const { totals, failedTests } = collect(testModules);
    if (Object.keys(totals).length === 0) return;
    process.stdout.write(formatSummary(totals, failedTests) + '\n');
  }
}
