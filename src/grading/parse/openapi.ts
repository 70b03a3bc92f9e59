/**
 * kind 'openapi': YAML or JSON text (JSON is read as YAML, which it nearly is),
 * then structural validation. Every error names the line and column, and for
 * structure problems the JSON path too, so the editor can mark the spot.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { SourceLocation } from '../results';
import { validateOpenApiStructure, type JsonPath } from './openapi-structure';
import type { OpenApiDocument } from './openapi-types';
import { SubmissionError, assertNotEmpty, describeLocation } from './submission-error';

export interface OpenApiSubmission {
  /** The parsed, structurally valid OpenAPI document, as plain JavaScript values. */
  document: OpenApiDocument;
  /** The text exactly as the learner wrote it. */
  text: string;
}

const yamlHints: Record<string, string> = {
  DUPLICATE_KEY: 'The same key appears twice in one mapping; merge the two entries (for a path, put all its methods under one key).',
  BAD_INDENT: 'Check the indentation of this line against the lines above it: children are indented further than their parent, siblings equally.',
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs.',
  MISSING_CHAR: 'A closing bracket, brace or quote is missing.',
  UNEXPECTED_TOKEN: 'Check the indentation and punctuation on this line; a key needs a colon and a space after it.',
};

/** "paths['/users'].get.responses['200']" — a JSON path as a reader would write it. */
export function formatJsonPath(path: JsonPath): string {
  if (path.length === 0) return 'the document root';
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(part)) return index === 0 ? part : `.${part}`;
      return `['${part}']`;
    })
    .join('');
}

/**
 * The YAML node to mark for `path`: the key of its last step (`get:` rather than the
 * block under it), or the deepest ancestor that exists when a key is missing.
 */
function nodeAt(doc: Document, path: JsonPath): YamlNode | null {
  let node = doc.contents as YamlNode | null;
  let mark = node;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      mark = pair.key as YamlNode;
      node = (pair.value as YamlNode | null) ?? null;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
      node = node.items[part] as YamlNode;
      mark = node;
    } else {
      break;
    }
  }
  return mark;
}

function locate(doc: Document, lines: LineCounter, path: JsonPath): SourceLocation | null {
  const offset = nodeAt(doc, path)?.range?.[0];
  if (offset === undefined) return null;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** Parses and validates an OpenAPI document; throws a SubmissionError that says where and what to fix. */
export function parseOpenApi(text: string): OpenApiSubmission {
  assertNotEmpty(text, 'your OpenAPI document (YAML or JSON)');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    const { line, col } = lines.linePos(syntaxError.pos[0]);
    const location = { line, column: col };
    const hint = yamlHints[syntaxError.code] ?? 'Check the indentation and punctuation around this spot.';
    const reason = syntaxError.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new SubmissionError(`The document cannot be read: YAML error on ${describeLocation(location)}: ${reason}. ${hint}`, location);
  }

  let value: unknown;
  try {
    // Anchors and aliases are fine, but not the billion-laughs kind.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new SubmissionError(`The document cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }

  const problems = validateOpenApiStructure(value);
  if (problems.length > 0) {
    const [first] = problems;
    const location = locate(doc, lines, first.path);
    const where = location ? ` (${describeLocation(location)})` : '';
    const more = problems.length > 1 ? ` ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''} after this one.` : '';
    throw new SubmissionError(`This is not a valid OpenAPI document yet. At ${formatJsonPath(first.path)}${where}: ${first.message}${more}`, location);
  }
  return { document: value as OpenApiDocument, text };
}
