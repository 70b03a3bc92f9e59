/**
 * Garbage for the grader fuzz: what a learner (or a broken editor, or a paste gone wrong)
 * can put in front of a grader. Per exercise: random text with unicode and control
 * characters, the reference solution cut at a random point, random bytes read as UTF-8.
 * Per kind: prototype-pollution keys, 2–5 MB of text, 10,000 levels of nesting.
 */
import fc from 'fast-check';
import type { ExerciseKind } from '../../src/content/schema';
import { maxSubmissionChars } from '../../src/grading/parse/parse-submission';

export interface FuzzCase {
  /** What the case is, for the failure report: 'random', 'truncated at 412', ... */
  label: string;
  text: string;
}

/** Every code point including control characters, lone surrogates and NUL. */
export const randomText = fc.string({ unit: 'binary', maxLength: 400 });

/** Random bytes, read the way the CLI reads a file (UTF-8, bad sequences replaced). */
export const randomBytes = fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('utf8'));

/**
 * The solution cut somewhere before its last tenth, so the removed tail always holds
 * real content (a cut inside trailing whitespace could leave a passing file).
 */
export function truncatedSolution(solution: string): fc.Arbitrary<FuzzCase> {
  const end = Math.max(1, Math.floor(solution.trimEnd().length * 0.9));
  return fc.integer({ min: 0, max: end }).map((cut) => ({ label: `solution truncated at ${cut}`, text: solution.slice(0, cut) }));
}

/** Any one of the per-exercise cases. */
export function exerciseCase(solution: string): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    randomText.map((text) => ({ label: 'random text', text })),
    randomBytes.map((text) => ({ label: 'random bytes', text })),
    truncatedSolution(solution),
  );
}

const depth = 10_000;
const nested = (open: string, close: string, inner = '1') => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

// Keys that pollute Object.prototype when a parser or a merge assigns them naively.
const pollutionJson = JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} }).replace(
  /^\{/,
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
);
const pollutionYaml = [
  'openapi: 3.1.0',
  'info: { title: x, version: "1" }',
  '__proto__: { polluted: yes }',
  'constructor: { prototype: { polluted: yes } }',
  'paths:',
  '  /__proto__:',
  '    get:',
  '      responses:',
  '        "200": { description: ok }',
  '  /constructor/prototype:',
  '    __proto__: { polluted: yes }',
].join('\n');

/** About `megabytes` MB of `unit` repeated. */
function huge(unit: string, megabytes: number): string {
  return unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length));
}

/** `unit` repeated to just under the largest submission the parsers accept. */
function nearLimit(unit: string, room = 4096): string {
  return unit.repeat(Math.floor((maxSubmissionChars - room) / unit.length));
}

/** The per-kind hostile cases: pollution keys, huge inputs, deep nesting, misbehaving modules. */
export function kindCases(kind: ExerciseKind, solution: string): FuzzCase[] {
  switch (kind) {
    case 'json':
      return [
        { label: 'prototype-pollution keys', text: pollutionJson },
        { label: '10k-deep JSON arrays', text: nested('[', ']') },
        { label: '10k-deep JSON objects', text: nested('{"a":', '}') },
        { label: '3 MB JSON array', text: `[${huge('1,', 3)}1]` },
        { label: 'JSON array just under the size limit', text: `[${nearLimit('1,')}1]` },
      ];
    case 'openapi':
      return [
        { label: 'prototype-pollution keys (YAML)', text: pollutionYaml },
        { label: 'prototype-pollution keys (JSON)', text: pollutionJson },
        { label: '10k-deep YAML flow sequences', text: nested('[', ']') },
        { label: '10k-deep JSON objects', text: nested('{"a":', '}') },
        { label: '2 MB YAML mapping', text: `${solution}\nx-filler:\n${huge('  - "filler line of text"\n', 2)}` },
        { label: 'YAML just under the size limit', text: `x-filler:\n${nearLimit('  - "filler line of text"\n')}` },
      ];
    case 'typescript':
      return [
        { label: 'throws at top level', text: `${solution}\nthrow new TypeError('thrown at load');\n` },
        { label: 'throws a non-Error at top level', text: `${solution}\nthrow { not: 'an error' };\n` },
        { label: 'prototype-pollution keys in JSON.parse', text: `export const value = JSON.parse('${pollutionJson}');\n` },
        { label: '10k-deep array literal', text: `export const deep = ${nested('[', ']')};\n` },
        { label: '3 MB of comments', text: `${huge('// filler comment line\n', 3)}export const x = 1;\n` },
        { label: 'comments just under the size limit', text: `${nearLimit('// filler comment line\n')}export const x = 1;\n` },
      ];
    case 'graphql':
      return [
        { label: '10k-deep selection set', text: `query Deep ${nested('{ a ', '}', 'b')}` },
        { label: '10k-deep list type', text: `type Query { deep: ${nested('[', ']', 'Int')} }` },
        { label: '2 MB of fields', text: `type Query {\n${huge('  field: String\n', 2)}}` },
        { label: 'duplicate fields just under the size limit', text: `type Query {\n${nearLimit('  field: String\n')}}` },
        { label: 'prototype-pollution names', text: 'type __proto__ { constructor: String prototype: String }\ntype Query { __proto__: __proto__ }' },
      ];
    case 'proto':
      return [
        { label: '10k-deep nested messages', text: `syntax = "proto3";\n${nested('message A { ', '}', '')}` },
        { label: '2 MB of fields', text: `syntax = "proto3";\nmessage Big {\n${huge('  string f = 1;\n', 2)}}` },
        { label: 'fields just under the size limit', text: `syntax = "proto3";\nmessage Big {\n${nearLimit('  string f = 1;\n')}}` },
        { label: 'prototype-pollution names', text: 'syntax = "proto3";\nmessage __proto__ { string constructor = 1; string prototype = 2; }' },
      ];
  }
}

/** A top level that never settles: the parser must end it at its own limit. */
export const neverSettles = `await new Promise(() => {});\nexport const never = 1;\n`;

/** A top level that never ends: only a worker with a time limit can stop it. */
export const loopsForever = `export const x = 1;\nwhile (true) {}\n`;
