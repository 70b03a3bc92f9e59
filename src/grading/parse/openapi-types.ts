/**
 * The shape a grader sees in `submission.document` after structural validation.
 * Deliberately loose: only what validation guarantees is required; everything else
 * is optional and open, because graders judge designs that differ in every detail.
 */

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface Reference {
  $ref: string;
  [key: string]: unknown;
}

export interface SchemaObject {
  type?: string | string[];
  properties?: Record<string, SchemaObject | Reference>;
  items?: SchemaObject | Reference;
  required?: string[];
  allOf?: Array<SchemaObject | Reference>;
  oneOf?: Array<SchemaObject | Reference>;
  anyOf?: Array<SchemaObject | Reference>;
  enum?: unknown[];
  $ref?: string;
  [key: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  schema?: SchemaObject | Reference;
  [key: string]: unknown;
}

export interface MediaTypeObject {
  schema?: SchemaObject | Reference;
  [key: string]: unknown;
}

export interface HeaderObject {
  schema?: SchemaObject | Reference;
  [key: string]: unknown;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject | Reference>;
  content?: Record<string, MediaTypeObject>;
  [key: string]: unknown;
}

export interface RequestBodyObject {
  content: Record<string, MediaTypeObject>;
  required?: boolean;
  [key: string]: unknown;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: Array<ParameterObject | Reference>;
  requestBody?: RequestBodyObject | Reference;
  /** Keys are status codes ("200", "4XX") or "default"; validation guarantees at least one. */
  responses: Record<string, ResponseObject | Reference>;
  [key: string]: unknown;
}

export type PathItemObject = { [M in HttpMethod]?: OperationObject } & {
  summary?: string;
  description?: string;
  parameters?: Array<ParameterObject | Reference>;
  [key: string]: unknown;
};

export interface OpenApiDocument {
  /** "3.0.x" or "3.1.x". */
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  /** Keys start with "/". */
  paths: Record<string, PathItemObject>;
  components?: {
    schemas?: Record<string, SchemaObject | Reference>;
    responses?: Record<string, ResponseObject | Reference>;
    parameters?: Record<string, ParameterObject | Reference>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
