/** The search box in the header and its results. */
export const search = {
  label: 'Search chapters, exercises and endpoints',
  placeholder: 'Search  /',
  results: 'Search results',
  loading: 'Building the search index…',
  failed: (reason: string) => `Search is unavailable: ${reason}. Reload the page to try again.`,
  endpointsFailed: 'Endpoints are missing from the results because the sandbox could not start.',
  none: (query: string) => `Nothing matches “${query}”. Try a shorter word, an HTTP method or a path such as /users.`,
  count: (n: number) => (n === 0 ? 'No results' : `${n} result${n === 1 ? '' : 's'}; use the arrow keys to move, Enter to open`),
  kind: { chapter: 'Chapter', section: 'Section', exercise: 'Exercise', endpoint: 'Endpoint' },
  inChapter: (chapter: number, title: string) => `Chapter ${chapter} · ${title}`,
  chapterNumber: (chapter: number) => `Chapter ${chapter}`,
  shortcut: 'Focus the search box',
};
