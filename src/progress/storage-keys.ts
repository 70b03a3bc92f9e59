/** Where progress lives in localStorage; kept apart so light readers need no schema code. */
export const progressKeyPrefix = 'workbench.progress.v1:';
export const backupKeyPrefix = 'workbench.progress.v1.backup:';

/** The storage key of one exercise's progress. */
export function progressKey(exerciseId: string): string {
  return progressKeyPrefix + exerciseId;
}
