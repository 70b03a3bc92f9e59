/**
 * Reading the learner's .proto: their own messages, enums and services (not the
 * google.protobuf types the parser adds), and field types written as in the file.
 */
import protobuf from 'protobufjs';

/** Every reflection object under `namespace`, depth first. */
function walk(namespace: protobuf.NamespaceBase): protobuf.ReflectionObject[] {
  return namespace.nestedArray.flatMap((child) =>
    child instanceof protobuf.Namespace || child instanceof protobuf.Type || child instanceof protobuf.Service
      ? [child, ...walk(child as protobuf.NamespaceBase)]
      : [child],
  );
}

/** The learner's own definitions: everything outside the google package. */
function own(root: protobuf.Root): protobuf.ReflectionObject[] {
  return walk(root).filter((object) => !object.fullName.startsWith('.google.'));
}

/** The learner's messages, nested ones included. */
export function messagesOf(root: protobuf.Root): protobuf.Type[] {
  return own(root).filter((object): object is protobuf.Type => object instanceof protobuf.Type);
}

/** The learner's enums, nested ones included. */
export function enumsOf(root: protobuf.Root): protobuf.Enum[] {
  return own(root).filter((object): object is protobuf.Enum => object instanceof protobuf.Enum);
}

/** The learner's services. */
export function servicesOf(root: protobuf.Root): protobuf.Service[] {
  return own(root).filter((object): object is protobuf.Service => object instanceof protobuf.Service);
}

/** Every rpc of every service. */
export function methodsOf(root: protobuf.Root): protobuf.Method[] {
  return servicesOf(root).flatMap((service) => service.methodsArray);
}

/** The message a method takes, resolved. */
export function requestOf(method: protobuf.Method): protobuf.Type | null {
  return method.resolvedRequestType ?? null;
}

/** The message a method answers with, resolved. */
export function responseOf(method: protobuf.Method): protobuf.Type | null {
  return method.resolvedResponseType ?? null;
}

/** The name a message or enum has in the file: "Order", or "google.protobuf.Empty" for well-known types. */
export function shortName(type: protobuf.ReflectionObject): string {
  return type.fullName.startsWith('.google.') ? type.fullName.slice(1) : type.name;
}

/** A field's type as written: "repeated LineItem", "google.protobuf.FieldMask", "int32". */
export function typeOf(field: protobuf.Field): string {
  const type = field.resolvedType ? shortName(field.resolvedType) : field.type;
  return field.repeated ? `repeated ${type}` : field instanceof protobuf.MapField ? `map<${field.keyType}, ${type}>` : type;
}

/** The message standing for an order: `Order`, or the first message whose name ends in Order. */
export function orderMessage(root: protobuf.Root): protobuf.Type | null {
  const messages = messagesOf(root);
  return messages.find((m) => m.name === 'Order') ?? messages.find((m) => /Order$/.test(m.name)) ?? null;
}

/** True when `number` (or `name`) appears in the message's `reserved` statements. */
export function isReserved(message: protobuf.Type, numberOrName: number | string): boolean {
  return (message.reserved ?? []).some((entry) =>
    typeof entry === 'string' ? entry === numberOrName : typeof numberOrName === 'number' && numberOrName >= entry[0] && numberOrName <= entry[1],
  );
}
