import { printSchema, type GraphQLSchema } from 'graphql';
import { createRouter } from '../env';
import { EventLog } from '../events/event-log';
import { API_BASE } from '../patterns/links';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';
import type { Rides } from '../rides/rides-store';
import { createContext, type GraphqlDeps } from './context';
import { seedGithubData } from './data/github-seed';
import type { Federation } from './federation/gateway';
import { graphqlOverHttp, RequestProblem } from './http/graphql-over-http';
import { FEDERATED_PATH, GRAPHQL_PATH, SUBGRAPHS_PATH } from './paths';
import { shopSchema } from './schema/build-schema';
import { graphqlSettingsRoutes, type GraphqlSettings } from './settings';
import { OrderEvents } from './subscriptions/order-events';

/**
 * Everything GraphQL in the sandbox, as one router to mount on the app. Subscriptions hear
 * order changes from the sandbox's event feed, whichever door made them:
 *
 *   GET|POST /api/graphql                          the shop + GitHub schema
 *   GET      /api/graphql/schema.graphql           its SDL
 *   GET|POST /api/graphql/federated                the federation gateway
 *   GET      /api/graphql/federated/supergraph.graphql   the composed supergraph
 *   GET|POST /api/graphql/subgraphs/{users,orders} each subgraph on its own
 *   GET|PUT  /api/v1/sandbox/graphql-settings      the DataLoader switch (documented in /openapi.json)
 */

// The federation packages are only loaded when someone first asks for the federated graph.
let federation: Promise<Federation> | undefined;
const loadFederation = () => (federation ??= import('./federation/gateway').then((module) => module.createFederation()));

const SUBGRAPH_NAMES = ['users', 'orders'] as const;

/** The DataLoader setting for one request: its X-DataLoader header, else the sandbox's default. */
function batchingFor(request: Request, settings: GraphqlSettings): boolean {
  const header = request.headers.get('X-DataLoader');
  if (header === null) return settings.dataLoader;
  const value = header.trim().toLowerCase();
  if (value === 'on' || value === 'off') return value === 'on';
  throw new RequestProblem(400, `X-DataLoader must be "on" or "off", not ${JSON.stringify(header)}. Leave it out to use the sandbox's default.`);
}

/** The GraphQL router of one sandbox; `feed` is the sandbox's event log (runtime.events). */
export function graphqlRoutes(store: Store, clock: Clock, feed: EventLog = new EventLog(clock), rides?: Rides) {
  const deps: GraphqlDeps = { store, clock, github: seedGithubData(), events: new OrderEvents(feed), feed, rides };
  const settings: GraphqlSettings = { dataLoader: true };
  const context = (request: Request) => createContext(deps, batchingFor(request, settings));
  const endpoint = (schema: () => GraphQLSchema | Promise<GraphQLSchema>) => graphqlOverHttp({ schema, context });

  const shop = endpoint(shopSchema);
  const gateway = endpoint(async () => (await loadFederation()).gateway);
  const subgraphs = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, endpoint(async () => (await loadFederation()).subgraphs[name])]));

  const router = createRouter();
  router.on(['GET', 'POST'], GRAPHQL_PATH, (c) => shop(c.req.raw));
  router.get(`${GRAPHQL_PATH}/schema.graphql`, (c) => c.text(printSchema(shopSchema())));
  router.on(['GET', 'POST'], FEDERATED_PATH, (c) => gateway(c.req.raw));
  router.get(`${FEDERATED_PATH}/supergraph.graphql`, async (c) => c.text((await loadFederation()).supergraphSdl));
  for (const name of SUBGRAPH_NAMES) router.on(['GET', 'POST'], `${SUBGRAPHS_PATH}/${name}`, (c) => subgraphs[name]!(c.req.raw));
  router.route(API_BASE, graphqlSettingsRoutes(settings));
  return router;
}
