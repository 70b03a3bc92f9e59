/**
 * The error-code pages (/errors, /errors/:code). The codes' own titles, descriptions and
 * fixes are content about the API and stay in src/explorer/error-catalogue-data.ts.
 */
export const errorCatalogue = {
  documentTitle: (code?: string) => `${code ? `${code} · ` : ''}Error codes · API Design Workbench`,
  title: 'Error codes',
  intro:
    'Every error this sandbox returns uses one envelope, and its {code} is one of the codes below. Clients branch on the code, never on the message. Each code links to its own page — the page the envelope’s {docUrl} points to — with an example in both representations. The codes are grouped the way {chapter} groups them: by who has to act, and how.',
  chapterLink: 'chapter 7',
  loadingAll: 'Loading the catalogue from the sandbox…',
  loadFailed: (error: string) => `The catalogue could not be loaded: ${error} Reload the page to restart the sandbox.`,
  groupsNavigation: 'Error groups',
  howToFix: 'How to fix:',
  allCodes: '← All error codes',
  loadingOne: 'Loading {code}…',
  code: {
    type: 'type {type}',
    group: 'group {group}',
    whatHappened: 'What happened',
    howToFix: 'How to fix it',
    example: 'Example',
    typicalRequest: 'A request such as {request} answers like this.',
    bothBodies:
      'Both bodies carry the same facts: the JSON envelope is what every client gets; problem details (RFC 9457) are what a client gets when it sends {accept}. A real message also names the fields and values of your request.',
    envelopeCaption: 'JSON envelope (the default)',
    problemCaption: 'Problem details (Accept: application/problem+json)',
    seeItLive: 'See it live',
    liveText: 'This request produces {code} in the sandbox. Send it, then add the header {accept} and send it again to compare.',
    chapter: '{chapter} explains how this catalogue is designed and when to use each status.',
    chapterLink: 'Chapter 7',
  },
};
