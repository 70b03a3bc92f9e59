/**
 * Mutations: one input object in, one payload out. The payload carries the changed
 * object and the user errors a person can fix, so rules broken by the request are data
 * in the answer, not exceptions in the `errors` list meant for bugs.
 */
import { getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/** The mutation fields with a "Mutation.name" label; empty when there is no Mutation type. */
function mutations(schema: GraphQLSchema) {
  const mutation = schema.getMutationType();
  return mutation ? Object.values(mutation.getFields()).map((field) => ({ field, label: `${mutation.name}.${field.name}` })) : [];
}

/** Whether the schema can place (create) an order, change one, and cancel one. */
export function missingOrderMutations(schema: GraphQLSchema): string[] {
  const names = mutations(schema).map(({ field }) => field.name);
  const lacks = [
    ...(names.some((n) => /^(create|place|submit|add)\w*Order/i.test(n)) ? [] : ['placing an order (placeOrder or createOrder)']),
    ...(names.some((n) => /^(update|change|edit|set)\w*/i.test(n)) ? [] : ['changing one (updateOrder, updateShippingAddress)']),
    ...(names.some((n) => /^cancel/i.test(n)) ? [] : ['cancelling one (cancelOrder)']),
  ];
  if (lacks.length === 0) return [];
  return [`The Mutation type has nothing for ${lacks.join(', ')}. Name mutations verb first, after what the customer does: placeOrder, cancelOrder.`];
}

/** Mutations that take anything but one non-null input object argument. */
export function mutationsWithoutInput(schema: GraphQLSchema): string[] {
  const wrong = mutations(schema).flatMap(({ field, label }) => {
    const [only, ...others] = field.args;
    const good = only && others.length === 0 && isNonNullType(only.type) && isInputObjectType(only.type.ofType);
    return good ? [] : [`${label}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')})`];
  });
  if (wrong.length === 0) return [];
  return [
    `${wrong.join(', ')} ${wrong.length === 1 ? 'takes' : 'take'} loose arguments. Give every mutation one argument, \`input: PlaceOrderInput!\`, ` +
      'an input type of its own: clients send one variable, and you can add optional fields later without breaking them.',
  ];
}

/** The field of a payload that lists user errors: a non-null list of objects with a message and a path or field. */
function userErrorsField(payload: GraphQLObjectType) {
  return Object.values(payload.getFields()).find((field) => {
    const error = getNamedType(field.type);
    if (!isNonNullType(field.type) || !isListType(field.type.ofType) || !isObjectType(error)) return false;
    const fields = error.getFields();
    return String(fields.message?.type) === 'String!' && Boolean(fields.path ?? fields.field);
  });
}

/** Mutations that do not answer with a non-null payload type carrying user errors. */
export function mutationsWithoutPayload(schema: GraphQLSchema): string[] {
  const wrong = mutations(schema).flatMap(({ field, label }) => {
    const payload = getNamedType(field.type);
    if (!isNonNullType(field.type) || !isObjectType(payload) || !payload.name.endsWith('Payload')) {
      return [`${label} returns ${String(field.type)}, not a payload type of its own (such as ${field.name[0].toUpperCase()}${field.name.slice(1)}Payload!)`];
    }
    return userErrorsField(payload) ? [] : [`${payload.name} has no user errors`];
  });
  if (wrong.length === 0) return [];
  return [
    `${wrong.join('; ')}. Answer every mutation with a payload: the changed object (null when nothing changed) and ` +
      '`userErrors: [UserError!]!`, where UserError has `message: String!` and `path: [String!]` naming the input field to fix.',
  ];
}
