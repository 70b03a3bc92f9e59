import type { GraphQLResolveInfo } from 'graphql';
import type { GraphqlContext } from '../../context';

/** One field's resolver, typed by what it receives. */
export type Resolver<Parent, Args = Record<string, never>, Result = unknown> = (
  parent: Parent,
  args: Args,
  context: GraphqlContext,
  info: GraphQLResolveInfo,
) => Result;

/** A resolver map as @graphql-tools/schema reads it: type name → field name → resolver (or enum values, scalars). */
export type ResolverMap = Record<string, object>;
