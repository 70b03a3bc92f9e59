/**
 * What the page says when a grading run could not finish normally: the worker would not
 * start or load, the time limit ended it, or it stopped. Each says that the learner's text
 * is safe and what to do next.
 */
export const gradingRuns = {
  couldNotStart: (reason: string) => `The grader could not start in this browser: ${reason}.`,
  didNotLoad: (seconds: number) => `The grader did not load within ${seconds} seconds. Reload the page and grade again; your text is kept.`,
  /** `kept` says what happened to the learner's text (it differs between the page and the command line). */
  stopped: (seconds: number, kept: string) =>
    `Grading was stopped after ${seconds} second${seconds === 1 ? '' : 's'}: the code most likely runs an endless loop (check while and for loops, and recursion without an end). ${kept}`,
  keptInEditor: 'Your text is kept; fix the loop and grade again.',
  crashed: (detail: string) =>
    `The grader stopped unexpectedly${detail ? `: ${detail}` : ''}. Your text is kept; grade again, and if it happens again, reload the page.`,
  unreadableResults: 'The grader sent results the page could not read. Grade again.',
};
