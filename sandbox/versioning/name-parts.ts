/**
 * Splitting one `name` into given and family names: a design problem with no correct
 * answer. Many people have one name only (Plato, Sukarno), given names of several words
 * (Mary Ann Evans), family names of several words (Ludwig van Beethoven, Gabriel García
 * Márquez), or put the family name first (Mao Zedong). No rule gets all of them right.
 *
 * The sandbox's rule is chosen to lose nothing rather than to be clever (and it is the
 * rule of the version-migration exercise, so the chapter teaches one rule):
 * - the given name is the FIRST word, the family name every word after it
 *   ("Ludwig van Beethoven" → "Ludwig" + "van Beethoven");
 * - a single word is a given name with no family name: `last` is null, never "";
 * - joining is the exact inverse: given, one space, family (or the given name alone).
 * Where the rule guesses wrong ("Mary" + "Ann Evans" for Mary Ann Evans), a client that
 * knows better writes the parts through v2 or v3, and the sandbox remembers that split
 * (user-versions.ts).
 */

/** A name in two parts; `last` is null for people with one name. */
export interface NameParts {
  first: string;
  last: string | null;
}

/** Collapses runs of whitespace and trims, so that split and join are exact inverses. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * The sandbox's guess at the parts of a one-string name.
 * @example splitName('Ada King Lovelace') // { first: 'Ada', last: 'King Lovelace' }
 * @example splitName('Plato') // { first: 'Plato', last: null }
 */
export function splitName(name: string): NameParts {
  const normal = normalizeName(name);
  const cut = normal.indexOf(' ');
  if (cut === -1) return { first: normal, last: null };
  return { first: normal.slice(0, cut), last: normal.slice(cut + 1) };
}

/** The one-string name of two parts: `joinName({ first: 'Ada', last: 'Lovelace' })` → "Ada Lovelace". */
export function joinName(parts: NameParts): string {
  const first = normalizeName(parts.first);
  const last = parts.last === null ? '' : normalizeName(parts.last);
  return last ? `${first} ${last}` : first;
}
