import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import type { GradeResults } from '../../src/grading/results';
import { createMemoryStorage } from '../../src/progress/memory-storage';
import { ProgressPage } from '../../src/progress/progress-page';
import { createProgressStore } from '../../src/progress/progress-store';
import type { ProgressStore } from '../../src/progress/progress-store';
import { useExerciseProgress } from '../../src/progress/use-exercise-progress';
import type { ExerciseProgressApi } from '../../src/progress/use-exercise-progress';

const AT = new Date('2026-11-05T12:00:00.000Z');
const passing: GradeResults = { version: 3, status: 'pass', message: null, tests: [] };
const chapters = [
  { chapter: 2, title: 'REST in practice', slug: 'rest' },
  { chapter: 1, title: 'Foundations', slug: 'foundations' },
];
const exercises = [
  { id: 'api-audit', title: 'Audit an API', chapter: 1, minutes: 10 },
  { id: 'design-orders', title: 'Design the orders resource', chapter: 2, minutes: 15 },
  { id: 'paginate-orders', title: 'Paginate orders', chapter: 2, minutes: 20 },
];

function render(store: ProgressStore): string {
  const page = createElement(ProgressPage, { chapters, exercises, store });
  return renderToStaticMarkup(createElement(Router, { ssrPath: '/progress', children: page }));
}

// One exercise's row of the rendered page.
function rowOf(html: string, id: string): string {
  const row = html.match(new RegExp(`<li class="progress-exercise"><a href="/exercises/${id}">.*?</li>`));
  if (!row) throw new Error(`no row links to /exercises/${id}`);
  return row[0];
}

// Renders the hook once and hands back what it returned, as a page would see it.
function renderHookOnce(store: ProgressStore, id: string, starter: string): ExerciseProgressApi {
  let api: ExerciseProgressApi | undefined;
  function Probe() {
    api = useExerciseProgress(id, starter, store);
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  return api!;
}

describe('useExerciseProgress', () => {
  it('opens with the starter when nothing is saved', () => {
    const store = createProgressStore({ storage: createMemoryStorage(), now: () => AT });
    const api = renderHookOnce(store, 'api-audit', 'starter');
    expect(api).toMatchObject({ status: 'not_started', text: 'starter', attempts: 0, canUndoReset: false, canReset: false, saveError: null });
  });

  it('opens with the saved text after a reload and saves each change through its callbacks', () => {
    const storage = createMemoryStorage();
    const first = renderHookOnce(createProgressStore({ storage, now: () => AT }), 'api-audit', 'starter');
    first.setText('my draft');
    first.recordResults(passing);
    first.reset();
    const reloaded = renderHookOnce(createProgressStore({ storage, now: () => AT }), 'api-audit', 'starter');
    expect(reloaded).toMatchObject({ status: 'passed', text: 'starter', attempts: 1, canUndoReset: true, lastGradedAt: AT.toISOString() });
    reloaded.undoReset();
    reloaded.markSolutionShown();
    const again = renderHookOnce(createProgressStore({ storage, now: () => AT }), 'api-audit', 'starter');
    expect(again).toMatchObject({ text: 'my draft', solutionShown: true, canUndoReset: false });
  });

  it('passes on a save error as a sentence the page can show', () => {
    const store = createProgressStore({ storage: createMemoryStorage(50), now: () => AT });
    renderHookOnce(store, 'api-audit', 'starter').setText('a draft far too long for this tiny storage quota');
    expect(renderHookOnce(store, 'api-audit', 'starter').saveError).toMatch(/storage for this site is full/);
  });
});

describe('ProgressPage', () => {
  function storeWithProgress() {
    const store = createProgressStore({ storage: createMemoryStorage(), now: () => AT });
    const audit = store.actorFor('api-audit', 'starter');
    audit.send({ type: 'exercise.edit', text: 'draft' });
    audit.send({ type: 'exercise.graded', results: passing, at: AT.toISOString() });
    store.actorFor('design-orders', 'starter').send({ type: 'exercise.edit', text: 'draft' });
    return store;
  }

  it('shows each exercise state in words, linked to the exercise', () => {
    const html = render(storeWithProgress());
    expect(rowOf(html, 'api-audit')).toMatch(/>Audit an API<\/a>.*1 run.*Passed<\/span><\/li>$/);
    expect(rowOf(html, 'design-orders')).toMatch(/>Design the orders resource<\/a>.*In progress<\/span><\/li>$/);
    expect(rowOf(html, 'paginate-orders')).toMatch(/>Paginate orders<\/a>.*Not started<\/span><\/li>$/);
    expect(rowOf(html, 'paginate-orders')).not.toContain('run');
  });

  it('lists chapters in order with their counts and the course total', () => {
    const html = render(storeWithProgress());
    expect(html.indexOf('Chapter 1: Foundations')).toBeLessThan(html.indexOf('Chapter 2: REST in practice'));
    expect(html).toContain('1 of 1 passed');
    expect(html).toContain('0 of 2 passed');
    expect(html).toMatch(/<strong>1<\/strong> of 3 exercises passed · 1 in progress · 1 not started/);
  });

  it('offers export and import', () => {
    const html = render(storeWithProgress());
    expect(html).toMatch(/<button type="button">Export progress<\/button>/);
    expect(html).toMatch(/<label class="progress-file-label">Import progress<input type="file" accept=".json,application\/json"\/>/);
  });

  it('tells the learner about saved progress that could not be read', () => {
    const storage = createMemoryStorage();
    storage.setItem('workbench.progress.v1:api-audit', '{oops');
    const html = render(createProgressStore({ storage, now: () => AT }));
    expect(html).toContain('Saved progress for &quot;api-audit&quot; could not be read');
    expect(html).toContain('Download the damaged copy');
  });
});
