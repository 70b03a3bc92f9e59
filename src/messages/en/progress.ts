/** The progress page, export and import, and what the learner is told when saving or reading progress fails. */
const exercises = (n: number) => `${n} exercise${n === 1 ? '' : 's'}`;

export const progress = {
  documentTitle: 'Progress · API Design Workbench',
  title: 'Your progress',
  /** `{passed}` is set in bold by the page. */
  summary: '{passed} of {total} exercises passed · {inProgress} in progress · {notStarted} not started',
  barLabel: 'Exercises passed',
  saveFailed: (reason: string) => `Progress could not be saved: ${reason}`,
  chapterHeading: (chapter: number, title: string) => `Chapter ${chapter}: ${title}`,
  otherExercises: 'Other exercises',
  readingOnly: 'Reading only: this chapter has no exercises.',
  chapterPassed: (passed: number, total: number) => `${passed} of ${total} passed`,
  minutes: (minutes: number) => `${minutes} min`,
  runs: (n: number) => (n === 1 ? '1 run' : `${n} runs`),
  status: { not_started: 'Not started', in_progress: 'In progress', passed: 'Passed' },
  downloadDamaged: 'Download the damaged copy',
  transfer: {
    title: 'Back up or move your progress',
    intro:
      'Progress lives in this browser only. Export it to a file to keep a copy or to continue on another machine; importing a file replaces the progress saved here.',
    export: 'Export progress',
    import: 'Import progress',
    exported: (fileName: string, count: number) => `Saved ${fileName} with ${exercises(count)}.`,
    notImported: (fileName: string) => `“${fileName}” was not imported:`,
    imported: (count: number, fileName: string) => `Imported progress for ${exercises(count)} from “${fileName}”.`,
    importUnsaved: 'Nothing was imported, your progress is unchanged:',
    importSaveFailed: (reason: string) => `The progress could not be saved because ${reason}`,
    confirmTitle: (fileName: string) => `Replace your progress with “${fileName}”?`,
    confirmDetail: (count: number, exportedAt: string) => `It holds ${exercises(count)}, exported ${exportedAt}.`,
    overwrites: (count: number, ids: string) => `Overwrites what is saved here for ${exercises(count)}: ${ids}.`,
    removes: (count: number, ids: string) => `Removes ${exercises(count)} the file does not have: ${ids}.`,
    nothingLost: 'Nothing saved here is lost.',
    replace: 'Replace progress',
    cancel: 'Cancel',
  },
  /** Reading an export file: each names the field at fault (`field` is a path such as exercises["api-audit"].attempts). */
  file: {
    notJson: (detail: string) => `The file is not valid JSON (${detail}). Choose the .json file that "Export progress" saved.`,
    wholeFile: 'the file',
    unknownField: (field: string, keys: string) => `${field}: unknown field ${keys}; remove it or check its spelling`,
    badExerciseId: (field: string) => `${field}: exercise ids are kebab-case, such as "api-audit"`,
    wrongFormat: (format: string) => `expected "${format}"; this file is not a progress export from the API Design Workbench`,
    wrongVersion: (version: number, found: string) =>
      `this app reads version ${version} progress files, but the file says ${found}; import it into the Workbench that exported it, or update this one`,
    isoTime: 'expected an ISO 8601 UTC time such as "2026-11-05T14:03:00.000Z"',
    attemptsWhenNotStarted: (attempts: number) =>
      `an exercise that is "not_started" has no attempts, but attempts is ${attempts}; set state to "in_progress" or attempts to 0`,
    passedWithoutAttempts: 'a "passed" exercise was run at least once, but attempts is 0; set attempts to 1 or more',
    resultsMissing: 'attempts is above 0, so the results of the latest run are expected here, not null',
    resultsUnexpected: 'attempts is 0, so there can be no results yet; set lastResults to null',
  },
  /** Why the browser would not keep progress; shown after "could not be saved:" and similar. */
  storage: {
    quotaExceeded:
      "the browser's storage for this site is full (most browsers allow about 5 MB per site). To make room, export your progress, clear this site's data in the browser settings, then import the file.",
    writeFailed: (detail: string) =>
      `the browser refused to store it (${detail}). Check that this site may store data (private windows and strict privacy settings can block it).`,
    unavailable:
      'this browser does not let the site store data (a private window or blocked site data), so progress lasts only until the tab closes.',
    notJson: (detail: string) => `not valid JSON (${detail})`,
    wholeEntry: 'the entry',
    backupKept: (key: string) => `The damaged copy is kept in this browser's storage under "${key}".`,
    backupFailed: 'Storage was too full to keep a backup copy: download it from the Progress page before you edit this exercise.',
    corrupt: (exerciseId: string, problem: string, kept: string) =>
      `Saved progress for "${exerciseId}" could not be read (${problem}), so this exercise starts fresh. ${kept}`,
  },
};
