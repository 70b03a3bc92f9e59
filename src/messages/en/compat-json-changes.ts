/**
 * The compatibility checker's sentences about two JSON responses (src/compat/json-diff.ts).
 * Field paths arrive already in backticks (`user.name`), which the change list shows as code.
 */
export const compatJsonChanges = {
  /** A place as a sentence starts it and as it appears inside one; the root is "the body". */
  where: (path: string) => (path === '' ? 'The body' : `\`${path}\``),
  inText: (path: string) => (path === '' ? 'the body' : `\`${path}\``),
  /** A JSON kind in a sentence. */
  kinds: { null: 'null', boolean: 'a boolean', number: 'a number', string: 'a string', array: 'an array', object: 'an object' },
  /** What typical client code does with a value of each kind, to say what breaks. */
  uses: {
    string: (path: string) => `\`${path}.toUpperCase()\` or a string comparison`,
    number: (path: string) => `arithmetic such as \`${path} * 2\``,
    boolean: (path: string) => `\`if (${path})\``,
    object: (path: string) => `reading a field inside it, such as \`${path}.id\``,
    array: (path: string) => `\`${path}.map(...)\``,
    null: () => 'a null check',
  },
  /** String formats a client probably parses, by format name. */
  formats: {
    'date-time': 'an ISO 8601 date-time',
    date: 'an ISO 8601 date',
    email: 'an email address',
    uri: 'a URL',
    uuid: 'a UUID',
    phone: 'an E.164 phone number',
  } as Readonly<Record<string, string>>,
  freeText: 'free text',
  becameNull: {
    summary: (where: string, kind: string) => `${where} was ${kind} and is now null.`,
    reason: (kind: string, use: string) => `A client that uses it as ${kind}, with ${use}, throws or goes wrong on null unless it checks for null first.`,
  },
  nullFilled: {
    summary: (where: string, kind: string) => `${where} was null and is now ${kind}.`,
    reason: (kind: string) =>
      `Clients already handle null here. Whether they expect ${kind} depends on what was documented; one example cannot tell, so check the schema.`,
  },
  typeChanged: {
    withFields: (fields: string) => ` with ${fields}`,
    noFields: 'no fields',
    fields: (names: string[]) => `fields ${names.map((name) => `\`${name}\``).join(', ')}`,
    summary: (where: string, was: string, now: string, shape: string) => `${where} changed from ${was} to ${now}${shape}.`,
    reason: (inText: string, was: string, use: string, now: string) =>
      `A client that reads ${inText} as ${was}, with ${use}, now gets ${now} and fails or silently computes the wrong thing.`,
  },
  removed: {
    summary: (field: string) => `\`${field}\` was removed.`,
    /** `use` is given for objects and arrays, whose inner reads throw. */
    reason: (field: string, use: string | null) =>
      `A client reading \`${field}\` gets undefined${use === null ? '' : `, and ${use} throws a TypeError`}; whatever it showed or computed from it is now empty or wrong.`,
  },
  renamed: {
    summary: (old: string, now: string) => `\`${old}\` was renamed to \`${now}\` (same value).`,
    reason: (old: string, now: string) =>
      `A client reading \`${old}\` gets undefined. The data is still there under \`${now}\`, but only clients rewritten to look there find it. Send both names for a while, then remove the old one in a new version.`,
  },
  split: {
    summary: (old: string, parts: string[]) => `\`${old}\` was split into ${parts.map((part) => `\`${part}\``).join(' and ')}.`,
    reason: (old: string) => `A client reading \`${old}\` gets undefined. Keeping \`${old}\` beside the new fields would make this change additive.`,
  },
  added: {
    summary: (field: string, kind: string) => `\`${field}\` was added (${kind}).`,
    reason:
      'Existing clients ignore fields they do not know, so they keep working. Only a client that rejects unknown fields would fail, which is why clients should be tolerant readers.',
  },
  itemsNotCompared: {
    summary: (where: string) => `${where} is empty in one example, so its items cannot be compared.`,
    reason: 'An empty list is a valid answer and breaks nobody; paste examples with at least one item to compare the item shapes.',
  },
  itemsTypeAdded: {
    summary: (inText: string, kinds: string[]) => `Items of ${inText} can now be ${kinds.join(' or ')}.`,
    reason: (kinds: string[]) => `A client that handles every item as ${kinds.join(' or ')} fails on the new kind of item.`,
  },
  formatChanged: {
    summary: (where: string, was: string, before: string, now: string, after: string) => `${where} changed from ${was} (${before}) to ${now} (${after}).`,
    reason: (was: string) => `A client that parses it as ${was} now gets an error or a wrong value. A format is part of the contract, just like the type.`,
  },
};
