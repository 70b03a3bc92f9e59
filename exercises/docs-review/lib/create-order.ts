/**
 * Finding the operation under review, POST on the orders collection, and reading its
 * parts with every local `$ref` followed, so that checks judge what a client would see.
 */
import { isObject, operationsOf, parametersOf, resolve, responsesOf, type Json, type Operation } from '../../../src/grading/openapi-rules/openapi';

/** POST on a path whose last segment is `orders` (`/orders`, `/v1/orders`, `/api/orders`). */
export function createOrderOperation(doc: Json): Operation | undefined {
  return operationsOf(doc).find((operation) => operation.method === 'post' && /(^|\/)orders\/?$/i.test(operation.path));
}

/** The message every check gives when the operation itself is gone. */
export const MISSING_OPERATION =
  'There is no POST operation on an orders collection (a path ending in /orders). Keep the `post:` under `/orders` and complete it.';

/** The request body object, resolved, or undefined. */
export function requestBodyOf(doc: Json, operation: Operation): Json | undefined {
  return resolve(doc, operation.op.requestBody);
}

/** The JSON media type object of a request body or response (application/json or any +json). */
export function jsonMedia(container: Json | undefined): Json | undefined {
  const content = container && isObject(container.content) ? container.content : {};
  const key = Object.keys(content).find((type) => /^application\/([\w.-]+\+)?json$/.test(type));
  return key && isObject(content[key]) ? content[key] : undefined;
}

/** The responses of the operation with status codes 4xx (including `4XX`). */
export function clientErrorsOf(doc: Json, operation: Operation) {
  return responsesOf(doc, operation).filter(({ status }) => /^4(\d\d|XX)$/i.test(status));
}

/** The operation's parameters, resolved. */
export function parametersOfOperation(doc: Json, operation: Operation): Json[] {
  return parametersOf(doc, operation);
}

export { resolve, responsesOf, isObject, type Json, type Operation };
