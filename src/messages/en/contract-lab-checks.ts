/**
 * The contract lab's recorder and verifier, in words: what a draft gets wrong and what a provider's
 * answer missed. Loaded with the lab (its pure modules import it), kept apart from the page's text.
 */
export const contractLabChecks = {
  record: {
    cannotRecord: (issues: string) => `The contract cannot be recorded yet. ${issues}`,
    duplicateDescription: (i: number, description: string) =>
      `contract.interactions[${i}]: the description "${description}" is used twice; give each interaction its own, it is how results are named.`,
    headerExample: (at: string) => `${at}: a header's example must be a string, e.g. "/api/v1/users/usr_4".`,
    unknownMatcher: (where: string, type: string, known: readonly string[]) =>
      `${where}: "${type}" is not a matcher this lab knows; use one of ${known.join(', ')}.`,
    regexMissing: (where: string) => `${where}: a regex matcher needs a "regex" string, e.g. "^usr_\\\\d+$".`,
    regexBroken: (where: string, regex: string, error: string) => `${where}: the regex ${regex} does not compile (${error}); fix the pattern.`,
    exampleMismatch: (where: string, example: string, regex: string) =>
      `${where}: the example ${example} does not match its own regex ${regex}; the example must be a value the rule accepts.`,
    badBound: (where: string, bound: string) => `${where}: ${bound} must be a whole number of items, 0 or more.`,
    notJson: (where: string, message: string) => `The contract is not valid JSON${where}: ${message}. Check for a missing comma or quote there.`,
    jsonWhere: (line: number, column: number) => ` on line ${line}, column ${column}`,
    notPact: (issues: string) => `This is not a Pact v3 contract the verifier can read. ${issues}`,
    pathStart: (path: string) => `The matching-rule path "${path}" must start with $ (the root of the body), e.g. $.data.name.`,
    pathUnreadable: (path: string, at: number) =>
      `The matching-rule path "${path}" cannot be read at character ${at}; write keys as .name or ['odd key'] and items as [0] or [*].`,
    dateFormat: (format: string, letter: string) =>
      `The date format "${format}" uses "${letter}", which this lab does not read; use yyyy, MM, dd, HH, mm, ss, SSS and X, with literals in quotes ('T').`,
  },
  verify: {
    mismatch: (where: string, expected: string, actual: string) => `${where}: expected ${expected}, got ${actual}`,
    inBody: (path: string) => `body ${path}`,
    inHeader: (name: string) => `header ${name}`,
    inStatus: 'status',
    missingValue: (expression: string, slot: string, known: string[]) =>
      `The path ${expression} uses ${slot}, but the provider states gave only: ${known.join(', ') || 'no values'}.`,
    variantsFailed: (status: number) => `The sandbox answered ${status} for the provider variants.`,
  },
  // What a value should have been: the "expected" half of a mismatch.
  expected: {
    type: (type: string, example: string) => `a ${type} (like ${example})`,
    regex: (regex: string | undefined) => `a string matching /${regex}/`,
    integer: 'a whole number',
    number: 'a number',
    dateTime: (kind: string, format: string | undefined) => `a ${kind} written ${format ?? 'in ISO 8601'}`,
    include: (value: string) => `a string containing ${value}`,
    null: 'null',
    exactly: (example: string) => `exactly ${example}`,
    like: (example: string) => `a value like ${example}`,
    array: 'an array',
    object: 'an object',
    atLeast: (n: number) => `at least ${n} item${n === 1 ? '' : 's'}`,
    atMost: (n: number) => `at most ${n} items`,
    items: (n: number) => `${n} items`,
    and: ' and ',
  },
  actual: {
    noSuchKey: 'no such key',
    items: (n: number) => `${n} items`,
  },
  states: {
    aUserExists: 'Creates a user with POST /api/v1/users. The request can use ${id}, ${name} and ${email}.',
    userDoesNotExist: 'Deletes the user with params.id, if there is one. The request can use ${id}.',
    emailNotTaken: 'Deletes any user with params.email, so a POST with that email can succeed. The request can use ${email}.',
    setUpFailed: (what: string, status: number, text: string) => `Setting up the state failed: ${what} answered ${status} ${text}`,
    emailsTaken: 'Setting up the state failed: 50 generated emails were all taken. Reset the sandbox and verify again.',
    needsParam: (state: string, key: string) =>
      `The state "${state}" needs params.${key}, a string, e.g. { "name": "${state}", "params": { "${key}": "…" } }.`,
    unknown: (name: string, known: string[]) => `The provider does not know the state "${name}". Use one of: ${known.map((state) => `"${state}"`).join(', ')}.`,
  },
};
