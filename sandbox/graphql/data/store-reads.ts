import type { OrderRecord, ProductRecord, UserRecord } from '../../store/records';
import type { Store } from '../../store/store';
import type { GithubData, IssueRecord, PullRequestRecord, RepositoryRecord } from './github-seed';

/**
 * Every way the GraphQL resolvers read data, each call counted as ONE store read —
 * think of it as one SQL query. A call may ask for many keys at once
 * (`usersById(['usr_1', 'usr_2'])`, like `WHERE id IN (...)`), and that is still one read.
 * The count and the log go back to the client in `X-Store-Reads` and
 * `extensions.storeReads`, which is how the N+1 problem becomes visible.
 */
export interface StoreReader {
  /** How many reads this request has made so far. */
  readonly count: number;
  /** One line per read, e.g. `users.byId(usr_1, usr_2)`, in the order they happened. */
  readonly log: readonly string[];
  allUsers(): UserRecord[];
  usersById(ids: readonly string[]): (UserRecord | undefined)[];
  allProducts(): ProductRecord[];
  productsById(ids: readonly string[]): (ProductRecord | undefined)[];
  allOrders(): OrderRecord[];
  ordersById(ids: readonly string[]): (OrderRecord | undefined)[];
  /** Each user's orders, oldest first: one list per id. */
  ordersByUserId(userIds: readonly string[]): OrderRecord[][];
  repositoriesById(ids: readonly string[]): (RepositoryRecord | undefined)[];
  repositoriesByOwnerId(ownerIds: readonly string[]): RepositoryRecord[][];
  issuesById(ids: readonly string[]): (IssueRecord | undefined)[];
  issuesByRepositoryId(repositoryIds: readonly string[]): IssueRecord[][];
  pullRequestsById(ids: readonly string[]): (PullRequestRecord | undefined)[];
  pullRequestsByRepositoryId(repositoryIds: readonly string[]): PullRequestRecord[][];
}

/** A fresh reader with its count at zero; make one per request (or per subscription event). */
export function createStoreReader(store: Store, github: GithubData): StoreReader {
  const log: string[] = [];
  const read = <T>(what: string, keys: readonly string[] | null, run: () => T): T => {
    log.push(keys ? `${what}(${keys.join(', ')})` : what);
    return run();
  };
  const byId = <T>(rows: readonly (T & { id: string })[], ids: readonly string[]) => {
    const index = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => index.get(id));
  };
  const groupBy = <T>(rows: readonly T[], keyOf: (row: T) => string, keys: readonly string[]) =>
    keys.map((key) => rows.filter((row) => keyOf(row) === key));

  return {
    get count() {
      return log.length;
    },
    log,
    allUsers: () => read('users.all', null, () => store.users.all()),
    usersById: (ids) => read('users.byId', ids, () => ids.map((id) => store.users.get(id))),
    allProducts: () => read('products.all', null, () => store.products.all()),
    productsById: (ids) => read('products.byId', ids, () => ids.map((id) => store.products.get(id))),
    allOrders: () => read('orders.all', null, () => store.orders.all()),
    ordersById: (ids) => read('orders.byId', ids, () => ids.map((id) => store.orders.get(id))),
    ordersByUserId: (userIds) => read('orders.byUserId', userIds, () => groupBy(store.orders.all(), (order) => order.user_id, userIds)),
    repositoriesById: (ids) => read('repositories.byId', ids, () => byId(github.repositories, ids)),
    repositoriesByOwnerId: (ownerIds) =>
      read('repositories.byOwnerId', ownerIds, () => groupBy(github.repositories, (repository) => repository.owner_id, ownerIds)),
    issuesById: (ids) => read('issues.byId', ids, () => byId(github.issues, ids)),
    issuesByRepositoryId: (repositoryIds) =>
      read('issues.byRepositoryId', repositoryIds, () => groupBy(github.issues, (issue) => issue.repository_id, repositoryIds)),
    pullRequestsById: (ids) => read('pullRequests.byId', ids, () => byId(github.pullRequests, ids)),
    pullRequestsByRepositoryId: (repositoryIds) =>
      read('pullRequests.byRepositoryId', repositoryIds, () => groupBy(github.pullRequests, (pull) => pull.repository_id, repositoryIds)),
  };
}
