/**
 * The compatibility checker's sentences about two schemas at one place in an API
 * (src/compat/schema-diff.ts). `field` arrives in backticks, or as "the value" for the whole schema.
 */
export const compatSchemaChanges = {
  theValue: 'the value',
  /** "a string or an integer": JSON Schema type names in a sentence. */
  types: (types: string[] | null) =>
    types === null ? 'any type' : types.map((type) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)).join(' or '),
  variants: {
    summary: (field: string, now: number, was: number) => `${field} now has ${now} alternatives (oneOf/anyOf) instead of ${was}.`,
    requestBreaks: 'Clients that send one of the removed alternatives are now rejected.',
    responseBreaks: 'Clients that handle each alternative they know fail on the new one.',
    requestWidens: 'The server accepts more forms than before; existing requests still fit.',
    responseNarrows: 'The server returns fewer forms; clients that handle all of them still work.',
  },
  type: {
    summary: (field: string, was: string, now: string) => `${field} changed from ${was} to ${now}.`,
    widenedRequest: 'The server accepts every value it accepted before, and more; existing requests still fit.',
    narrowedResponse: 'The server returns a subset of what it returned before; clients that handle the old types still work.',
    breaksRequest: (was: string) => `Clients that send ${was} here are now rejected with a 400.`,
    breaksResponse: (field: string, was: string, now: string) =>
      `A client that reads ${field} as ${was} now gets ${now}: parsing fails, or arithmetic and comparisons silently go wrong.`,
  },
  nullable: {
    nowSummary: (field: string) => `${field} may now be null.`,
    nowRequest: 'The server accepts null as well as the values it accepted before.',
    nowResponse: (field: string) => `A client that uses ${field} without a null check (\`x.length\`, \`x.id\`) throws a TypeError when it is null.`,
    noLongerSummary: (field: string) => `${field} may no longer be null.`,
    noLongerRequest: 'Clients that send null here (to clear the value, say) are now rejected with a 400.',
    noLongerResponse: "Clients' null checks become unnecessary but still work.",
  },
  format: {
    name: (format: string | undefined) => (format ? `format \`${format}\`` : 'no format'),
    summary: (field: string, was: string, now: string) => `${field} changed from ${was} to ${now}.`,
    relaxedRequest: 'The server accepts any string here now, including what clients sent before.',
    documentedResponse: 'The values are now promised to follow a format; clients that read free text still work.',
    breaksRequest: 'Clients that send values in the old form are now rejected with a 400.',
    breaksResponse: (field: string, was: string) => `A client that parses ${field} as ${was} gets values it cannot parse.`,
  },
  enums: {
    limitedTo: (field: string, values: string) => `${field} is now limited to ${values}.`,
    limitedRequest: 'Clients that send any other value, which was fine before, are now rejected with a 400.',
    limitedResponse: 'The server promises fewer values than before; clients that handled any value still work.',
    removed: (field: string, values: string) => `${field} no longer allows ${values}.`,
    removedRequest: (values: string) => `A client that sends ${values} is now rejected with a 400, though the same request worked before.`,
    removedResponse: 'The server returns fewer values; clients that handle the old list still handle every value they get.',
    unlimited: (field: string) => `${field} is no longer limited to a list of values.`,
    added: (field: string, values: string) => `${field} now also allows ${values}.`,
    addedRequest: 'The server accepts more values; every request that was valid still is.',
    addedResponse:
      'Strict clients break: a generated client that decodes into a closed enum, or a `switch` with no default, fails on a value it has never seen. Clients written to expect unknown values (a default branch) keep working, so document that the list may grow.',
  },
  limits: {
    summary: (field: string, keyword: string, was: number | undefined, now: number | undefined) =>
      `${field}: ${keyword} changed from ${was ?? 'none'} to ${now ?? 'none'}.`,
    tightened: 'A client that sends a value within the old limit but outside the new one is now rejected with a 400.',
    relaxed: 'The server accepts every value it accepted before, and more.',
  },
  fields: {
    leftRequest: (path: string) => `\`${path}\` is no longer part of the request.`,
    leftIgnored: (path: string) => `Clients still send \`${path}\` and the server now ignores it: what they asked for is silently dropped.`,
    leftRefused: (path: string) => `Clients still send \`${path}\`, and the schema forbids unknown fields: their requests are now rejected with a 400.`,
    removed: (path: string) => `\`${path}\` was removed.`,
    removedReason: (path: string) => `A client reading \`${path}\` gets undefined; whatever it showed or computed from it is now empty or wrong.`,
    nowRequired: (path: string) => `\`${path}\` is now required.`,
    nowRequiredReason: (path: string) => `Clients that leave out \`${path}\`, which was optional, are now rejected with a 400 or 422.`,
    nowOptional: (path: string) => `\`${path}\` is now optional.`,
    nowOptionalReason: 'Every request that sent it still works; clients may now leave it out.',
    notAlwaysPresent: (path: string) => `\`${path}\` is no longer always present.`,
    notAlwaysPresentReason: (path: string) => `A client that reads \`${path}\` without checking gets undefined in the responses that leave it out.`,
    alwaysPresent: (path: string) => `\`${path}\` is now always present.`,
    alwaysPresentReason: 'Clients that checked for it still work; the check just always passes now.',
    requiredAdded: (path: string) => `\`${path}\` was added as a required field.`,
    requiredAddedReason: (path: string) => `Existing clients do not send \`${path}\`, so every request they make is now rejected with a 400 or 422.`,
    added: (path: string, request: boolean) => `\`${path}\` was added${request ? ' as an optional field' : ''}.`,
    addedRequest: 'Existing clients do not send it and keep working; new clients may.',
    addedResponse: 'Existing clients ignore fields they do not know, so they keep working (the tolerant reader).',
    unknownRefused: (field: string) => `${field} no longer accepts fields it does not list (additionalProperties: false).`,
    unknownRefusedReason: 'Clients that send any extra field, harmless before, are now rejected with a 400.',
  },
};
