/**
 * Lists that page and an API that says its version. A list is a GET on a collection
 * path; it pages when it takes a bounded page size (an integer query parameter with a
 * maximum) and a way to the next page (another query parameter, or a next link/cursor in
 * the body). The version is in the path (`/v1/…`, or the server URL) or in a header.
 */
import { hasType, isObject, operationsOf, parametersOf, propertiesOf, resolve, responsesOf, type Json } from '../../../src/grading/openapi-rules/openapi';
import { endsInParam } from './resources';

/** GET operations on collections that return an array, without pagination. */
export function paginationProblems(doc: Json): string[] {
  const lists = operationsOf(doc).filter(
    (o) => o.method === 'get' && !endsInParam(o.path) && responsesOf(doc, o).some(({ status, schemas }) => status === '200' && schemas.some((s) => returnsArray(doc, s))),
  );
  if (lists.length === 0) return ['No GET returns a list (a page of rides, say); add GET on the rides collection so riders can see their history.'];
  return lists.flatMap((o) => {
    const query = parametersOf(doc, o).filter((p) => p.in === 'query');
    const size = query.find((p) => {
      const schema = resolve(doc, p.schema);
      return schema && hasType(schema, 'integer') && typeof schema.maximum === 'number';
    });
    if (!size) return [`${o.label} returns a list without a bounded page size; add an integer query parameter with a maximum (limit, maximum 100).`];
    const next = query.some((p) => p !== size) || responsesOf(doc, o).some(({ schemas }) => schemas.some((s) => Object.keys(propertiesOf(doc, s)).some((n) => /next|cursor|links?/i.test(n))));
    return next ? [] : [`${o.label} has a page size but no way to the next page; add a cursor (or page) parameter or a next link in the body.`];
  });
}

function returnsArray(doc: Json, node: unknown): boolean {
  const schema = resolve(doc, node);
  if (!schema) return false;
  if (hasType(schema, 'array')) return true;
  return Object.values(propertiesOf(doc, schema)).some((p) => {
    const property = resolve(doc, p);
    return !!property && hasType(property, 'array');
  });
}

/** Empty when every path, or the server URL, carries a version, or every operation takes a version header. */
export function versioningProblems(doc: Json): string[] {
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  if (servers.length > 0 && servers.every((s) => typeof s.url === 'string' && /\/v\d+(\.\d+)?(\/|$)/.test(s.url))) return [];
  const operations = operationsOf(doc);
  const unversioned = operations.filter(
    (o) => !/(^|\/)v\d+(\.\d+)?\//.test(o.path) && !parametersOf(doc, o).some((p) => p.in === 'header' && typeof p.name === 'string' && /version/i.test(p.name)),
  );
  if (unversioned.length === 0) return [];
  return [
    `${unversioned.length} operation(s) carry no version, for example ${unversioned[0].label}. Put the version in every path (/v1/rides) ` +
      'or the server URL, or declare a version header (API-Version) on every operation.',
  ];
}
