/**
 * Reading the learner's schema: the order type, entities (types with an id), and
 * field types written the way SDL writes them, so messages quote what the learner wrote.
 */
import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** The learner's own named types: no introspection types, no built-in scalars. */
export function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
  return Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !builtIn.has(type.name));
}

/** Object types of the learner's own, root types included. */
export function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return ownTypes(schema).filter(isObjectType);
}

/** Every field of every object type, with a "Type.field" label for messages. */
export function allFields(schema: GraphQLSchema): { owner: GraphQLObjectType; field: GraphQLField<unknown, unknown>; label: string }[] {
  return objectTypes(schema).flatMap((owner) =>
    Object.values(owner.getFields()).map((field) => ({ owner, field, label: `${owner.name}.${field.name}` })),
  );
}

const plumbing = /(Connection|Edge|Payload|Input|Error|Info)$/;

/** The type that stands for an order: `Order` itself, or a name ending in Order (`PurchaseOrder`). */
export function orderType(schema: GraphQLSchema): GraphQLObjectType | null {
  const candidates = objectTypes(schema).filter((type) => /Order$/.test(type.name) && !plumbing.test(type.name));
  return candidates.find((type) => type.name === 'Order') ?? candidates[0] ?? null;
}

/** True for object types that carry an identity: they have an `id` field. */
export function isEntity(type: GraphQLNamedType): type is GraphQLObjectType {
  return isObjectType(type) && 'id' in type.getFields();
}

/** True when the type, under any non-null wrapper, is a list. */
export function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The enum type behind a field's type, if it is one. */
export function enumBehind(type: GraphQLOutputType) {
  const named = getNamedType(type);
  return isEnumType(named) ? named : null;
}

/** The first field of `type` whose name matches, if any. */
export function fieldMatching(type: GraphQLObjectType, pattern: RegExp): GraphQLField<unknown, unknown> | undefined {
  return Object.values(type.getFields()).find((field) => pattern.test(field.name));
}
