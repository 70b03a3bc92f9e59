import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from '../../src/content/frontmatter';
import { chapterFrontmatterSchema, exerciseFrontmatterSchema } from '../../src/content/schema';

const file = 'content/01-example.md';
const chapter = (yaml: string, body = '# Body\n') => `---\n${yaml}\n---\n${body}`;
const valid = 'chapter: 1\ntitle: Example chapter\nsummary: A chapter used by the tests.\nminutes: 30\nexercises: [api-audit]';

describe('splitFrontmatter', () => {
  it('separates the YAML from the body and reports the line the body starts on', () => {
    const split = splitFrontmatter(chapter('a: 1\nb: 2', 'Hello\n'), file);
    expect(split.yaml).toBe('a: 1\nb: 2');
    expect(split.body).toBe('Hello\n');
    expect(split.bodyLine).toBe(5);
  });

  it('accepts Windows line endings', () => {
    expect(splitFrontmatter('---\r\na: 1\r\n---\r\nText', file).body).toBe('Text');
  });

  it('fails with the file name when the file has no frontmatter', () => {
    expect(() => splitFrontmatter('# Title\n', file)).toThrow(/content\/01-example\.md:1: .*must start with a frontmatter block/);
  });

  it('fails when the frontmatter is never closed', () => {
    expect(() => splitFrontmatter('---\na: 1\n# Title\n', file)).toThrow(/never closed: add a line "---"/);
  });
});

describe('parseFrontmatter', () => {
  it('returns typed data with defaults applied', () => {
    const { data } = parseFrontmatter(chapter('chapter: 2\ntitle: Example chapter\nsummary: A chapter used by the tests.\nminutes: 30'), file, chapterFrontmatterSchema);
    expect(data).toEqual({ chapter: 2, title: 'Example chapter', summary: 'A chapter used by the tests.', minutes: 30, exercises: [] });
  });

  it('names a missing field and says what to write', () => {
    expect(() => parseFrontmatter(chapter('chapter: 1\ntitle: Example chapter\nminutes: 30'), file, chapterFrontmatterSchema)).toThrow(
      /content\/01-example\.md: frontmatter field "summary" is missing\. Write: One or two sentences/,
    );
  });

  it('names a field of the wrong type', () => {
    expect(() => parseFrontmatter(chapter(valid.replace('minutes: 30', 'minutes: half an hour')), file, chapterFrontmatterSchema)).toThrow(
      /frontmatter field "minutes" is invalid: .*expected number.*Write: Estimated reading time in minutes/,
    );
  });

  it('lists every invalid field, not only the first', () => {
    const attempt = () => parseFrontmatter(chapter('chapter: 13\ntitle: Ex\nsummary: A chapter used by the tests.\nminutes: 30'), file, chapterFrontmatterSchema);
    expect(attempt).toThrow(/"chapter"[\s\S]*"title"/);
  });

  it('suggests the intended field for a typo', () => {
    expect(() => parseFrontmatter(chapter(valid.replace('summary', 'sumary')), file, chapterFrontmatterSchema)).toThrow(
      /frontmatter field "sumary" is not one this file can have\. Did you mean "summary"\?/,
    );
  });

  it('reports YAML syntax errors with the line in the file', () => {
    expect(() => parseFrontmatter(chapter('chapter: 1\ntitle: [unclosed'), file, chapterFrontmatterSchema)).toThrow(
      /content\/01-example\.md:\d+: the frontmatter is not valid YAML/,
    );
  });

  it('explains the kebab-case rule for exercise ids', () => {
    const source = chapter('id: API_Audit\ntitle: Audit\nchapter: 1\nkind: openapi\nminutes: 20\ndifficulty: beginner');
    expect(() => parseFrontmatter(source, 'exercises/api-audit/exercise.md', exerciseFrontmatterSchema)).toThrow(
      /exercises\/api-audit\/exercise\.md: frontmatter field "id" is invalid: use kebab-case/,
    );
  });
});
