/** The chapter reader: the chapter page, its outline, and the Try-it blocks inside the text. */
export const reader = {
  documentTitle: (chapterTitle: string) => `${chapterTitle} · API Design Workbench`,
  /** The tab title before a chapter is known (an unknown slug shows the not-found page). */
  documentTitleFallback: 'API Design Workbench',
  loading: 'Loading chapter…',
  /** `{reason}` is the loader's error; `{back}` is the link to the chapter list. */
  loadFailed: 'This chapter could not be loaded: {reason}. {back}',
  unknownChapter: 'unknown chapter',
  backToChapters: 'Back to the chapters',
  kicker: (chapter: number, minutes: number) => `Chapter ${chapter} · ${minutes} min read`,
  outlineTitle: 'On this page',
  /** The outline's link to the exercises listed at the chapter's end. */
  exercisesHeading: 'Exercises',
  tryIt: {
    badge: 'Try it',
    // Here rather than in console.ts, so the console's messages stay off the chapter pages.
    openInConsole: 'Open in console',
    // Starts with the visible words, so speech users can say what they see (WCAG 2.5.3, label in name).
    openInConsoleLabel: (title: string) => `Open in console: ${title}`,
    method: 'Method',
    url: 'URL',
    headers: 'Headers',
    headersHint: '(one per line, Name: value)',
    body: 'Body',
    send: 'Send',
    sending: 'Sending…',
    sendLabel: (title: string) => `Send ${title}`,
    reset: 'Reset',
    resetLabel: (title: string) => `Reset ${title} to the original request`,
    notReached: (reason: string) => `The request did not reach the sandbox (${reason}). Reload the page to restart it, then send again.`,
    /** `detail` comes from the chapter's Try-it parser, which names what is wrong with the line. */
    headerLineProblem: (line: number, detail: string) => `Header line ${line}: ${detail}`,
    urlNotSandboxPath: (url: string) => `The URL must be a path on the sandbox starting with "/", e.g. /api/v1/users (it is "${url}").`,
    milliseconds: (ms: number) => `${ms} ms`,
    headersCaption: 'Headers',
    bodyCaption: 'Body',
    noBody: 'No body.',
    linksCaption: 'Links in this response',
    follow: (rel: string) => `Follow ${rel}`,
    /** Read after the link's URL by screen readers: where the link was found. */
    linkSource: (source: string) => ` (from the ${source})`,
    sources: { body: 'body', 'link-header': 'Link header', location: 'Location header' },
  },
};
