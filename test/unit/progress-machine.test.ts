import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import type { GradeResults } from '../../src/grading/results';
import { exerciseMachine, progressOf, restoreExerciseSnapshot, statusOf } from '../../src/progress/exercise-machine';
import type { ExerciseEvent, ExerciseSnapshot } from '../../src/progress/exercise-machine';
import { createMemoryStorage } from '../../src/progress/memory-storage';
import { createProgressStore } from '../../src/progress/progress-store';

const STARTER = 'openapi: 3.1.0\npaths: {}\n';
const DRAFT = 'openapi: 3.1.0\npaths:\n  /orders: {}\n';
const AT = '2026-11-05T10:00:00.000Z';

function results(status: 'pass' | 'fail'): GradeResults {
  return {
    version: 3,
    status,
    message: null,
    tests: [
      {
        name: 'paths > use plural nouns',
        status,
        message: status === 'pass' ? null : 'Rename /order to /orders.',
        output: null,
        task_id: 1,
      },
    ],
  };
}
const failing = results('fail');
const passing = results('pass');

const modelEvents: ExerciseEvent[] = [
  { type: 'exercise.edit', text: STARTER },
  { type: 'exercise.edit', text: DRAFT },
  { type: 'exercise.graded', results: failing, at: AT },
  { type: 'exercise.graded', results: passing, at: AT },
  { type: 'exercise.reset', starter: STARTER },
  { type: 'exercise.undoReset' },
  { type: 'exercise.solutionShown' },
];

// The model's states: the status plus what the learner can see. Attempts only count
// as "none" or "some", or the graph would be infinite.
function abstractState(s: ExerciseSnapshot): string {
  const c = s.context;
  return JSON.stringify([s.value, c.text, c.undoText, c.solutionShown, c.attempts > 0, c.lastResults?.status ?? null]);
}

function label(e: ExerciseEvent): string {
  const name = e.type.replace('exercise.', '');
  if (e.type === 'exercise.edit') return `${name}(${e.text === STARTER ? 'starter' : 'draft'})`;
  if (e.type === 'exercise.graded') return `${name}(${e.results.status})`;
  return name;
}

// A short, unique test name for a path: "passed via edit(draft) → graded(pass)".
function describePath(path: { state: ExerciseSnapshot; steps: { event: { type: string } }[] }): string {
  const events = path.steps.slice(1).map((step) => label(step.event as ExerciseEvent));
  return `${String(path.state.value)} via ${events.join(' → ')}`;
}

function start() {
  return createActor(exerciseMachine, { input: { starter: STARTER } }).start();
}

describe('exercise machine, model-based', () => {
  const model = createTestModel(exerciseMachine, {
    input: { starter: STARTER },
    events: modelEvents,
    // Keying each state by the edge that led to it makes the paths cover every
    // transition, not only every state (a real undo only returns to a known state).
    serializeState: (s, event, previous) =>
      `${previous ? abstractState(previous) : 'start'} --${event ? label(event) : 'init'}--> ${abstractState(s)}`,
  });
  const paths = model.getShortestPaths();

  it('reaches every state of the lifecycle', () => {
    // Shorter paths that are prefixes of longer ones are merged away, so look at every step.
    const reached = new Set(paths.flatMap((p) => p.steps.map((step) => String(step.state.value))));
    expect([...reached].sort()).toEqual(['inProgress', 'notStarted', 'passed']);
  });

  it('takes every event somewhere along the paths, undoReset included', () => {
    const taken = new Set(paths.flatMap((p) => p.steps.slice(1).map((step) => label(step.event as ExerciseEvent))));
    expect(paths.some((p) => describePath(p).includes('reset → undoReset'))).toBe(true);
    expect([...taken].sort()).toEqual(
      ['edit(draft)', 'edit(starter)', 'graded(fail)', 'graded(pass)', 'reset', 'solutionShown', 'undoReset'],
    );
  });

  // The system under test is the store an app page uses: after every step, the entry a
  // fresh store reads back from storage must equal the live machine's state.
  for (const path of paths) {
    it(`persists every step: ${describePath(path)}`, async () => {
      const storage = createMemoryStorage();
      const store = createProgressStore({ storage, now: () => new Date(AT) });
      const actor = store.actorFor('design-orders', STARTER);
      const checkSaved = (expected: ExerciseSnapshot) => {
        // The model merges paths into abstract states, so compare what the learner sees.
        const live = actor.getSnapshot();
        expect(abstractState(live)).toBe(abstractState(expected));
        const reloaded = createProgressStore({ storage }).getAll()['design-orders'];
        if (reloaded === undefined) {
          // Nothing is written until something changes: only a fresh exercise has no entry.
          expect(expected.value).toBe('notStarted');
          expect(expected.context.solutionShown).toBe(false);
          return;
        }
        const { updatedAt, ...saved } = reloaded;
        expect(saved).toEqual(progressOf(live));
        expect(updatedAt).toBe(AT);
      };
      await path.test({
        states: {
          notStarted: (s) => {
            checkSaved(s);
            expect(s.context.attempts).toBe(0);
            expect(s.context.text).toBe(STARTER);
          },
          inProgress: (s) => {
            checkSaved(s);
            expect(statusOf(s)).toBe('in_progress');
          },
          passed: (s) => {
            checkSaved(s);
            expect(s.context.attempts).toBeGreaterThan(0);
          },
        },
        events: Object.fromEntries(
          modelEvents.map((e) => [e.type, ({ event }: { event: ExerciseEvent }) => void actor.send(event)]),
        ),
      });
    });
  }
});

describe('exercise machine', () => {
  it('stays not started when the starter text is typed back unchanged', () => {
    const actor = start();
    actor.send({ type: 'exercise.edit', text: STARTER });
    expect(actor.getSnapshot().value).toBe('notStarted');
  });

  it('moves to in progress on a real edit and keeps the text', () => {
    const actor = start();
    actor.send({ type: 'exercise.edit', text: DRAFT });
    expect(actor.getSnapshot().value).toBe('inProgress');
    expect(actor.getSnapshot().context.text).toBe(DRAFT);
  });

  it('moves to in progress on a failing run and counts the attempt', () => {
    const actor = start();
    actor.send({ type: 'exercise.graded', results: failing, at: AT });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('inProgress');
    expect(context).toMatchObject({ attempts: 1, lastResults: failing, lastGradedAt: AT });
  });

  it('keeps a passed exercise passed after a later failing run, recording that run', () => {
    const actor = start();
    actor.send({ type: 'exercise.edit', text: DRAFT });
    actor.send({ type: 'exercise.graded', results: passing, at: AT });
    actor.send({ type: 'exercise.edit', text: `${DRAFT}# broken` });
    actor.send({ type: 'exercise.graded', results: failing, at: '2026-11-05T11:00:00.000Z' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('passed');
    expect(context.attempts).toBe(2);
    expect(context.lastResults).toBe(failing);
    expect(context.lastGradedAt).toBe('2026-11-05T11:00:00.000Z');
  });

  it('puts the starter back on reset and restores the replaced text on undo', () => {
    const actor = start();
    actor.send({ type: 'exercise.edit', text: DRAFT });
    actor.send({ type: 'exercise.reset', starter: STARTER });
    expect(actor.getSnapshot().context).toMatchObject({ text: STARTER, undoText: DRAFT });
    expect(actor.getSnapshot().value).toBe('inProgress');
    actor.send({ type: 'exercise.undoReset' });
    expect(actor.getSnapshot().context).toMatchObject({ text: DRAFT, undoText: null });
  });

  it('offers undo only between a reset and the next real edit', () => {
    const actor = start();
    expect(actor.getSnapshot().can({ type: 'exercise.undoReset' })).toBe(false);
    actor.send({ type: 'exercise.edit', text: DRAFT });
    actor.send({ type: 'exercise.reset', starter: STARTER });
    // The editor echoing the reset text back is not an edit, so undo survives it.
    actor.send({ type: 'exercise.edit', text: STARTER });
    expect(actor.getSnapshot().can({ type: 'exercise.undoReset' })).toBe(true);
    actor.send({ type: 'exercise.edit', text: `${STARTER}x` });
    expect(actor.getSnapshot().can({ type: 'exercise.undoReset' })).toBe(false);
  });

  it('refuses a reset when the text already is the starter', () => {
    const snapshot = start().getSnapshot();
    expect(snapshot.can({ type: 'exercise.reset', starter: STARTER })).toBe(false);
  });

  it('remembers that the solution was viewed without changing the status', () => {
    const actor = start();
    actor.send({ type: 'exercise.solutionShown' });
    expect(actor.getSnapshot().value).toBe('notStarted');
    expect(actor.getSnapshot().context.solutionShown).toBe(true);
  });

  it('resumes a saved entry in its state, with its text and undo', () => {
    const snapshot = restoreExerciseSnapshot(STARTER, {
      state: 'passed',
      text: DRAFT,
      attempts: 3,
      lastResults: passing,
      lastGradedAt: AT,
      solutionShown: true,
      undoText: 'older text',
      updatedAt: AT,
    });
    const actor = createActor(exerciseMachine, { snapshot, input: { starter: STARTER } }).start();
    expect(statusOf(actor.getSnapshot())).toBe('passed');
    expect(actor.getSnapshot().can({ type: 'exercise.undoReset' })).toBe(true);
    actor.send({ type: 'exercise.graded', results: failing, at: AT });
    expect(actor.getSnapshot().value).toBe('passed');
    expect(actor.getSnapshot().context.attempts).toBe(4);
  });
});
