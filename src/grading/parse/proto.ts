/**
 * kind 'proto': the submission is one .proto file. protobufjs parses it (keeping
 * snake_case field names, as protoc does) and resolves every type it names, with the
 * well-known google.protobuf types available as if imported.
 */
import protobuf from 'protobufjs';
import type { SourceLocation } from '../results';
import { SubmissionError, assertNotEmpty, describeLocation, locationAt } from './submission-error';

export interface ProtoSubmission {
  /** The parsed file: packages, messages, enums and services, with types resolved. */
  root: protobuf.Root;
  /** The package the file declares, or null when it declares none. */
  packageName: string | null;
  /** The text exactly as the learner wrote it. */
  text: string;
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where `pattern` first matches on 1-based `line`, or the line's start. */
function onLine(text: string, line: number, pattern: RegExp | null): SourceLocation {
  const content = text.split('\n')[line - 1] ?? '';
  const at = pattern ? content.search(pattern) : -1;
  return { line, column: at === -1 ? 1 : at + 1 };
}

// protobufjs says "(line N)" for syntax errors but gives no column, and no place at all for
// semantic ones (a reused field number), so the place is found from what the message names.
function locationFromMessage(text: string, message: string): SourceLocation | null {
  const line = /\(line (\d+)\)/.exec(message);
  if (line) {
    const token = /illegal (?:token|name|id|value|type|string) '([^']*)'/.exec(message)?.[1];
    return onLine(text, Number(line[1]), token && token !== 'null' ? new RegExp(escape(token)) : null);
  }
  if (/illegal end of input/.test(message)) return locationAt(text, text.length);
  const fieldNumber = /duplicate id (\d+)|id (\d+) is reserved/.exec(message);
  if (fieldNumber) {
    const hits = [...text.matchAll(new RegExp(`=\\s*${fieldNumber[1] ?? fieldNumber[2]}\\s*[;\\[]`, 'g'))];
    const hit = fieldNumber[1] ? (hits[1] ?? hits[0]) : hits[0];
    if (hit?.index !== undefined) return locationAt(text, hit.index);
  }
  const named = /'([^']+)'/.exec(message)?.[1];
  if (named) {
    const hits = [...text.matchAll(new RegExp(`\\b${escape(named.split('.').pop()!)}\\b`, 'g'))];
    // A duplicate name points at its second use, the one to rename.
    const hit = /^duplicate name/.test(message) ? (hits[1] ?? hits[0]) : hits[0];
    if (hit?.index !== undefined) return locationAt(text, hit.index);
  }
  return null;
}

function adviceFor(message: string, fallback: string): string {
  if (/^duplicate id/.test(message)) return 'Each field in a message needs its own number; give this one the next unused number.';
  if (/is reserved/.test(message)) {
    return 'A reserved number or name belonged to a removed field; old clients still read it the old way. Pick a new, unused number or name.';
  }
  if (/^duplicate name/.test(message)) return 'Two definitions share this name; rename or remove one of them.';
  return fallback;
}

function refuse(text: string, message: string, advice: string): never {
  const location = locationFromMessage(text, message);
  const where = location ? ` on ${describeLocation(location)}` : '';
  const reason = message.replace(/\s*\(line \d+\)$/, '').replace(/^illegal end of input 'null'/, 'the file ends too early');
  throw new SubmissionError(`This .proto file does not compile${where}: ${reason}. ${adviceFor(message, advice)}`, location);
}

// The well-known types protoc ships with; learners import them, protobufjs bundles them.
function addWellKnownTypes(root: protobuf.Root): void {
  for (const file of ['any', 'duration', 'timestamp', 'empty', 'struct', 'wrappers', 'field_mask']) {
    const json = protobuf.common.get(`google/protobuf/${file}.proto`);
    if (json?.nested) root.addJSON(json.nested);
  }
}

/** Parses a .proto file and resolves its types; throws a SubmissionError naming line and column when it cannot. */
export function parseProto(text: string): ProtoSubmission {
  assertNotEmpty(text, 'a .proto file (syntax = "proto3"; then a package, messages and a service)');
  let parsed: protobuf.IParserResult;
  try {
    parsed = protobuf.parse(text, { keepCase: true });
  } catch (error) {
    refuse(text, error instanceof Error ? error.message : String(error),
      'Look for a missing semicolon, closing brace or "= <number>" just before that spot.');
  }
  // Resolving also catches misspelt type names, which parsing alone lets through.
  addWellKnownTypes(parsed.root);
  try {
    parsed.root.resolveAll();
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/^no such Type or Enum/, 'no message or enum named');
    refuse(text, message,
      'Define the type in this file, or use a well-known type by its full name (google.protobuf.FieldMask, google.protobuf.Timestamp) and import its file.');
  }
  return { root: parsed.root, packageName: parsed.package ?? null, text };
}
