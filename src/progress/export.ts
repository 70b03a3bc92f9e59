/**
 * Progress export and import: a JSON file in a versioned, schema'd format.
 *
 * Import REPLACES all progress in this browser with the file's, after the learner
 * confirms (see `describeImport` for the confirmation's facts). Replace, not merge:
 * a learner restoring a backup or moving to a new machine expects exactly the state
 * they saved, and a merge would need per-field rules nobody could predict.
 */
import { progress } from '@messages/progress';
import { progressFileFormat, progressFileSchema, progressFileVersion } from './schema';
import type { ExerciseProgress, ProgressFile } from './schema';
import type { z } from 'zod';

/** Builds the export file for `entries`, stamped with `now`. */
export function createProgressFile(entries: Readonly<Record<string, ExerciseProgress>>, now: Date): ProgressFile {
  const exercises: Record<string, ExerciseProgress> = {};
  for (const id of Object.keys(entries).sort()) exercises[id] = entries[id]!;
  return { format: progressFileFormat, version: progressFileVersion, exportedAt: now.toISOString(), exercises };
}

/** The file's text: indented JSON, so it diffs and reads well. */
export function serializeProgressFile(file: ProgressFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `workbench-progress-YYYY-MM-DD.json`, in the learner's local date. */
export function progressFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `workbench-progress-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export type ImportParseResult = { ok: true; file: ProgressFile } | { ok: false; errors: string[] };

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return progress.file.wholeFile;
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      // Exercise ids contain dashes: quote them so the path reads as it would in code.
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `["${name}"]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return progress.file.unknownField(fieldPath(issue.path), keys);
  }
  if (issue.code === 'invalid_key') {
    return progress.file.badExerciseId(fieldPath(issue.path));
  }
  return `${fieldPath(issue.path)}: ${issue.message}`;
}

/** Reads an export file's text; errors name the field at fault, one message per problem. */
export function parseProgressFile(text: string): ImportParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [progress.file.notJson(detail)] };
  }
  const parsed = progressFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describeIssue) };
  return { ok: true, file: parsed.data };
}

export interface ImportPlan {
  /** Exercises in the file (they will be set to the file's state). */
  incoming: string[];
  /** Exercises saved here that the file also has (their current state is overwritten). */
  overwritten: string[];
  /** Exercises saved here that the file lacks (they are removed). */
  removed: string[];
}

/** What importing `file` would change, for the confirmation the learner answers first. */
export function describeImport(current: Readonly<Record<string, ExerciseProgress>>, file: ProgressFile): ImportPlan {
  const incoming = Object.keys(file.exercises).sort();
  const here = Object.keys(current).sort();
  return {
    incoming,
    overwritten: here.filter((id) => id in file.exercises),
    removed: here.filter((id) => !(id in file.exercises)),
  };
}
