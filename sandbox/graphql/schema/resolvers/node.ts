import type { GraphqlContext } from '../../context';
import { notFound } from '../errors';
import type { ResolverMap } from './types';

/**
 * Global object identification: every id's prefix names its type (`ord_4` is an Order),
 * so `node(id:)` can fetch anything and `Node.__resolveType` needs no lookup.
 */

const TYPE_BY_PREFIX: Record<string, string> = {
  usr: 'User',
  prd: 'Product',
  ord: 'Order',
  rep: 'Repository',
  iss: 'Issue',
  pr: 'PullRequest',
};

function typeOf(id: string): string | undefined {
  return TYPE_BY_PREFIX[id.split('_')[0]!];
}

async function loadNode(id: string, { loaders }: GraphqlContext): Promise<{ id: string } | undefined> {
  switch (typeOf(id)) {
    case 'User':
      return loaders.user.load(id);
    case 'Product':
      return loaders.product.load(id);
    case 'Order':
      return loaders.order.load(id);
    case 'Repository':
      return loaders.repository.load(id);
    case 'Issue':
      return loaders.issue.load(id);
    case 'PullRequest':
      return loaders.pullRequest.load(id);
    default:
      return undefined;
  }
}

export const nodeResolvers: ResolverMap = {
  Node: {
    __resolveType: (record: { id: string }) => typeOf(record.id),
  },
  Query: {
    node: async (_root: unknown, { id }: { id: string }, context: GraphqlContext) => {
      const node = await loadNode(id, context);
      if (!node) {
        const prefixes = Object.keys(TYPE_BY_PREFIX).map((prefix) => `${prefix}_`).join(', ');
        throw notFound('object', id, `Global ids start with one of ${prefixes} followed by a number, e.g. "ord_1".`);
      }
      return node;
    },
  },
};
