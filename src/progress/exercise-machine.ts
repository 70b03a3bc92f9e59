/**
 * One exercise's lifecycle: notStarted → inProgress → passed.
 *
 * Rules the UI relies on:
 * - Typing the starter text back unchanged is not "starting"; a real edit or a run is.
 * - Passed stays passed: a later failing run is recorded (attempts, lastResults) but
 *   does not take the badge away.
 * - Reset keeps the replaced text so one undo can bring it back; a real edit after
 *   the reset drops that undo, because undoing would throw the new edit away.
 *
 * The machine is pure: the time of a run comes in with the event, so the same events
 * always give the same snapshot (tests and the model-based checker depend on it).
 */
import { assign, setup } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import type { GradeResults } from '../grading/results';
import type { ExerciseProgress, ProgressStatus } from './schema';

export interface ExerciseContext {
  /** The exercise's starter text: an edit back to it is no edit at all. */
  starter: string;
  text: string;
  attempts: number;
  lastResults: GradeResults | null;
  lastGradedAt: string | null;
  solutionShown: boolean;
  /** The text the last reset replaced; null when there is nothing to undo. */
  undoText: string | null;
}

export type ExerciseEvent =
  | { type: 'exercise.edit'; text: string }
  /** `at`: ISO time the run finished. */
  | { type: 'exercise.graded'; results: GradeResults; at: string }
  | { type: 'exercise.reset'; starter: string }
  | { type: 'exercise.undoReset' }
  | { type: 'exercise.solutionShown' };

export interface ExerciseInput {
  starter: string;
}

/** The exercise lifecycle machine; start it with `{ input: { starter } }` or restore it with `restoreExerciseSnapshot`. */
export const exerciseMachine = setup({
  types: {
    context: {} as ExerciseContext,
    events: {} as ExerciseEvent,
    input: {} as ExerciseInput,
  },
  guards: {
    isRealEdit: ({ context, event }) =>
      event.type === 'exercise.edit' && event.text !== context.starter && event.text !== context.text,
    isChangedText: ({ context, event }) => event.type === 'exercise.edit' && event.text !== context.text,
    isPassing: ({ event }) => event.type === 'exercise.graded' && event.results.status === 'pass',
    differsFromStarter: ({ context, event }) => event.type === 'exercise.reset' && context.text !== event.starter,
    hasUndo: ({ context }) => context.undoText !== null,
    solutionNotYetShown: ({ context }) => !context.solutionShown,
  },
  actions: {
    applyEdit: assign(({ event }) => {
      if (event.type !== 'exercise.edit') return {};
      return { text: event.text, undoText: null };
    }),
    recordRun: assign(({ context, event }) => {
      if (event.type !== 'exercise.graded') return {};
      return { attempts: context.attempts + 1, lastResults: event.results, lastGradedAt: event.at };
    }),
    resetToStarter: assign(({ context, event }) => {
      if (event.type !== 'exercise.reset') return {};
      return { starter: event.starter, undoText: context.text, text: event.starter };
    }),
    restoreUndoText: assign(({ context }) => ({ text: context.undoText ?? context.text, undoText: null })),
    rememberSolutionShown: assign({ solutionShown: true }),
  },
}).createMachine({
  id: 'exercise',
  initial: 'notStarted',
  context: ({ input }) => ({
    starter: input.starter,
    text: input.starter,
    attempts: 0,
    lastResults: null,
    lastGradedAt: null,
    solutionShown: false,
    undoText: null,
  }),
  // Events every state handles the same way; none of them changes the status.
  on: {
    'exercise.reset': { guard: 'differsFromStarter', actions: 'resetToStarter' },
    'exercise.undoReset': { guard: 'hasUndo', actions: 'restoreUndoText' },
    'exercise.solutionShown': { guard: 'solutionNotYetShown', actions: 'rememberSolutionShown' },
  },
  states: {
    notStarted: {
      on: {
        'exercise.edit': { guard: 'isRealEdit', target: 'inProgress', actions: 'applyEdit' },
        'exercise.graded': [
          { guard: 'isPassing', target: 'passed', actions: 'recordRun' },
          { target: 'inProgress', actions: 'recordRun' },
        ],
      },
    },
    inProgress: {
      on: {
        'exercise.edit': { guard: 'isChangedText', actions: 'applyEdit' },
        'exercise.graded': [
          { guard: 'isPassing', target: 'passed', actions: 'recordRun' },
          { actions: 'recordRun' },
        ],
      },
    },
    passed: {
      on: {
        'exercise.edit': { guard: 'isChangedText', actions: 'applyEdit' },
        'exercise.graded': { actions: 'recordRun' },
      },
    },
  },
});

export type ExerciseSnapshot = SnapshotFrom<typeof exerciseMachine>;
type ExerciseStateValue = 'notStarted' | 'inProgress' | 'passed';

const statusOfState: Record<ExerciseStateValue, ProgressStatus> = {
  notStarted: 'not_started',
  inProgress: 'in_progress',
  passed: 'passed',
};
const stateOfStatus: Record<ProgressStatus, ExerciseStateValue> = {
  not_started: 'notStarted',
  in_progress: 'inProgress',
  passed: 'passed',
};

/** The learner-facing status of a snapshot. */
export function statusOf(snapshot: ExerciseSnapshot): ProgressStatus {
  return statusOfState[snapshot.value as ExerciseStateValue];
}

/** A snapshot that resumes where a saved entry left off (the starter comes from the exercise files). */
export function restoreExerciseSnapshot(starter: string, saved: ExerciseProgress): ExerciseSnapshot {
  return exerciseMachine.resolveState({
    value: stateOfStatus[saved.state],
    context: {
      starter,
      text: saved.text,
      attempts: saved.attempts,
      lastResults: saved.lastResults,
      lastGradedAt: saved.lastGradedAt,
      solutionShown: saved.solutionShown,
      undoText: saved.undoText,
    },
  });
}

/** The part of a saved entry a snapshot determines (the store adds `updatedAt`). */
export function progressOf(snapshot: ExerciseSnapshot): Omit<ExerciseProgress, 'updatedAt'> {
  const { text, attempts, lastResults, lastGradedAt, solutionShown, undoText } = snapshot.context;
  return { state: statusOf(snapshot), text, attempts, lastResults, lastGradedAt, solutionShown, undoText };
}
