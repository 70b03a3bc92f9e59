/**
 * Splits a Markdown file into its YAML frontmatter and body, and validates the
 * frontmatter against a zod schema. Every failure names the file, the field and
 * what to write, because the person reading it is an author fixing their file.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error.ts';

export interface SplitFile {
  /** The YAML between the two `---` lines, unparsed. */
  yaml: string;
  body: string;
  /** 1-based line number of the body's first line in the file (for error messages). */
  bodyLine: number;
}

const fence = /^---[ \t]*$/;

/** Splits `---\n<yaml>\n---\n<body>`; throws when the frontmatter block is missing or unclosed. */
export function splitFrontmatter(source: string, file: string): SplitFile {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!fence.test(lines[0] ?? '')) {
    throw new ContentError(file, 1, 'the file must start with a frontmatter block: a line "---", the YAML fields, then another "---" line.');
  }
  const close = lines.findIndex((line, i) => i > 0 && fence.test(line));
  if (close === -1) {
    throw new ContentError(file, 1, 'the frontmatter block is never closed: add a line "---" after the last YAML field.');
  }
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/** Parses and validates the frontmatter of `source` with `schema`; returns the typed data and the body. */
export function parseFrontmatter<S extends z.ZodObject>(
  source: string,
  file: string,
  schema: S,
): { data: z.infer<S>; body: string; bodyLine: number } {
  const { yaml, body, bodyLine } = splitFrontmatter(source, file);
  const doc = parseDocument(yaml, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    // +1: the YAML starts on the line after the opening "---".
    const line = yamlError.linePos ? yamlError.linePos[0].line + 1 : 1;
    throw new ContentError(file, line, `the frontmatter is not valid YAML (${yamlError.message.split('\n')[0]}). Write one "field: value" per line.`);
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ContentError(file, 2, `the frontmatter must be YAML fields ("name: value" lines): ${describeFields(schema)}.`);
  }

  const known = Object.keys(schema.shape);
  const unknown = Object.keys(raw).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new ContentError(file, null, `frontmatter field "${unknown[0]}" is not one this file can have. ${suggest(unknown[0], known)}Allowed fields: ${known.join(', ')}.`);
  }

  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || '(frontmatter)';
      const top = schema.shape[String(issue.path[0])] as z.ZodType | undefined;
      const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
      const what = top?.description ? ` Write: ${top.description}` : '';
      return missing ? `frontmatter field "${field}" is missing.${what}` : `frontmatter field "${field}" is invalid: ${issue.message}.${what}`;
    });
    throw new ContentError(file, null, problems.join('\n  '));
  }
  return { data: result.data, body, bodyLine };
}

function describeFields(schema: z.ZodObject): string {
  return Object.entries(schema.shape)
    .map(([name, field]) => `${name} (${(field as z.ZodType).description ?? 'see src/content/schema.ts'})`)
    .join('; ');
}

// A typo such as "sumary" is the usual cause of an unknown field; name the intended one.
function suggest(field: string, known: string[]): string {
  const close = known.find((name) => distance(name, field) <= 2);
  return close ? `Did you mean "${close}"? ` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
