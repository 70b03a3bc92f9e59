/** The app shell: header, navigation, loading and not-found states. */
export const shell = {
  skipToContent: 'Skip to content',
  brand: 'API Design Workbench',
  mainNavigation: 'Main',
  nav: {
    chapters: 'Chapters',
    reference: 'API reference',
    errors: 'Error codes',
    labs: 'Labs',
    progress: 'Progress',
  },
  loading: 'Loading…',
  notFound: {
    title: 'Page not found',
    /** `{home}` is the link to the chapter list. */
    body: 'There is nothing at this address. {home}.',
    home: 'Go to the chapters',
  },
};
