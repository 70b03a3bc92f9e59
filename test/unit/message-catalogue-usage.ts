/**
 * Finds catalogue keys that no component reads any more, so a translator is never asked to
 * translate dead text. Static and deliberately generous: a key counts as used when a file that
 * imports its module reads its name as a property, or uses an object above it whole (looked up by
 * a computed key, `m.status[state]`, or handed on, `sources = m.sources`). What it reports is
 * certainly unread; a common name (`title`) can hide a dead key, never invent one.
 */

/** Every leaf of a module's messages as its key path, e.g. ['tryIt', 'send']. */
export function leafKeyPaths(value: unknown, path: readonly string[] = []): string[][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leafKeyPaths(child, [...path, key]));
  }
  return [[...path]];
}

const escape = (name: string) => name.replace(/[$]/g, '\\$&');

// `.name`, `?.name`, `{ name }` / `{ a, name }` destructuring: the key is read by its name.
const readByName = (name: string) => new RegExp(`(?:\\.${escape(name)}\\b|[{,]\\s*${escape(name)}\\s*[,}])`);

// `.name[`, `.name)`, `.name;`, `.name,`: the object itself is looked up by a computed key or handed on,
// so any key in it may be read.
const usedWhole = (name: string) => new RegExp(`\\.${escape(name)}\\b(?=\\s*[[\\]);,}]|\\s*$)`, 'm');

/** One file that imports a message module: its text without import statements, and the local names of the module's exports. */
export interface MessageUser {
  code: string;
  /** Export name → the name the file uses for it (`import { progress as m }` gives progress → m). */
  names: Map<string, string>;
}

/** Reads how `source` imports `@messages/<module>`; null when it does not. */
export function messageUser(source: string, module: string): MessageUser | null {
  const imports = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@messages\/([\w-]+)['"];?/g)].filter((match) => match[2] === module);
  if (imports.length === 0) return null;
  const names = new Map<string, string>();
  for (const match of imports) {
    for (const part of match[1]!.split(',')) {
      const [exported, local] = part.replace(/^\s*type\s+/, '').split(/\s+as\s+/).map((name) => name.trim());
      if (exported) names.set(exported, local || exported);
    }
  }
  return { code: source.replace(/^\s*import\s[^;]*?from\s+['"][^'"]+['"];?/gm, ''), names };
}

/**
 * The leaf key paths of one message module (its exports, keyed by export name) that none of the
 * files importing it reads, as dotted paths ('progress.transfer.cancel').
 */
export function unusedMessageKeys(messages: Record<string, unknown>, users: readonly MessageUser[]): string[] {
  return leafKeyPaths(messages)
    .filter(([root, ...keys]) => {
      const readers = users.filter((user) => user.names.has(root!));
      return !readers.some(({ code, names }) => {
        const local = escape(names.get(root!)!);
        // `m[kind]`, `f(m)`, `= m;` use the whole export; `const { a } = m;` only reads `a`, matched below.
        const whole = new RegExp(`(?<![.\\w$])${local}\\b(?=\\s*[[\\]),}]|\\s*;)`);
        const destructured = new RegExp(`\\}\\s*=\\s*${local}\\s*;`);
        if (whole.test(code.replace(destructured, '')) ) return true;
        if (keys.some((key, i) => i < keys.length - 1 && usedWhole(key).test(code))) return true;
        return keys.length > 0 && readByName(keys[keys.length - 1]!).test(code);
      });
    })
    .map((path) => path.join('.'));
}
