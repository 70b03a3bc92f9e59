import { describe, expect, it } from 'vitest';
import type { GradeResults } from '../../src/grading/results';
import {
  createProgressFile,
  describeImport,
  parseProgressFile,
  progressFileName,
  serializeProgressFile,
} from '../../src/progress/export';
import { createMemoryStorage } from '../../src/progress/memory-storage';
import { createProgressStore } from '../../src/progress/progress-store';

const AT = new Date('2026-11-05T12:00:00.000Z');
const failing: GradeResults = {
  version: 3,
  status: 'error',
  message: 'YAML parse error at line 3, column 5: bad indentation.',
  tests: [{ name: 'document > parses', status: 'error', message: 'Fix the indentation on line 3.', output: 'log\n', task_id: 1 }],
  location: { line: 3, column: 5 },
};
const passing: GradeResults = {
  version: 3,
  status: 'pass',
  message: null,
  tests: [{ name: 'paths > plural', status: 'pass', message: null, output: null, task_id: null }],
};

// A store with some real history: edits, runs, a reset, the solution viewed.
function storeWithHistory() {
  const store = createProgressStore({ storage: createMemoryStorage(), now: () => AT });
  const audit = store.actorFor('api-audit', 'starter A');
  audit.send({ type: 'exercise.edit', text: 'draft\n\twith tab and “unicode” ✓' });
  audit.send({ type: 'exercise.graded', results: failing, at: AT.toISOString() });
  audit.send({ type: 'exercise.reset', starter: 'starter A' });
  const orders = store.actorFor('design-orders', 'starter B');
  orders.send({ type: 'exercise.edit', text: 'solution' });
  orders.send({ type: 'exercise.graded', results: passing, at: AT.toISOString() });
  orders.send({ type: 'exercise.solutionShown' });
  store.actorFor('never-touched', 'starter C').send({ type: 'exercise.solutionShown' });
  return store;
}

function validFile() {
  return JSON.parse(serializeProgressFile(createProgressFile(storeWithHistory().getAll(), AT)));
}

function errorsOf(file: unknown): string[] {
  const parsed = parseProgressFile(JSON.stringify(file));
  if (parsed.ok) throw new Error('expected the file to be rejected');
  return parsed.errors;
}

describe('progress export and import', () => {
  it('round-trips exactly: export, import into a fresh browser, export again', () => {
    const text = serializeProgressFile(createProgressFile(storeWithHistory().getAll(), AT));
    const parsed = parseProgressFile(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const storage = createMemoryStorage();
    createProgressStore({ storage, now: () => AT }).replaceAll(parsed.file.exercises);
    const elsewhere = createProgressStore({ storage, now: () => AT });
    expect(serializeProgressFile(createProgressFile(elsewhere.getAll(), AT))).toBe(text);
    const resumed = elsewhere.actorFor('api-audit', 'starter A').getSnapshot();
    expect(resumed.context).toMatchObject({ text: 'starter A', undoText: 'draft\n\twith tab and “unicode” ✓', attempts: 1 });
  });

  it('writes the versioned format with exercises in id order', () => {
    const file = createProgressFile(storeWithHistory().getAll(), AT);
    expect(file).toMatchObject({ format: 'api-design-workbench-progress', version: 1, exportedAt: AT.toISOString() });
    expect(Object.keys(file.exercises)).toEqual(['api-audit', 'design-orders', 'never-touched']);
    expect(file.exercises['design-orders']).toMatchObject({ state: 'passed', attempts: 1, solutionShown: true });
  });

  it('accepts a file with only the listed fields, defaulting lastGradedAt and undoText to null', () => {
    const file = validFile();
    delete file.exercises['api-audit'].lastGradedAt;
    delete file.exercises['api-audit'].undoText;
    const parsed = parseProgressFile(JSON.stringify(file));
    expect(parsed.ok && parsed.file.exercises['api-audit']).toMatchObject({ lastGradedAt: null, undoText: null });
  });

  it('names the file format when the file is something else', () => {
    expect(errorsOf({ ...validFile(), format: 'other-app' })[0]).toMatch(/^format: expected "api-design-workbench-progress"/);
  });

  it('names the version when the file is from another version', () => {
    expect(errorsOf({ ...validFile(), version: 2 })).toEqual([expect.stringMatching(/^version: this app reads version 1 .* says 2/)]);
  });

  it('names the exercise and field that is wrong', () => {
    const file = validFile();
    file.exercises['api-audit'].attempts = -2;
    file.exercises['design-orders'].lastResults.tests[0].status = 'passed';
    expect(errorsOf(file)).toEqual([
      expect.stringMatching(/^exercises\["api-audit"\]\.attempts: /),
      expect.stringMatching(/^exercises\["design-orders"\]\.lastResults\.tests\[0\]\.status: /),
    ]);
  });

  it('names a missing field and an unknown one', () => {
    const file = validFile();
    delete file.exercises['api-audit'].text;
    file.exercises['api-audit'].txet = 'typo';
    const errors = errorsOf(file);
    expect(errors).toContainEqual(expect.stringMatching(/^exercises\["api-audit"\]\.text: /));
    expect(errors).toContainEqual('exercises["api-audit"]: unknown field "txet"; remove it or check its spelling');
  });

  it('rejects an exercise id that is not kebab-case', () => {
    const file = validFile();
    file.exercises['API Audit'] = file.exercises['api-audit'];
    expect(errorsOf(file)).toEqual(['exercises["API Audit"]: exercise ids are kebab-case, such as "api-audit"']);
  });

  it('rejects a passed exercise that was never run, saying which field to fix', () => {
    const file = validFile();
    Object.assign(file.exercises['never-touched'], { state: 'passed' });
    expect(errorsOf(file)).toEqual([expect.stringMatching(/^exercises\["never-touched"\]\.attempts: a "passed" exercise/)]);
  });

  it('says when the file is not JSON at all', () => {
    const parsed = parseProgressFile('{"format": ');
    expect(parsed).toEqual({ ok: false, errors: [expect.stringMatching(/^The file is not valid JSON/)] });
  });

  it('lists what an import overwrites and removes before it happens', () => {
    const current = storeWithHistory().getAll();
    const file = validFile();
    delete file.exercises['never-touched'];
    file.exercises['brand-new'] = file.exercises['api-audit'];
    const parsed = parseProgressFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(describeImport(current, parsed.file)).toEqual({
      incoming: ['api-audit', 'brand-new', 'design-orders'],
      overwritten: ['api-audit', 'design-orders'],
      removed: ['never-touched'],
    });
  });

  it('names the file after the local date', () => {
    expect(progressFileName(new Date(2026, 0, 7, 23, 59))).toBe('workbench-progress-2026-01-07.json');
  });
});
