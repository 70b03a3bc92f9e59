/**
 * URL suggestions for the console: every path of the sandbox's /openapi.json, with the
 * methods it accepts, so the URL field can offer `/api/v1/orders/{id}` as the learner types.
 */

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/** One documented path and the methods it accepts (upper case). */
export interface PathSuggestion {
  path: string;
  methods: string[];
}

/** The documented paths of an OpenAPI document, sorted; anything unreadable is skipped. */
export function pathSuggestions(document: unknown): PathSuggestion[] {
  const paths = (document as { paths?: unknown } | null)?.paths;
  if (typeof paths !== 'object' || paths === null) return [];
  return Object.entries(paths as Record<string, unknown>)
    .filter(([path, item]) => path.startsWith('/') && typeof item === 'object' && item !== null)
    .map(([path, item]) => ({ path, methods: Object.keys(item as object).filter((key) => HTTP_METHODS.includes(key)).map((m) => m.toUpperCase()) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
