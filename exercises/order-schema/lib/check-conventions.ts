/**
 * Conventions: a status is an enum, and names follow GraphQL's style, so any client
 * generator and any reader knows what a name is by its shape.
 */
import { isEnumType, isInputObjectType, isNonNullType, isObjectType, isInterfaceType, type GraphQLSchema } from 'graphql';
import { enumBehind, orderType, ownTypes } from './schema-types';

/** Whether the order's status is a non-null enum with a cancelled value. */
export function statusProblems(schema: GraphQLSchema): string[] {
  const order = orderType(schema);
  if (!order) return [];
  const status = order.getFields().status;
  if (!status) return [`${order.name} has no status. Add \`status: OrderStatus!\`, with an enum OrderStatus listing the states an order goes through.`];
  const statusEnum = enumBehind(status.type);
  if (!statusEnum) {
    return [
      `${order.name}.status is ${String(status.type)}. Make it an enum (\`enum OrderStatus { PENDING CONFIRMED SHIPPED DELIVERED CANCELLED }\`): ` +
        'clients then know every value in advance, and the schema refuses a misspelt one.',
    ];
  }
  const problems = [
    ...(isNonNullType(status.type) ? [] : [`${order.name}.status is nullable; every order is in some state, so make it ${statusEnum.name}!`]),
    ...(statusEnum.getValues().some((value) => /cancel/i.test(value.name)) ? [] : [`${statusEnum.name} has no value for a cancelled order, such as CANCELLED`]),
  ];
  return problems.length ? [`${problems.join('; ')}.`] : [];
}

const pascal = /^[A-Z][A-Za-z0-9]*$/;
const camel = /^[a-z][A-Za-z0-9]*$/;
const screaming = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Names that break the GraphQL conventions, each with the fix. */
export function namingProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const type of ownTypes(schema)) {
    if (!pascal.test(type.name)) problems.push(`type ${type.name} should be PascalCase`);
    if (isInputObjectType(type) && !type.name.endsWith('Input')) problems.push(`input ${type.name} should end in Input (e.g. ${type.name}Input)`);
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!screaming.test(value.name)) problems.push(`${type.name}.${value.name} should be SCREAMING_SNAKE_CASE`);
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!camel.test(field.name)) problems.push(`${type.name}.${field.name} should be camelCase`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!camel.test(arg.name)) problems.push(`argument ${arg.name} of ${type.name}.${field.name} should be camelCase`);
        }
      }
    }
  }
  if (problems.length === 0) return [];
  const shown = problems.slice(0, 5);
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return [
    `${shown.join('; ')}${more}. GraphQL names types in PascalCase, fields and arguments in camelCase, and enum values in ` +
      'SCREAMING_SNAKE_CASE; generated clients and every other GraphQL API follow the same shapes.',
  ];
}
