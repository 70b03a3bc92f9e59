/**
 * Structural validation of an OpenAPI 3.0/3.1 document: the parts every grader relies
 * on (version, info, paths → operations → responses, parameters, local $refs).
 * Design judgement is the graders' job; this only makes sure there is a document to judge.
 */
import { httpMethods } from './openapi-types';

export type JsonPath = Array<string | number>;

export interface StructureProblem {
  /** Where the problem is; for something missing, the object it is missing from. */
  path: JsonPath;
  message: string;
}

type Json = Record<string, unknown>;

const pathItemKeys = new Set<string>([...httpMethods, 'summary', 'description', 'servers', 'parameters', '$ref']);
const parameterLocations = ['query', 'header', 'path', 'cookie'];
// Values under these keys are example data or JSON Schema keyword maps, not OpenAPI objects.
const opaqueKeys = new Set(['example', 'examples', 'default', 'enum', 'const']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateRoot(doc: Json, problems: StructureProblem[]): void {
  if ('swagger' in doc) {
    problems.push({
      path: ['swagger'],
      message: 'this is a Swagger 2.0 document. Write OpenAPI 3 instead: replace swagger: "2.0" with openapi: 3.1.0, and move definitions to components.schemas.',
    });
    return;
  }
  const version = doc.openapi;
  if (version === undefined) {
    problems.push({ path: [], message: 'the document has no openapi field. Add openapi: 3.1.0 as the first line; it says which OpenAPI version the document follows.' });
  } else if (typeof version !== 'string') {
    problems.push({ path: ['openapi'], message: `openapi must be a version string with three parts; ${JSON.stringify(version)} is read as a number. Write openapi: 3.1.0 (or quote it: "3.1.0").` });
  } else if (!/^3\.[01]\.\d+(-[\w.]+)?$/.test(version)) {
    problems.push({ path: ['openapi'], message: `openapi is "${version}"; use a 3.0.x or 3.1.x version, for example 3.1.0.` });
  }

  const info = doc.info;
  if (!isObject(info)) {
    problems.push({ path: info === undefined ? [] : ['info'], message: 'the document needs an info object with a title and a version, e.g. info: { title: Shop API, version: 1.0.0 }.' });
  } else {
    if (typeof info.title !== 'string' || info.title.trim() === '') {
      problems.push({ path: ['info'], message: 'info needs a title: a short name for the API, e.g. title: Shop API.' });
    }
    if (typeof info.version === 'number') {
      problems.push({ path: ['info', 'version'], message: `info.version is read as the number ${info.version}; it must be a string. Quote it: version: "${info.version}".` });
    } else if (typeof info.version !== 'string' || info.version.trim() === '') {
      problems.push({ path: ['info'], message: 'info needs a version: the version of this document, e.g. version: 1.0.0.' });
    }
  }
}

function validateParameters(params: unknown, at: JsonPath, problems: StructureProblem[]): void {
  if (params === undefined) return;
  if (!Array.isArray(params)) {
    problems.push({ path: at, message: 'parameters must be a list; start each parameter with "- name: ...".' });
    return;
  }
  params.forEach((param, index) => {
    const here = [...at, index];
    if (!isObject(param)) {
      problems.push({ path: here, message: 'each parameter must be an object with name and in (path, query, header or cookie).' });
      return;
    }
    if ('$ref' in param) return;
    if (typeof param.name !== 'string' || param.name === '') {
      problems.push({ path: here, message: 'this parameter has no name; add name: (the name used in the path or query string).' });
    }
    if (typeof param.in !== 'string' || !parameterLocations.includes(param.in)) {
      problems.push({ path: here, message: `parameter ${JSON.stringify(param.name)} needs in: one of path, query, header or cookie.` });
    } else if (param.in === 'path' && param.required !== true) {
      problems.push({ path: here, message: `path parameter ${JSON.stringify(param.name)} must have required: true; a path cannot be matched without it.` });
    }
  });
}

function validateResponses(responses: unknown, at: JsonPath, problems: StructureProblem[]): void {
  const operation = at.slice(0, -1);
  if (responses === undefined) {
    problems.push({ path: operation, message: "this operation has no responses. Add responses: with at least one status code, e.g. '200': { description: OK }." });
    return;
  }
  if (!isObject(responses) || Object.keys(responses).length === 0) {
    problems.push({ path: at, message: "responses must map at least one status code to a response, e.g. '200': { description: OK }." });
    return;
  }
  for (const [code, response] of Object.entries(responses)) {
    const here = [...at, code];
    if (code !== 'default' && !/^[1-5](\d\d|XX)$/.test(code) && !code.startsWith('x-')) {
      problems.push({ path: here, message: `"${code}" is not a status code. Use a three-digit code like 200 or 404, a range like 4XX, or default.` });
      continue;
    }
    if (code.startsWith('x-')) continue;
    if (!isObject(response)) {
      problems.push({ path: here, message: `response ${code} must be an object with at least a description.` });
    } else if (!('$ref' in response) && typeof response.description !== 'string') {
      problems.push({ path: here, message: `response ${code} needs a description (OpenAPI requires one), e.g. description: The created user.` });
    }
  }
}

function validateOperation(operation: unknown, at: JsonPath, problems: StructureProblem[]): void {
  if (!isObject(operation)) {
    problems.push({ path: at, message: 'an operation must be an object with at least its responses.' });
    return;
  }
  validateParameters(operation.parameters, [...at, 'parameters'], problems);
  const body = operation.requestBody;
  if (body !== undefined && (!isObject(body) || (!('$ref' in body) && !isObject(body.content)))) {
    problems.push({ path: [...at, 'requestBody'], message: 'requestBody needs content, e.g. content: { application/json: { schema: ... } }.' });
  }
  validateResponses(operation.responses, [...at, 'responses'], problems);
}

function validatePaths(paths: unknown, problems: StructureProblem[]): void {
  if (paths === undefined) {
    problems.push({ path: [], message: 'the document has no paths. Add paths: and list each endpoint under it, e.g. /users: with get: and its responses.' });
    return;
  }
  if (!isObject(paths)) {
    problems.push({ path: ['paths'], message: 'paths must map each path (like /users) to its operations.' });
    return;
  }
  for (const [route, item] of Object.entries(paths)) {
    const here = ['paths', route];
    if (route.startsWith('x-')) continue;
    if (!route.startsWith('/')) {
      problems.push({ path: here, message: `the path "${route}" must start with a slash: write /${route}.` });
    }
    if (!isObject(item)) {
      problems.push({ path: here, message: `${route} lists no operations; add at least one, e.g. get: with its responses.` });
      continue;
    }
    for (const key of Object.keys(item)) {
      if (pathItemKeys.has(key) || key.startsWith('x-')) continue;
      const lower = key.toLowerCase();
      const hint = (httpMethods as readonly string[]).includes(lower)
        ? `HTTP methods are written in lowercase in OpenAPI: write ${lower}, not ${key}.`
        : `a path holds operations (${httpMethods.join(', ')}) plus summary, description, parameters and servers.`;
      problems.push({ path: [...here, key], message: `unexpected key "${key}" under ${route}; ${hint}` });
    }
    validateParameters(item.parameters, [...here, 'parameters'], problems);
    const methods = httpMethods.filter((method) => method in item);
    if (methods.length === 0 && !('$ref' in item)) {
      problems.push({ path: here, message: `${route} lists no operations; add at least one, e.g. get: with its responses.` });
    }
    for (const method of methods) validateOperation(item[method], [...here, method], problems);
  }
}

function resolvePointer(doc: Json, pointer: string): boolean {
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/').filter((part, i) => i > 0 || part !== '')) {
    let part: string;
    try {
      part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return false;
    }
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else return false;
    if (node === undefined) return false;
  }
  return true;
}

function validateRefs(node: unknown, at: JsonPath, doc: Json, problems: StructureProblem[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => validateRefs(child, [...at, index], doc, problems));
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const here = [...at, key];
    // `properties` maps names to schemas, so a property may be called "$ref".
    const isNameMap = at[at.length - 1] === 'properties';
    if (key === '$ref' && !isNameMap) {
      if (typeof value !== 'string') {
        problems.push({ path: here, message: '$ref must be a string such as "#/components/schemas/User".' });
      } else if (!value.startsWith('#')) {
        problems.push({ path: here, message: `$ref "${value}" points outside this document; exercises take one file, so define it under components and use "#/components/...".` });
      } else if (!resolvePointer(doc, value)) {
        problems.push({ path: here, message: `$ref "${value}" points to nothing in this document. Check the spelling, or add it under components.` });
      }
      continue;
    }
    if (opaqueKeys.has(key) || key.startsWith('x-')) continue;
    validateRefs(value, here, doc, problems);
  }
}

/** Every structural problem in the document, in document order where it matters. */
export function validateOpenApiStructure(value: unknown): StructureProblem[] {
  if (!isObject(value)) {
    return [{ path: [], message: 'the document must be a mapping of keys to values, starting with openapi: 3.1.0, info and paths.' }];
  }
  const problems: StructureProblem[] = [];
  validateRoot(value, problems);
  if (problems.some((p) => p.path[0] === 'swagger')) return problems;
  validatePaths(value.paths, problems);
  if (value.components !== undefined && !isObject(value.components)) {
    problems.push({ path: ['components'], message: 'components must be an object, e.g. components: { schemas: { User: ... } }.' });
  }
  validateRefs(value, [], value, problems);
  return problems;
}
