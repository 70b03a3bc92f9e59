/**
 * Field numbers are the wire format. Order and LineItem shipped in the starter, so a
 * field they had keeps its number, type and name, and a removed one leaves its number
 * and name reserved: an old client would read a reused number as the old field.
 */
import type protobuf from 'protobufjs';
import { isReserved, messagesOf, typeOf } from './proto-walk';

interface Released {
  message: string;
  fields: { name: string; id: number; type: string }[];
}

/** The messages as the starter released them. */
export const released: Released[] = [
  {
    message: 'Order',
    fields: [
      { name: 'id', id: 1, type: 'string' },
      { name: 'customer_id', id: 2, type: 'string' },
      { name: 'items', id: 3, type: 'repeated LineItem' },
      { name: 'total_cents', id: 4, type: 'int64' },
      { name: 'create_time', id: 5, type: 'google.protobuf.Timestamp' },
      { name: 'legacy_coupon', id: 6, type: 'string' },
      { name: 'status', id: 7, type: 'string' },
    ],
  },
  {
    message: 'LineItem',
    fields: [
      { name: 'product_id', id: 1, type: 'string' },
      { name: 'quantity', id: 2, type: 'int32' },
      { name: 'unit_price_cents', id: 3, type: 'int64' },
    ],
  },
];

/** Problems with one released field in the learner's version of its message. */
function releasedFieldProblems(message: protobuf.Type, old: Released['fields'][number]): string[] {
  const byName = message.fieldsArray.find((f) => f.name === old.name);
  const byNumber = message.fieldsArray.find((f) => f.id === old.id);
  const label = `${message.name}.${old.name} (${old.type} = ${old.id})`;
  if (byName && byName.id !== old.id && typeOf(byName) !== old.type) {
    return [`${message.name}.${old.name} is now field ${byName.id} of type ${typeOf(byName)}; a replacement needs a new name as well as a new number, and the old name reserved`];
  }
  if (byName && byName.id !== old.id) return [`${label} was renumbered to ${byName.id}`];
  if (byName && typeOf(byName) !== old.type) return [`${label} changed its type to ${typeOf(byName)}`];
  if (byName) return [];
  if (byNumber) return [`${message.name} reuses number ${old.id}, released as ${old.name}, for ${byNumber.name}`];
  const lacks = [
    ...(isReserved(message, old.id) ? [] : [`reserved ${old.id};`]),
    ...(isReserved(message, old.name) ? [] : [`reserved "${old.name}";`]),
  ];
  return lacks.length ? [`${label} was removed without ${lacks.join(' and ')}`] : [];
}

/** Released fields renumbered, retyped, reused, or removed without reserving them; legacy_coupon left in. */
export function wireBreaks(root: protobuf.Root): string[] {
  const messages = messagesOf(root);
  const problems = released.flatMap((old) => {
    const message = messages.find((m) => m.name === old.message);
    if (!message) return [`${old.message} is gone; clients hold it, so keep the message and its fields`];
    return old.fields.flatMap((f) => releasedFieldProblems(message, f));
  });
  const order = messages.find((m) => m.name === 'Order');
  if (order?.fieldsArray.some((f) => f.name === 'legacy_coupon')) problems.push('Order still has legacy_coupon, which is retired');
  if (problems.length === 0) return [];
  return [
    `${problems.join('; ')}. Order and LineItem are already on the wire: keep every field's number, type and name. ` +
      'To drop or replace a field, delete it and add `reserved <number>;` and `reserved "<name>";`, then give the new field a new number.',
  ];
}

/** Enums whose zero value is not <ENUM>_UNSPECIFIED, and an order without an enum state. */
export function enumProblems(enums: protobuf.Enum[], order: protobuf.Type | null): string[] {
  const problems = enums.flatMap((e) => {
    const zero = Object.entries(e.values).find(([, value]) => value === 0)?.[0];
    if (zero === undefined) return [`${e.name} has no value numbered 0`];
    return zero.endsWith('_UNSPECIFIED') ? [] : [`${e.name}'s zero value is ${zero}`];
  });
  if (order && !order.fieldsArray.some((f) => f.resolvedType && 'values' in f.resolvedType)) {
    problems.push(`${order.name} has no enum field for its state`);
  }
  if (problems.length === 0) return [];
  return [
    `${problems.join('; ')}. Give the order's state an enum, and start every enum with ` +
      '`<ENUM_NAME>_UNSPECIFIED = 0;`: proto3 reads a missing value as 0, so 0 must mean "not set", never a real state such as PENDING.',
  ];
}
