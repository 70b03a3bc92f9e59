/**
 * Protobuf style (the protobuf.dev style guide) and the error contract. gRPC reports a
 * failed call in its status, which a .proto cannot type, so the file documents it.
 */
import type protobuf from 'protobufjs';
import { enumsOf, messagesOf, methodsOf, servicesOf } from './proto-walk';

const pascal = /^[A-Z][A-Za-z0-9]*$/;
const snake = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const screaming = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** "OrderState" → "ORDER_STATE", the prefix its values carry. */
function screamingOf(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Names that break protobuf style, each with the fix. */
export function namingProblems(root: protobuf.Root): string[] {
  const problems: string[] = [];
  for (const type of [...messagesOf(root), ...enumsOf(root), ...servicesOf(root), ...methodsOf(root)]) {
    if (!pascal.test(type.name)) problems.push(`${type.name} should be PascalCase`);
  }
  for (const message of messagesOf(root)) {
    for (const field of message.fieldsArray) if (!snake.test(field.name)) problems.push(`${message.name}.${field.name} should be lower_snake_case`);
  }
  for (const e of enumsOf(root)) {
    const prefix = `${screamingOf(e.name)}_`;
    for (const value of Object.keys(e.values)) {
      if (!screaming.test(value)) problems.push(`${e.name}.${value} should be UPPER_SNAKE_CASE`);
      else if (!value.startsWith(prefix)) problems.push(`${e.name}.${value} should start with ${prefix}`);
    }
  }
  if (problems.length === 0) return [];
  const shown = problems.slice(0, 5);
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return [
    `${shown.join('; ')}${more}. Protobuf style: messages, enums, services and rpcs in PascalCase, fields in ` +
      'lower_snake_case (generated code turns them into each language\'s own casing), and enum values in UPPER_SNAKE_CASE ' +
      'prefixed with the enum\'s name, because values share one scope with their siblings.',
  ];
}

const fieldViolation = (message: protobuf.Type) => {
  const names = message.fieldsArray.map((f) => f.name);
  return names.some((n) => /^field(_path)?$/.test(n)) && names.some((n) => /^(description|message|reason)$/.test(n));
};

/** Whether the file says how a rejected request is reported: INVALID_ARGUMENT with per-field violations. */
export function validationProblems(root: protobuf.Root, text: string): string[] {
  const lacks = [
    ...(/INVALID_ARGUMENT/.test(text) ? [] : ['the status code (INVALID_ARGUMENT)']),
    ...(/google\.rpc\.BadRequest|google\/rpc\/error_details\.proto/.test(text) || messagesOf(root).some(fieldViolation)
      ? []
      : ['the per-field details (google.rpc.BadRequest, or a message with field and description)']),
  ];
  if (lacks.length === 0) return [];
  return [
    `The file does not say how an invalid order is rejected: it never names ${lacks.join(' or ')}. A gRPC call fails with a ` +
      'status, not a response message, so write it down in comments on the methods: INVALID_ARGUMENT, with a google.rpc.BadRequest ' +
      'in the status details listing each field violation (import "google/rpc/error_details.proto").',
  ];
}
