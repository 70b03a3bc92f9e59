/**
 * operationIds for /openapi.json, derived from method + path by one readable rule, so that
 * code generators and Scalar get stable names without 140 hand-kept strings:
 *
 *   GET    /api/v1/users              → listUsers         (a collection)
 *   POST   /api/v1/users              → createUser
 *   GET    /api/v1/users/{id}         → getUser           (an item)
 *   PATCH  /api/v1/users/{id}         → updateUser
 *   PUT    /api/v1/products/{id}      → replaceProduct
 *   DELETE /api/v1/users/{id}         → deleteUser
 *   GET    /api/v1/users/{id}/orders  → listUserOrders    (parents become singular prefixes)
 *   POST   /api/v1/orders/{id}/pay    → payOrder          (an action segment is the verb)
 *   GET    /api/v2/users              → listUsersV2       (v1 is the default; other versions are suffixes)
 *   GET    /api/users                 → listUsersNegotiated (chapter 5: the version comes from a header)
 *   POST   /api/v1/chat.postMessage   → chatPostMessage   (an RPC-style method name is kept)
 *
 * A route that sets its own operationId keeps it. Two operations with one id would break
 * generated clients, so a clash throws when the document is built.
 */

type Json = Record<string, any>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// Segments that are the verb of an operation rather than a resource.
const ACTIONS = new Set([
  'pay', 'ship', 'deliver', 'cancel', 'return', 'renew', 'reserve', 'replay', 'rotate-secret',
  'reset', 'inspect', 'revoke', 'introspect', 'authorize', 'poll', 'stream',
]);

// Names that end in "s" but are one thing, not a collection of many.
const SINGULAR_NOUNS = new Set(['metrics', 'analytics', 'stats', 'graphql-settings', 'upstreams', 'oauth-log']);

// Segments that only say where the API lives, not what the operation is about.
const PLUMBING = new Set(['api', '.well-known']);

const VERB_FOR: Record<string, { item: string; collection: string }> = {
  get: { item: 'get', collection: 'list' },
  post: { item: 'post', collection: 'create' },
  put: { item: 'replace', collection: 'replace' },
  patch: { item: 'update', collection: 'update' },
  delete: { item: 'delete', collection: 'delete' },
};

const isParameter = (segment: string) => /^\{.+\}$/.test(segment);
const isVersion = (segment: string) => /^v\d+$/.test(segment);

/** "rotate-secret" → "RotateSecret", "jwks.json" → "Jwks". */
function pascal(segment: string): string {
  return segment
    .replace(/\.json$/, '')
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** "addresses" → "address", "users" → "user"; uncountable names stay as they are. */
function singular(segment: string): string {
  if (SINGULAR_NOUNS.has(segment)) return segment;
  if (/ies$/.test(segment)) return segment.replace(/ies$/, 'y');
  if (/sses$/.test(segment)) return segment.replace(/es$/, '');
  if (/[^s]s$/.test(segment)) return segment.slice(0, -1);
  return segment;
}

const isCollection = (segment: string) => !SINGULAR_NOUNS.has(segment) && singular(segment) !== segment;

/** The operationId the rule gives `method` on `path` (see the module comment for examples). */
export function operationIdFor(method: string, path: string): string {
  const raw = path.split('/').filter(Boolean);
  const version = raw.find(isVersion);
  const suffix = version && version !== 'v1' ? version.toUpperCase() : !version && raw[0] === 'api' ? 'Negotiated' : '';
  const segments = raw.filter((segment) => !PLUMBING.has(segment) && !isVersion(segment));

  const last = segments.at(-1) ?? '';
  // RPC-style method names (chat.postMessage) already are operation names.
  if (last.includes('.') && !last.endsWith('.json')) return camel(pascal(last) + suffix);

  let verb: string;
  let rest = '';
  let nouns: string[];
  if (ACTIONS.has(last)) {
    const [first, ...others] = last.split('-');
    verb = first!;
    rest = others.map(pascal).join('');
    nouns = segments.slice(0, -1);
  } else {
    const verbs = VERB_FOR[method.toLowerCase()] ?? { item: method.toLowerCase(), collection: method.toLowerCase() };
    const item = isParameter(last);
    verb = item || !isCollection(last) ? verbs.item : verbs.collection;
    // "get" on a collection lists it; "post" to an item (an inbox) delivers to it.
    if (item && method.toLowerCase() === 'post') verb = 'postTo';
    nouns = segments;
  }

  // Every resource named before a parameter is one thing (users/{id} → User); a trailing collection stays plural
  // when it is listed, created into or acted on as a whole (listUsers, streamEvents), singular when one is created.
  const lastStatic = nouns.map((segment) => !isParameter(segment)).lastIndexOf(true);
  const words = nouns.flatMap((segment, index) => {
    if (isParameter(segment)) return [];
    const named = index < lastStatic || isParameter(nouns[index + 1] ?? '') || verb === 'create';
    return [pascal(named ? singular(segment) : segment)];
  });
  return camel(verb + words.join('') + rest + suffix);
}

function camel(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

/** Gives every operation of `document` an operationId (in place), keeping those a route declared. Throws on a clash. */
export function assignOperationIds<D extends object>(document: D): D {
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries<Json>((document as Json).paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operation.operationId ??= operationIdFor(method, path);
      const where = `${method.toUpperCase()} ${path}`;
      const other = seen.get(operation.operationId);
      if (other) {
        throw new Error(
          `operationId "${operation.operationId}" is given to both ${other} and ${where}; set operationId on one of the two routes (createRoute({ operationId })).`,
        );
      }
      seen.set(operation.operationId, where);
    }
  }
  return document;
}
