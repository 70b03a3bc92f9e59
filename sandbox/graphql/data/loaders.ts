import DataLoader from 'dataloader';
import type { OrderRecord, ProductRecord, UserRecord } from '../../store/records';
import type { IssueRecord, PullRequestRecord, RepositoryRecord } from './github-seed';
import type { StoreReader } from './store-reads';

/**
 * The DataLoader pattern, with a switch. Resolvers never read the store directly; they
 * call `loaders.user.load(id)`. With batching ON, every `load` made while one level of
 * the query resolves is collected into a single read (and repeated keys are read once).
 * With batching OFF, each `load` is its own read: the N+1 problem, made countable.
 */

export interface Loader<V> {
  load(key: string): Promise<V>;
}

export interface Loaders {
  user: Loader<UserRecord | undefined>;
  product: Loader<ProductRecord | undefined>;
  order: Loader<OrderRecord | undefined>;
  ordersByUser: Loader<OrderRecord[]>;
  repository: Loader<RepositoryRecord | undefined>;
  repositoriesByOwner: Loader<RepositoryRecord[]>;
  issue: Loader<IssueRecord | undefined>;
  issuesByRepository: Loader<IssueRecord[]>;
  pullRequest: Loader<PullRequestRecord | undefined>;
  pullRequestsByRepository: Loader<PullRequestRecord[]>;
}

type BatchRead<V> = (keys: readonly string[]) => V[];

/** Loaders for one request. `batching: false` turns every load into a read of its own. */
export function createLoaders(reader: StoreReader, batching: boolean): Loaders {
  const make = <V>(batchRead: BatchRead<V>): Loader<V> =>
    batching
      ? // DataLoader wants a promise of one value per key, in key order: exactly what a batch read returns.
        new DataLoader<string, V>(async (keys) => batchRead(keys))
      : { load: async (key) => batchRead([key])[0] as V };

  return {
    user: make((ids) => reader.usersById(ids)),
    product: make((ids) => reader.productsById(ids)),
    order: make((ids) => reader.ordersById(ids)),
    ordersByUser: make((ids) => reader.ordersByUserId(ids)),
    repository: make((ids) => reader.repositoriesById(ids)),
    repositoriesByOwner: make((ids) => reader.repositoriesByOwnerId(ids)),
    issue: make((ids) => reader.issuesById(ids)),
    issuesByRepository: make((ids) => reader.issuesByRepositoryId(ids)),
    pullRequest: make((ids) => reader.pullRequestsById(ids)),
    pullRequestsByRepository: make((ids) => reader.pullRequestsByRepositoryId(ids)),
  };
}
