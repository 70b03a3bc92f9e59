import { describe, expect, it } from 'vitest';
import { parseGraphQL } from '../../src/grading/parse/graphql';
import { parseProto } from '../../src/grading/parse/proto';
import { parseSubmission } from '../../src/grading/parse/parse-submission';
import { SubmissionError } from '../../src/grading/parse/submission-error';

async function failure(parse: () => unknown): Promise<SubmissionError> {
  try {
    await parse();
  } catch (error) {
    if (error instanceof SubmissionError) return error;
    throw error;
  }
  throw new Error('expected the text to be refused');
}

describe('parseGraphQL', () => {
  it('builds the schema and keeps the parsed document', () => {
    const { schema, document } = parseGraphQL('type Query {\n  order(id: ID!): Order\n}\n\ntype Order {\n  id: ID!\n}\n');
    expect(String(schema.getQueryType()?.getFields().order.args[0].type)).toBe('ID!');
    expect(document.definitions).toHaveLength(2);
  });

  it('names the line and column of a syntax error', async () => {
    const error = await failure(() => parseGraphQL('type Query {\n  order(id: ID!) Order\n}\n'));
    expect(error.message).toMatch(/^This is not valid GraphQL SDL: Expected .* \(line 2, column 18\)/);
    expect(error.location).toEqual({ line: 2, column: 18 });
  });

  it('points at the use of a type that is not defined', async () => {
    const error = await failure(() => parseGraphQL('type Query {\n  order: Order\n  total: Money\n}\ntype Order { id: ID! }\n'));
    expect(error.message).toMatch(/Unknown type "Money"/);
    expect(error.location).toEqual({ line: 3, column: 10 });
  });

  it('points at the second definition of a type defined twice', async () => {
    const error = await failure(() => parseGraphQL('type Query { a: Int }\n\ntype Query { b: Int }\n'));
    expect(error.message).toMatch(/only one type named "Query"/);
    expect(error.location).toEqual({ line: 3, column: 6 });
  });

  it('refuses a schema without a Query type', async () => {
    const error = await failure(() => parseGraphQL('type Order { id: ID! }\n'));
    expect(error.message).toMatch(/Query root type must be provided/);
  });

  it('points at a field that breaks its interface', async () => {
    const error = await failure(() => parseGraphQL('type Query { node: Node }\ninterface Node { id: ID! }\ntype Order implements Node {\n  id: ID\n}\n'));
    expect(error.message).toMatch(/expects type ID! but Order.id is type ID/);
    expect(error.location?.line).toBeGreaterThan(1);
  });
});

const validProto = `syntax = "proto3";

package shop.orders.v1;

import "google/protobuf/field_mask.proto";

message UpdateOrderRequest {
  string order_id = 1;
  google.protobuf.FieldMask update_mask = 2;
}
`;

describe('parseProto', () => {
  it('keeps snake_case names and resolves well-known types', () => {
    const { root, packageName } = parseProto(validProto);
    const request = root.lookupType('shop.orders.v1.UpdateOrderRequest');
    expect(packageName).toBe('shop.orders.v1');
    expect(request.fields.order_id.id).toBe(1);
    expect(request.fields.update_mask.resolvedType?.fullName).toBe('.google.protobuf.FieldMask');
  });

  it('names the line and column of a missing semicolon', async () => {
    const error = await failure(() => parseProto('syntax = "proto3";\nmessage Order {\n  string id = 1\n}\n'));
    expect(error.message).toMatch(/^This \.proto file does not compile on line 4, column 1: illegal token '}'/);
    expect(error.location).toEqual({ line: 4, column: 1 });
  });

  it('points at the second field that uses a number', async () => {
    const error = await failure(() => parseProto('syntax = "proto3";\nmessage Order {\n  string id = 1;\n  string name = 1;\n}\n'));
    expect(error.message).toMatch(/duplicate id 1 .*its own number/);
    expect(error.location).toEqual({ line: 4, column: 15 });
  });

  it('explains a reserved number taken by a new field', async () => {
    const error = await failure(() => parseProto('syntax = "proto3";\nmessage Order {\n  reserved 2;\n  string id = 1;\n  string note = 2;\n}\n'));
    expect(error.message).toMatch(/id 2 is reserved.*removed field/);
    expect(error.location).toEqual({ line: 5, column: 15 });
  });

  it('names a type that is used but never defined', async () => {
    const error = await failure(() => parseProto('syntax = "proto3";\nmessage Order {\n  Money total = 1;\n}\n'));
    expect(error.message).toMatch(/no message or enum named 'Money'/);
    expect(error.location).toEqual({ line: 3, column: 3 });
  });

  it('points at the end when the file stops early', async () => {
    const error = await failure(() => parseProto('syntax = "proto3";\nmessage Order {\n  string id = 1;\n'));
    expect(error.message).toMatch(/the file ends too early/);
    expect(error.location?.line).toBe(4);
  });
});

describe('parseSubmission for schema kinds', () => {
  it.each(['graphql', 'proto'] as const)('refuses empty %s text with a clear message', async (kind) => {
    const error = await failure(() => parseSubmission(kind, '\n  \n'));
    expect(error.message).toMatch(/^The submission is empty\./);
  });

  it('hands graphql and proto text to their parsers', async () => {
    expect((await parseSubmission('graphql', 'type Query { ok: Boolean }')).schema.getQueryType()?.name).toBe('Query');
    expect((await parseSubmission('proto', validProto)).packageName).toBe('shop.orders.v1');
  });
});
