/**
 * The same message measured in both encodings: protobuf binary (`toBinary`) and the
 * canonical protobuf JSON that a JSON API would send (`JSON.stringify(toJson(...))`).
 */
import { fromJson, toBinary, toJson, type DescMessage, type JsonValue, type MessageShape } from '@bufbuild/protobuf';
import { grpcConsole } from '@messages/grpc-console';

/** Sizes in bytes of one message in each encoding. */
export interface MessageSizes {
  binary: number;
  json: number;
}

const utf8 = new TextEncoder();

/** Bytes of `message` as protobuf binary and as UTF-8 JSON text. */
export function messageSizes<D extends DescMessage>(schema: D, message: MessageShape<D>): MessageSizes {
  return {
    binary: toBinary(schema, message).byteLength,
    json: utf8.encode(JSON.stringify(toJson(schema, message))).byteLength,
  };
}

/** Adds up the sizes of several messages (a stream's). */
export function sumSizes(all: MessageSizes[]): MessageSizes {
  return all.reduce((sum, sizes) => ({ binary: sum.binary + sizes.binary, json: sum.json + sizes.json }), { binary: 0, json: 0 });
}

/** "binary is 62 % of JSON": how much smaller the binary form is, for the console's caption. */
export function binaryShare(sizes: MessageSizes): string {
  if (sizes.json === 0) return grpcConsole.response.bothEmpty;
  return grpcConsole.response.binaryShare(Math.round((sizes.binary / sizes.json) * 100));
}

/** A parsed request, or a message saying what is wrong with the text and how to fix it. */
export type ParsedRequest<D extends DescMessage> = { ok: true; message: MessageShape<D> } | { ok: false; error: string };

/**
 * Reads the console's request text as protobuf JSON for `schema`. Field names may be
 * lowerCamelCase (`pageSize`) or as in the .proto (`page_size`); unknown ones are refused,
 * as the sandbox refuses them.
 */
export function parseRequest<D extends DescMessage>(schema: D, text: string): ParsedRequest<D> {
  let json: JsonValue;
  try {
    json = JSON.parse(text.trim() === '' ? '{}' : text) as JsonValue;
  } catch (error) {
    return { ok: false, error: grpcConsole.request.notJson((error as Error).message) };
  }
  try {
    return { ok: true, message: fromJson(schema, json) };
  } catch (error) {
    const fields = schema.fields.map((field) => field.jsonName).join(', ') || grpcConsole.request.noFields;
    return { ok: false, error: grpcConsole.request.wrongFields((error as Error).message, schema.typeName, fields) };
  }
}
