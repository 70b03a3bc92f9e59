/** The compatibility checker (/tools/compatibility): page, editors, verdict and change list. */
export const compat = {
  documentTitle: 'Compatibility checker · API Design Workbench',
  title: 'Compatibility checker',
  intro:
    'Paste two versions of a JSON response, or two OpenAPI documents, and see which changes break existing clients and why. A change is {additive} when every old client keeps working, {breaking} when some client written against the old version fails, and {neutral} when clients\' code is not affected. {chapter} explains how to evolve an API without breaking it.',
  terms: { additive: 'additive', breaking: 'breaking', neutral: 'neutral' },
  chapterLink: 'Chapter 5',
  compare: 'Compare',
  modes: { json: 'JSON response', openapi: 'OpenAPI document' },
  example: 'Example',
  /** The example picker's entries, by example id. */
  examples: {
    'json-additive': 'JSON: v1 → v2, additive',
    'json-split-name': 'JSON: v1 → v2, name split (breaking)',
    'json-v2-v3': 'JSON: v2 → v3, nested name and contact (breaking)',
    'openapi-additive': 'OpenAPI: a release that only adds',
    'openapi-breaking': 'OpenAPI: a release that breaks clients',
  },
  editors: {
    json: { before: 'Old response (v1)', after: 'New response (v2)' },
    openapi: { before: 'Old document (v1), YAML or JSON', after: 'New document (v2), YAML or JSON' },
  },
  goTo: (line: number, column: number) => `Go to line ${line}, column ${column}`,
  fixFirst: (which: 'both' | 'before' | 'after') =>
    `Fix the ${which === 'both' ? 'two texts' : which === 'before' ? 'old version' : 'new version'} above to see the changes.`,
  /** Parse problems, named by side so the learner knows which box to fix. */
  sides: { before: 'The old version', after: 'The new version' },
  emptySide: (side: string, mode: 'json' | 'openapi') =>
    `${side} is empty: paste ${mode === 'json' ? 'a JSON response' : 'an OpenAPI document (YAML or JSON)'}.`,
  sideProblem: (side: string, problem: string) => `${side}: ${problem}`,
  results: {
    title: 'Changes',
    severity: { breaking: 'Breaking', additive: 'Additive', neutral: 'Neutral' },
    count: (n: number, severity: string) => `${n} ${severity.toLowerCase()}`,
    theBody: '(the body)',
    alsoIn: 'Also in:',
  },
  verdict: {
    none: 'No differences in shape: the two versions are interchangeable for clients.',
    breaking: (n: number) =>
      `${n} breaking change${n === 1 ? '' : 's'}: existing clients would fail. Ship this as a new version, or make the change additive.`,
    compatible: 'Backward compatible: every change is additive or neutral, so it can ship without a new version.',
  },
};
