import { openApiDocument } from './support';

/**
 * The sandbox's routes as /openapi.json lists them, made concrete with seed ids, so that
 * tests of HTTP semantics and pagination run over every route instead of a hand-picked few.
 */

export interface DocumentedPath {
  /** The template, e.g. /api/v1/users/{id}. */
  template: string;
  /** The same path with a seed id in place of each parameter, e.g. /api/v1/users/usr_1. */
  path: string;
  /** The documented methods, upper case. */
  methods: string[];
}

// A seed id for each collection, so that `{id}` after it names something that exists.
const SEED_IDS: Record<string, string> = {
  users: 'usr_1',
  products: 'prd_1',
  orders: 'ord_1',
  customers: 'cus_1',
  addresses: 'adr_1',
  authors: 'aut_1',
  books: 'bok_1',
  members: 'mem_1',
  loans: 'lon_1',
  reservations: 'rsv_1',
  payments: 'pay_1',
  errors: 'validation_failed',
  endpoints: 'ep_1',
  deliveries: 'dlv_1',
  'webhook-inbox': 'demo',
  tenants: 'ten_acme',
  projects: 'prj_1',
  'api-keys': 'key_1',
  riders: 'rdr_1',
  drivers: 'drv_1',
  rides: 'ride_1', // no ride exists at start: requests are made in the tests
  requests: 'azr_unknown', // OAuth authorization requests are random and short-lived: none exists at start
};

/** `/api/v1/users/{id}/orders` → `/api/v1/users/usr_1/orders`. */
export function concretePath(template: string): string {
  const segments = template.split('/');
  return segments
    .map((segment, index) => {
      if (!/^\{.+\}$/.test(segment)) return segment;
      const id = SEED_IDS[segments[index - 1]!];
      if (!id) throw new Error(`No seed id for the parameter in ${template}; add its collection to SEED_IDS in openapi-routes.ts.`);
      return id;
    })
    .join('/');
}

/** Every path of the document with its methods. */
export async function documentedPaths(): Promise<DocumentedPath[]> {
  const document = await openApiDocument();
  return Object.entries(document.paths).map(([template, item]) => ({
    template,
    path: concretePath(template),
    methods: Object.keys(item).map((method) => method.toUpperCase()),
  }));
}

/** Every operation of the document that takes a JSON request body. */
export async function bodyOperations(): Promise<{ method: string; template: string; path: string }[]> {
  const document = await openApiDocument();
  return Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item as Record<string, { requestBody?: unknown }>)
      .filter(([, operation]) => operation.requestBody !== undefined)
      .map(([method]) => ({ method: method.toUpperCase(), template, path: concretePath(template) })),
  );
}

/** The templates of every list operation: the GETs that take the pagination parameters. */
export async function listTemplates(): Promise<string[]> {
  const document = await openApiDocument();
  return Object.entries(document.paths)
    .filter(([, item]) => (item.get?.parameters as { name: string }[] | undefined)?.some((parameter) => parameter.name === 'per_page'))
    .map(([template]) => template);
}
