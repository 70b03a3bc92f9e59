/**
 * What the grading runtime tells a learner whose code reached for something graded code
 * may not use. Each names the capability, says why it is closed, and what to do instead.
 */
export type BlockedReason = 'storage' | 'network' | 'messaging' | 'page' | 'machine' | 'scope';

const why: Record<BlockedReason, string> = {
  storage: 'graded code cannot read or change what the browser has stored (your saved work and progress live there)',
  network: 'graded code cannot reach the network; when a task needs HTTP, the checks hand your function a fetch to use',
  messaging: 'graded code cannot talk to the page or other workers, so it cannot send results of its own',
  page: 'graded code runs in a sealed worker with no page, no DOM and no browser details',
  machine: 'graded code cannot reach the files, processes or modules of the machine it runs on',
  scope: 'graded code cannot load more code or end the grader',
};

export const grading = {
  /** A check (or the file while loading) used a blocked capability. */
  blocked: (name: string, reason: BlockedReason) =>
    `Your code tried to use \`${name}\`, which submissions cannot use: ${why[reason]}. The attempt was reported, not carried out. Remove that use and work only with the values your functions receive.`,
  /** The blocked attempt happened while the file loaded, before any check ran. */
  blockedWhileLoading: (message: string) => `While your file was loading: ${message}`,
  /** The module's top level awaited something that never finished. */
  loadingNeverFinished: (seconds: number) =>
    `Your code did not finish loading within ${seconds} seconds, so no check could run. Something at the top level awaits a promise that never settles; move that work into a function the checks call.`,
  /** The submission is larger than any answer needs; parsers are not asked to read it. */
  tooLarge: (kilobytes: number, limitKilobytes: number) =>
    `The submission is ${kilobytes} KB, more than the ${limitKilobytes} KB the grader reads. An answer to this exercise fits in a few KB: check for a paste that went wrong or a huge generated block, remove it, and grade again.`,
  /** Parsing ran out of stack: the text nests deeper than any real document. */
  nestedTooDeeply:
    'The submission nests brackets, braces or blocks so deeply that it cannot be read (the parser ran out of stack). Real documents nest a few levels; look for an opening bracket repeated many times, remove it, and grade again.',
};
