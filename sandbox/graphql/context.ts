import type { EventLog } from '../events/event-log';
import type { Rides } from '../rides/rides-store';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';
import type { GithubData } from './data/github-seed';
import { createLoaders, type Loaders } from './data/loaders';
import { createStoreReader, type StoreReader } from './data/store-reads';
import type { OrderEvents } from './subscriptions/order-events';

/** What every sandbox's GraphQL endpoints share: its data, clock and event bus. */
export interface GraphqlDeps {
  store: Store;
  clock: Clock;
  github: GithubData;
  events: OrderEvents;
  /** The sandbox's one event feed: mutations publish order changes there (and `events` hears them from it). */
  feed: EventLog;
  /** The ride-sharing store (chapter 12) for the rider app's view; absent in a bare graphqlRoutes(). */
  rides?: Rides;
}

/** What each resolver receives as `context`. */
export interface GraphqlContext extends GraphqlDeps {
  /** Whose `viewer` this is: the sandbox has no log-in, so it is always Ada (usr_1). */
  viewerId: string;
  /** Whether loads are batched with DataLoader for this request. */
  batching: boolean;
  reader: StoreReader;
  loaders: Loaders;
  /** Extra facts for the response's `extensions` (the federated gateway lists its subgraph requests here). */
  extensions: Record<string, unknown>;
  /**
   * Starts counting reads afresh with new loaders. A subscription runs one execution per
   * event on the same context; without this, the second event would see the first one's
   * cached records and its read count.
   */
  renew(): void;
}

export const VIEWER_ID = 'usr_1';

/** A context for one request (or one subscription). */
export function createContext(deps: GraphqlDeps, batching: boolean): GraphqlContext {
  const fresh = () => {
    const reader = createStoreReader(deps.store, deps.github);
    return { reader, loaders: createLoaders(reader, batching) };
  };
  const context: GraphqlContext = {
    ...deps,
    viewerId: VIEWER_ID,
    batching,
    extensions: {},
    ...fresh(),
    renew: () => Object.assign(context, fresh()),
  };
  return context;
}
