/**
 * The shapes of saved progress: one entry per exercise, and the export file that
 * carries all of them. The same entry shape is stored in localStorage and written
 * to the export file, so an export → import round trip is exact by construction.
 */
import { z } from 'zod';
import { progress } from '@messages/progress';
import { exerciseFrontmatterSchema } from '../content/schema';
import type { GradeResults } from '../grading/results';

/** The three states a learner sees for an exercise, as written to storage and files. */
export const progressStatuses = ['not_started', 'in_progress', 'passed'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

const checkStatusSchema = z.enum(['pass', 'fail', 'error']);

// Mirrors src/grading/results.ts (Exercism's test-runner interface v3); the type
// assertions below fail to compile if the two drift apart.
const checkResultSchema = z.strictObject({
  name: z.string(),
  status: checkStatusSchema,
  message: z.string().nullable(),
  output: z.string().nullable(),
  task_id: z.int().min(1).nullable(),
});

/** Zod schema of GradeResults, for results read back from storage or an imported file. */
export const gradeResultsSchema = z.strictObject({
  version: z.literal(3),
  status: checkStatusSchema,
  message: z.string().nullable(),
  tests: z.array(checkResultSchema),
  location: z
    .strictObject({ line: z.int().min(1), column: z.int().min(1) })
    .nullable()
    .optional(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultsMatchContract: Same<z.infer<typeof gradeResultsSchema>, GradeResults> = true;
void resultsMatchContract;

const isoTime = z.iso.datetime({ error: progress.file.isoTime });

/** One exercise's saved progress. */
export const exerciseProgressSchema = z
  .strictObject({
    state: z.enum(progressStatuses).describe('Where the learner is: not_started, in_progress or passed.'),
    text: z.string().describe('The editor text, exactly as last typed.'),
    attempts: z.int().min(0).describe('How many times the checks ran on this exercise.'),
    lastResults: gradeResultsSchema.nullable().describe('Results of the latest run, or null before the first.'),
    lastGradedAt: isoTime.nullable().default(null).describe('When the latest run finished.'),
    solutionShown: z.boolean().describe('Whether the learner has viewed the reference solution.'),
    undoText: z.string().nullable().default(null).describe('Text replaced by the last reset, or null.'),
    updatedAt: isoTime.describe('When this entry last changed.'),
  })
  .superRefine((entry, ctx) => {
    // States the machine can never produce: reject them with a hint instead of
    // restoring a learner into a contradiction (a "passed" exercise never run).
    // Zod still runs this after a field's own check failed; a bad count is reported once, above.
    if (!Number.isInteger(entry.attempts) || entry.attempts < 0) return;
    if (entry.state === 'not_started' && entry.attempts > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['attempts'],
        message: progress.file.attemptsWhenNotStarted(entry.attempts),
      });
    }
    if (entry.state === 'passed' && entry.attempts === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['attempts'],
        message: progress.file.passedWithoutAttempts,
      });
    }
    if ((entry.attempts > 0) !== (entry.lastResults !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastResults'],
        message: entry.attempts > 0 ? progress.file.resultsMissing : progress.file.resultsUnexpected,
      });
    }
  });
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;

export const progressFileFormat = 'api-design-workbench-progress';
export const progressFileVersion = 1;

/**
 * The export file. Importing it REPLACES all progress in this browser (after the
 * learner confirms): a backup restored is the backup's state, not a blend of two.
 */
export const progressFileSchema = z.strictObject({
  format: z.literal(progressFileFormat, {
    error: progress.file.wrongFormat(progressFileFormat),
  }),
  version: z.literal(progressFileVersion, {
    error: (issue) => progress.file.wrongVersion(progressFileVersion, JSON.stringify(issue.input)),
  }),
  exportedAt: isoTime.describe('When the file was written.'),
  exercises: z
    .record(exerciseFrontmatterSchema.shape.id, exerciseProgressSchema)
    .describe('Progress per exercise id; exercises never opened are absent.'),
});
export type ProgressFile = z.infer<typeof progressFileSchema>;
