/**
 * Identity: an object with an id can be fetched again, cached and merged by clients,
 * so its id is never null; looking one up takes a non-null ID.
 */
import { getNamedType, type GraphQLSchema } from 'graphql';
import { allFields, objectTypes, orderType } from './schema-types';

/** Object types whose `id` is not `ID!`. */
export function nullableIds(schema: GraphQLSchema): string[] {
  const wrong = objectTypes(schema).flatMap((type) => {
    const id = type.getFields().id;
    return id && String(id.type) !== 'ID!' ? [`${type.name}.id is ${String(id.type)}`] : [];
  });
  if (wrong.length === 0) return [];
  return [
    `${wrong.join(', ')}. An id is what clients cache and refetch by, and every stored object has one, so declare it \`id: ID!\`: ` +
      'non-null, and of type ID (an opaque string, even when your database uses numbers).',
  ];
}

/** What the order type lacks of identity, and whether Query can fetch one order by id. */
export function missingOrderLookup(schema: GraphQLSchema): string[] {
  const order = orderType(schema);
  if (!order) return ['There is no order type. Add `type Order { id: ID! ... }`; the checks find it by the name Order (or a name ending in Order).'];
  if (!order.getFields().id) return [`${order.name} has no id. Give it \`id: ID!\` so clients can fetch, cache and refer to one order.`];
  const lookups = allFields(schema).filter(
    ({ owner, field }) => owner === schema.getQueryType() && getNamedType(field.type) === order && field.args.some((arg) => String(arg.type) === 'ID!'),
  );
  if (lookups.length > 0) return [];
  return [
    `Query cannot fetch one ${order.name} by its id. Add \`order(id: ID!): ${order.name}\`: the argument is non-null (no id, no lookup) ` +
      'and the result may be null, because an id can point at nothing.',
  ];
}
