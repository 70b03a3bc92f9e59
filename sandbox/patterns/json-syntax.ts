/**
 * Finds where a JSON text goes wrong and why, in words a learner can act on.
 * `JSON.parse` only says "Unexpected token" and, depending on the engine, sometimes
 * a position; this scanner gives the same answer in every browser and in Node.
 * It only checks syntax and builds nothing; JSON.parse still does the parsing.
 */

export interface JsonSyntaxError {
  /** 1-based line and column of the first character that breaks the JSON. */
  line: number;
  column: number;
  reason: string;
}

// Deeper nesting than this is refused instead of risking the call stack.
const MAX_DEPTH = 1000;

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** The first syntax error in `text`, or null when `text` is one valid JSON value. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;

  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const found = () => (i >= text.length ? 'the end of the body' : `'${text[i]}'`);

  const value = (depth: number): void => {
    skipSpace();
    const ch = text[i];
    if (ch === undefined) fail('the body ends where a value was expected');
    if (depth > MAX_DEPTH) fail(`values are nested more than ${MAX_DEPTH} levels deep`);
    if (ch === '{') return container('}', depth, true);
    if (ch === '[') return container(']', depth, false);
    if (ch === '"') return string();
    if (ch === "'") fail('strings must use double quotes ("), not single quotes');
    if (ch === '-' || (ch! >= '0' && ch! <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(`expected a value (object, array, string, number, true, false or null) but found ${found()}`);
  };

  const container = (close: '}' | ']', depth: number, isObject: boolean): void => {
    i++; // the opening bracket
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (isObject) {
        skipSpace();
        if (text[i] === "'") fail('property names must use double quotes ("), not single quotes');
        if (text[i] !== '"') fail(`expected a property name in double quotes but found ${found()}`);
        string();
        skipSpace();
        if (text[i] !== ':') fail(`expected ':' after the property name but found ${found()}`);
        i++;
      }
      value(depth + 1);
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') fail(`expected ',' or '${close}' but found ${found()}`);
      const comma = i++;
      skipSpace();
      if (text[i] === close) fail(`remove the trailing comma before '${close}'`, comma);
    }
  };

  const string = (): void => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text[i]!;
      if (ch < ' ') fail('a string contains a raw line break or control character; write it as an escape such as \\n');
      if (ch === '\\') {
        const escape = text[i + 1];
        if (escape === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !escape || !'"\\/bfnrt'.includes(escape)) {
          fail('invalid escape sequence in a string');
        }
        i += escape === 'u' ? 6 : 2;
      } else {
        i++;
      }
    }
    if (i >= text.length) fail('a string is never closed: add the missing "', start);
    i++; // the closing quote
  };

  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail('invalid number (numbers look like 42, -1.5 or 2e3)');
    i += match![0].length;
    if (/[0-9.]/.test(text[i] ?? '')) fail('invalid number (no leading zeros or extra dots)');
  };

  try {
    value(0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1, reason: error.reason };
  }
}
