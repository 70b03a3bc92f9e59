/** The home page: what the workbench is, where to start, and "continue where you left off". */
export const home = {
  documentTitle: 'API Design Workbench',
  kicker: 'A free, offline course in twelve chapters',
  title: 'Learn API design by doing',
  intro:
    'Read a chapter, send real requests to the mock API running in this tab, then design and code your own in the editor. Every exercise is graded in seconds, and nothing leaves your machine.',
  audience:
    'For developers who build or consume APIs and want to design them well: REST, GraphQL, gRPC, versioning, auth, errors, gateways, testing and monitoring. You need to read a little TypeScript; no setup, no account.',
  startChapter: 'Start with chapter 1',
  startDetail: (title: string, minutes: number) => `${title} · ${minutes} min read`,
  browseLabs: 'Browse the labs',
  continueTitle: 'Continue where you left off',
  continueChapter: (chapter: number, title: string) => `Chapter ${chapter}: ${title}`,
  continueSection: (heading: string) => `at “${heading}”`,
  continueExercise: (title: string) => `Exercise: ${title}`,
  continueAction: 'Continue',
};
