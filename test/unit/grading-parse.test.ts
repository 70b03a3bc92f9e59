import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/grading/parse/json';
import { parseOpenApi } from '../../src/grading/parse/openapi';
import { parseSubmission } from '../../src/grading/parse/parse-submission';
import { SubmissionError } from '../../src/grading/parse/submission-error';
import { parseTypeScript } from '../../src/grading/parse/typescript';

async function failure(parse: () => unknown): Promise<SubmissionError> {
  try {
    await parse();
  } catch (error) {
    if (error instanceof SubmissionError) return error;
    throw error;
  }
  throw new Error('expected the text to be refused');
}

const validOpenApi = `openapi: 3.1.0
info:
  title: Shop
  version: 1.0.0
paths:
  /users:
    get:
      responses:
        '200':
          description: The users.
`;

describe('parseOpenApi', () => {
  it('returns the document as plain JavaScript values', () => {
    const { document } = parseOpenApi(validOpenApi);
    expect(document.paths['/users'].get?.responses['200']).toEqual({ description: 'The users.' });
  });

  it('reads JSON text too', () => {
    const json = JSON.stringify({ openapi: '3.0.3', info: { title: 'Shop', version: '1' }, paths: {} });
    expect(parseOpenApi(json).document.openapi).toBe('3.0.3');
  });

  it('names the line and column of malformed YAML', async () => {
    const error = await failure(() => parseOpenApi('openapi: 3.1.0\ninfo:\n  title: [Shop\n  version: 1\n'));
    expect(error.location?.line).toBeGreaterThanOrEqual(3);
    expect(error.message).toMatch(/^The document cannot be read: YAML error on line \d+, column \d+:/);
  });

  it('explains a duplicated key, such as a path written twice', async () => {
    const error = await failure(() => parseOpenApi(`${validOpenApi}  /users:\n    post:\n      responses:\n        '201': { description: Created }\n`));
    expect(error.location).toEqual({ line: 11, column: 3 });
    expect(error.message).toContain('The same key appears twice');
  });

  it('names the JSON path and line of an operation without responses', async () => {
    const error = await failure(() => parseOpenApi(validOpenApi.replace(/      responses:[\s\S]*$/, '      summary: List users\n')));
    expect(error.message).toContain("At paths['/users'].get (line 7, column 5): this operation has no responses.");
    expect(error.location).toEqual({ line: 7, column: 5 });
  });

  it('asks for a description on every response', async () => {
    const error = await failure(() => parseOpenApi(validOpenApi.replace('description: The users.', 'summary: x')));
    expect(error.message).toContain("At paths['/users'].get.responses['200'] (line 9, column 9)");
    expect(error.message).toContain('needs a description');
  });

  it('turns away Swagger 2.0 with what to write instead', async () => {
    const error = await failure(() => parseOpenApi('swagger: "2.0"\ninfo: { title: x, version: "1" }\npaths: {}\n'));
    expect(error.message).toContain('replace swagger: "2.0" with openapi: 3.1.0');
  });

  it('asks to quote a version that YAML reads as a number', async () => {
    const error = await failure(() => parseOpenApi(validOpenApi.replace('version: 1.0.0', 'version: 1.0')));
    expect(error.message).toContain('Quote it: version: "1"');
    expect(error.location?.line).toBe(4);
  });

  it('says HTTP methods are lowercase', async () => {
    const error = await failure(() => parseOpenApi(validOpenApi.replace('    get:', '    GET:')));
    expect(error.message).toContain('write get, not GET');
  });

  it('finds a $ref that points nowhere', async () => {
    const text = validOpenApi.replace("        '200':\n          description: The users.", "        '200':\n          $ref: '#/components/responses/Users'");
    const error = await failure(() => parseOpenApi(text));
    expect(error.message).toContain('$ref "#/components/responses/Users" points to nothing');
    expect(error.location).toEqual({ line: 10, column: 11 });
  });

  it('counts the problems after the first', async () => {
    const error = await failure(() => parseOpenApi('openapi: 2\npaths: {}\n'));
    expect(error.message).toMatch(/1 more problem after this one\.$/);
  });
});

describe('parseJson', () => {
  it('parses a JSON value', () => {
    expect(parseJson('{ "a": [1, 2] }').value).toEqual({ a: [1, 2] });
  });

  it('names the line and column of malformed JSON', async () => {
    const error = await failure(() => parseJson('{\n  "a": 1\n  "b": 2\n}'));
    expect(error.location).toEqual({ line: 3, column: 3 });
    expect(error.message).toMatch(/^This is not valid JSON on line 3, column 3: /);
  });

  it('points at the end when the text stops early', async () => {
    const error = await failure(() => parseJson('{\n  "a": [1,'));
    expect(error.location?.line).toBe(2);
  });
});

describe('parseTypeScript', () => {
  it("strips the types and hands over the module's exports", async () => {
    const { exports } = await parseTypeScript('interface P { id: string }\nexport function id(p: P): string {\n  return p.id;\n}\nexport const answer: number = 42;\n');
    expect(exports.answer).toBe(42);
    expect((exports.id as (p: { id: string }) => string)({ id: 'usr_1' })).toBe('usr_1');
  });

  it('names the line and column of a TypeScript syntax error', async () => {
    const error = await failure(() => parseTypeScript('export const a = 1;\nexport const b: number = ;\n'));
    expect(error.location).toEqual({ line: 2, column: 26 });
    expect(error.message).toMatch(/^Your code has a syntax error on line 2, column 26: Unexpected token\./);
  });

  it('catches syntax errors that type stripping lets through', async () => {
    const error = await failure(() => parseTypeScript('export const o = {\n  a: 1,,\n};\n'));
    expect(error.location?.line).toBe(2);
  });

  it.each([
    ['a static import', 'import { readFile } from "node:fs";\nexport const f = readFile;', 1],
    ['a side-effect import', 'export const a = 1;\nimport "node:fs";', 2],
    ['a dynamic import', 'export const a = 1;\nexport const load = () => import("node:fs");', 2],
    ['a re-export', 'export * from "node:fs";', 1],
    ['a named re-export', 'export { readFile } from "node:fs";', 1],
  ])('refuses %s, naming the line', async (_, text, line) => {
    const error = await failure(() => parseTypeScript(text));
    expect(error.message).toMatch(/^Submissions cannot import other modules/);
    expect(error.location?.line).toBe(line);
  });

  it('allows type-only imports, which disappear with the types', async () => {
    const { exports } = await parseTypeScript('import type { Thing } from "./types";\nexport const t: Thing | null = null;');
    expect(exports).toEqual({ t: null });
  });

  it('reports an error thrown while the module loads, with its line', async () => {
    const error = await failure(() => parseTypeScript('export const a = 1;\nthrow new RangeError("too far");\n'));
    expect(error.message).toContain('threw an error while loading on line 2');
    expect(error.message).toContain('RangeError: too far');
    expect(error.location?.line).toBe(2);
  });
});

describe('parseSubmission', () => {
  it.each(['openapi', 'typescript', 'json'] as const)('refuses empty %s text with a clear message', async (kind) => {
    const error = await failure(() => parseSubmission(kind, '  \n\n'));
    expect(error.message).toMatch(/^The submission is empty\./);
    expect(error.location).toEqual({ line: 1, column: 1 });
  });
});
